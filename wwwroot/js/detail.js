// A house: gallery, description, facts, amenities, host, reviews, price and deposit, its calendar on which a guest
// picks the stay (nights and total shown) and the guests, all prefilled from the link (?checkIn=&checkOut=&guests=),
// and "Book" carrying them unless it is yours.
import { api, ApiError } from './api.js';
import { avatar, coverImage, emptyState, h, intParam, replaceChildren } from './dom.js';
import { formatCents, formatDate, formatDeposit, nightsBetween, plural } from './format.js';
import { addStay, nightsRule, readStay, stayPriceLines } from './houses.js';
import { initLayout } from './layout.js';
import { showError } from './forms.js';
import { createHousePicker } from './calendar-picker.js';

const pageAlert = document.getElementById('page-alert');
const container = document.getElementById('house');
let picker = null;

function gallery(house) {
  const images = house.images?.length ? house.images : (house.coverImageUrl ? [{ id: 'cover', url: house.coverImageUrl }] : []);
  if (!images.length) return h('div', { class: 'gallery gallery-empty' }, coverImage(null, house.title));
  const main = h('img', { class: 'gallery-main', id: 'gallery-main', src: images[0].url, alt: `${house.title}, photo 1 of ${images.length}` });
  if (images.length === 1) return h('div', { class: 'gallery' }, main);
  const buttons = images.map((image, index) => h('li', {},
    h('button', {
      type: 'button',
      'aria-pressed': index === 0 ? 'true' : 'false',
      'aria-label': `Show photo ${index + 1} of ${images.length}`,
      onClick: (event) => {
        main.src = image.url;
        main.alt = `${house.title}, photo ${index + 1} of ${images.length}`;
        thumbs.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', 'false'));
        event.currentTarget.setAttribute('aria-pressed', 'true');
      },
    }, h('img', { src: image.url, alt: '', loading: 'lazy' }))));
  const thumbs = h('ul', { class: 'gallery-thumbs', 'aria-label': 'Photos' }, buttons);
  return h('div', { class: 'gallery' }, main, thumbs);
}

function fact(label, value) {
  return h('div', {}, h('dt', { text: label }), h('dd', { text: value }));
}

function bookingCard(house, session, stay) {
  const isOwner = session && house.owner && String(session.userId) === String(house.owner.id);
  return h('div', { class: 'card stack' },
    h('p', { class: 'price-big' }, formatCents(house.priceCents), h('span', { class: 'muted small' }, ' / night')),
    h('ul', { class: 'summary-list' },
      h('li', {}, h('span', { class: 'muted' }, 'Deposit'), h('strong', { id: 'deposit', text: formatDeposit(house.depositCents) })),
      h('li', {}, h('span', { class: 'muted' }, 'Stay'), h('span', { text: nightsRule(house) }))),
    isOwner ? null : h('div', { class: 'field' },
      h('label', { for: 'guests' }, 'Guests'),
      h('input', {
        id: 'guests', name: 'guests', type: 'number', inputmode: 'numeric', min: '1', max: String(house.maxGuests), step: '1',
        value: stay.guests || '1', 'aria-describedby': 'guests-hint', onInput: () => showStay(house),
      }),
      h('p', { class: 'hint', id: 'guests-hint', text: `Up to ${plural(house.maxGuests, 'guest')}.` })),
    h('ul', { class: 'summary-list', id: 'stay-summary', 'aria-live': 'polite' }, stayPriceLines(house, null)),
    house.depositCents > 0 ? h('p', { class: 'hint' }, 'The deposit is not included in the booking total.') : null,
    isOwner
      ? h('p', { class: 'alert info', id: 'own-house-note' }, 'This is your home. ', h('a', { href: '/lorders' }, 'See its requests'))
      : h('a', { class: 'button block', id: 'book-button', href: `/booking?houseId=${encodeURIComponent(house.id)}` }, 'Book'));
}

/** Shows the price of the stay picked on the calendar and puts its dates and the guests in the Book link. */
function showStay(house) {
  const { checkIn, checkOut } = picker.range();
  replaceChildren(document.getElementById('stay-summary'), stayPriceLines(house, checkOut ? nightsBetween(checkIn, checkOut) : null));
  const book = document.getElementById('book-button');
  if (!book) return;
  const guests = document.getElementById('guests').value.trim();
  const { districtId } = readStay();
  book.href = `/booking?${addStay(new URLSearchParams({ houseId: house.id }), { districtId, checkIn, checkOut, guests })}`;
}

function availability(picker) {
  return h('section', { class: 'card', 'aria-labelledby': 'availability-title' },
    h('h2', { id: 'availability-title' }, 'Availability'),
    h('p', { class: 'hint' }, 'Choose your check-in day, then your check-out day. Struck-through days are taken.'),
    picker.element,
    calendarLegend());
}

