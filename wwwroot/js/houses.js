// House cards, shared by the home page, search and "my listings"; a house's stay rules and price, for its pages;
// the stay a guest chose (dates and guests), which the journey carries in its URLs from search to booking.
import { avatar, coverImage, h } from './dom.js';
import { formatCents, isDate, nightsBetween, plural } from './format.js';

export const MAX_GUESTS = 100;

/** Whether a text is a number of guests a search or a booking takes: a whole number from 1 to 100. */
export function isGuestCount(text) {
  return /^\d{1,3}$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_GUESTS;
}

/**
 * The stay a URL's query names: `{ districtId, checkIn, checkOut, guests }`, the district searched in (digits, else
 * ''), the dates only as a real pair in order (else both ''), guests a whole number from 1 to 100 (else '').
 */
export function readStay(query = new URLSearchParams(location.search)) {
  const inDate = query.get('checkIn') ?? '';
  const outDate = query.get('checkOut') ?? '';
  const dated = isDate(inDate) && isDate(outDate) && outDate > inDate;
  const raw = (query.get('guests') ?? '').trim();
  const guests = isGuestCount(raw) ? raw : '';
  const district = query.get('districtId') ?? '';
  return { districtId: /^\d{1,9}$/.test(district) ? district : '', checkIn: dated ? inDate : '', checkOut: dated ? outDate : '', guests };
}

/** Adds the stay's district, dates (when both are set) and guests to `query`, and returns it. */
export function addStay(query, { districtId, checkIn, checkOut, guests } = {}) {
  if (districtId) query.set('districtId', String(districtId));
  if (checkIn && checkOut) {
    query.set('checkIn', checkIn);
    query.set('checkOut', checkOut);
  }
  if (guests) query.set('guests', String(guests));
  return query;
}

/** The house page's link, carrying the stay the guest chose. */
export function houseHref(id, stay) {
  return `/detail?${addStay(new URLSearchParams({ id }), stay)}`;
}

/**
 * A clickable card for a house from any list: `{ id, title, priceCents, coverImageUrl, address?, district?,
 * roomCount?, maxGuests?, bookingCount?, owner? }`. Fields a list lacks are simply left out. With a `stay`
 * (see readStay) the link carries it and, when it has dates, the card shows the stay's total.
 */
export function houseCard(house, { showHost = true, headingLevel = 'h3', stay } = {}) {
  const href = houseHref(house.id, stay);
  const nights = stay?.checkIn ? nightsBetween(stay.checkIn, stay.checkOut) : null;
  const place = [house.district?.name, house.address].filter(Boolean).join(' · ');
  const facts = [
    Number.isFinite(house.roomCount) ? plural(house.roomCount, 'room') : null,
    Number.isFinite(house.maxGuests) ? `up to ${plural(house.maxGuests, 'guest')}` : null,
  ].filter(Boolean).join(' · ');
  return h('article', { class: 'house-card', 'data-house-id': house.id },
    coverImage(house.coverImageUrl, house.title),
    h('div', { class: 'body' },
      h(headingLevel, { class: 'title' }, h('a', { href }, house.title)),
      place ? h('p', { class: 'meta', text: place }) : null,
      facts ? h('p', { class: 'meta', text: facts }) : null,
      h('p', { class: 'price' }, h('strong', { text: formatCents(house.priceCents) }), h('span', { class: 'muted' }, ' / night')),
      nights ? h('p', { class: 'stay-total' }, h('strong', { text: formatCents(nights * house.priceCents) }), ` total for ${plural(nights, 'night')}`) : null,
      Number.isFinite(house.bookingCount) && house.bookingCount > 0
        ? h('div', { class: 'chip-row' }, h('span', { class: 'badge accent', text: `${plural(house.bookingCount, 'booking')}` }))
        : null,
      showHost && house.owner?.username
        ? h('p', { class: 'host' }, avatar(house.owner.avatarUrl, house.owner.username, 'sm'), `Hosted by ${house.owner.username}`)
        : null));
}

/** The house's limits on a stay in words: "2–14 nights", "exactly 3 nights", "1 night or more". */
export function nightsRule(house) {
  const min = house.minNights ?? 1;
  const max = house.maxNights ?? 0;
  if (max > 0) return min === max ? `exactly ${plural(min, 'night')}` : `${min}–${max} nights`;
  return `${plural(min, 'night')} or more`;
}

/** Why a stay of `nights` does not suit the house, or null (also when no stay is chosen yet). */
export function stayProblem(house, nights) {
  if (nights === null) return null;
  if (nights < 1) return 'Check-out must be after check-in.';
  if (house.minNights && nights < house.minNights) return `This home needs a stay of at least ${plural(house.minNights, 'night')}.`;
  if (house.maxNights > 0 && nights > house.maxNights) return `This home takes stays of at most ${plural(house.maxNights, 'night')}.`;
  return null;
}

/** The price of a stay as list items: price × nights, the total (#total), and what does not suit the house. */
export function stayPriceLines(house, nights) {
  if (nights === null || nights < 1) {
    return [h('li', {}, h('span', { class: 'muted' }, nights === null ? 'Choose your dates to see the total.' : 'Check-out must be after check-in.'))];
  }
  const problem = stayProblem(house, nights);
  return [
    h('li', {}, h('span', { text: `${formatCents(house.priceCents)} × ${plural(nights, 'night')}` }), h('span', { text: formatCents(nights * house.priceCents) })),
    h('li', { class: 'total' }, h('span', {}, 'Total'), h('span', { id: 'total', text: formatCents(nights * house.priceCents) })),
    problem ? h('li', { class: 'field-error', text: problem }) : null,
  ];
}
