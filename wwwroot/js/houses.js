// House cards, shared by the home page, search and "my listings"; a house's stay rules and price, for its pages.
import { formatCents } from './api.js';
import { avatar, coverImage, h } from './dom.js';
import { plural } from './format.js';

/**
 * A clickable card for a house from any list: `{ id, title, priceCents, coverImageUrl, address?, district?,
 * roomCount?, maxGuests?, bookingCount?, owner? }`. Fields a list lacks are simply left out.
 */
export function houseCard(house, { showHost = true, headingLevel = 'h3' } = {}) {
  const href = `/detail?id=${encodeURIComponent(house.id)}`;
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
