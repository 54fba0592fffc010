// House cards, shared by the home page, search and "my listings".
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