function calendarLegend() {
  return h('ul', { class: 'calendar-legend', 'aria-label': 'What the days show' },
    h('li', {}, h('span', { class: 'swatch' }), 'Free'),
    h('li', {}, h('span', { class: 'swatch kind-unavailable' }), 'Taken'),
    h('li', {}, h('span', { class: 'swatch chosen' }), 'Your stay'));
}

function render(house, session, calendar, stay) {
  document.title = `${house.title} · HomeRental`;
  const place = [house.district?.name, house.address].filter(Boolean).join(' · ');
  const reviews = house.reviews ?? [];
  replaceChildren(container,
    h('div', { class: 'page-head' },
      h('div', {},
        stay.districtId || stay.checkIn || stay.guests
          ? h('a', { class: 'button secondary small', id: 'results-link', href: `/search?${addStay(new URLSearchParams(), stay)}` }, '← Back to results')
          : null,
        h('h1', { class: 'break', text: house.title }),
        h('p', { class: 'muted break' }, place,
          house.bookingCount ? h('span', {}, ' · ', h('span', { class: 'badge accent' }, plural(house.bookingCount, 'booking'))) : null))),
    gallery(house),
    h('div', { class: 'detail-layout' },
      h('div', { class: 'stack' },
        house.description ? h('section', { class: 'card', 'aria-labelledby': 'about-title' },
          h('h2', { id: 'about-title' }, 'About this home'),
          h('p', { class: 'description', id: 'description', text: house.description })) : null,
        h('section', { class: 'card', 'aria-labelledby': 'facts-title' },
          h('h2', { id: 'facts-title' }, 'The place'),
          h('dl', { class: 'facts' },
            fact('Rooms', String(house.roomCount)),
            fact('Area', `${house.areaSize} m²`),
            fact('Floor plan', house.floorPlan || '—'),
            fact('Guests', `up to ${house.maxGuests}`),
            fact('Beds', house.bedConfig || '—'),
            fact('Minimum stay', plural(house.minNights ?? 1, 'night')),
            fact('Maximum stay', house.maxNights > 0 ? plural(house.maxNights, 'night') : 'No limit'),
            fact('District', house.district?.name ?? '—'))),
        calendar,
        h('section', { class: 'card', 'aria-labelledby': 'amenities-title' },
          h('h2', { id: 'amenities-title' }, 'Amenities'),
          house.amenities?.length
            ? h('ul', { class: 'chips' }, house.amenities.map((a) => h('li', { class: 'chip', text: a.name })))
            : h('p', { class: 'muted' }, 'The host listed no amenities.')),
        h('section', { class: 'card', 'aria-labelledby': 'host-title' },
          h('h2', { id: 'host-title' }, 'Your host'),
          h('div', { class: 'host' },
            avatar(house.owner?.avatarUrl, house.owner?.username, 'lg'),
            h('div', {}, h('strong', { class: 'break', text: house.owner?.username ?? 'Host' }), h('p', { class: 'muted small' }, 'Verified host')))),
        h('section', { class: 'card', 'aria-labelledby': 'reviews-title' },
          h('h2', { id: 'reviews-title' }, reviews.length ? `Reviews (${reviews.length})` : 'Reviews'),
          reviews.length
            ? h('ul', { class: 'reviews' }, reviews.map((review) => h('li', { class: 'review' },
              h('div', { class: 'review-head' },
                avatar(null, review.username, 'sm'),
                h('strong', { class: 'break', text: review.username }),
                h('span', { class: 'muted small', text: formatDate(review.createdAt) })),
              h('p', { text: review.comment }))))
            : h('p', { class: 'muted' }, 'No reviews yet.'))),
      h('aside', { 'aria-label': 'Booking' }, bookingCard(house, session, stay))));
}

const id = intParam('id');
if (!id) {
  initLayout().catch(() => {});
  replaceChildren(container, emptyState({ title: 'Which home?', text: 'This link names no home.', action: { href: '/search', label: 'Explore homes' } }));
} else {
  try {
    let house = null;
    const [session, fetched, created] = await Promise.all([
      initLayout().catch(() => null),
      api(`/houses/${id}`),
      createHousePicker(id, { label: 'Your stay', onChange: () => showStay(house) }),
    ]);
    house = fetched;
    picker = created;
    const stay = readStay();
    render(house, session, availability(picker), stay);
    picker.setRange(stay.checkIn, stay.checkOut);
    showStay(house);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      replaceChildren(container, emptyState({ title: 'Home not found', text: error.message, action: { href: '/search', label: 'Explore homes' } }));
    } else {
      replaceChildren(container);
      showError(pageAlert, error);
    }
  }
}
