// Home page: the search form (district, dates, guests, price range) and the featured homes carousel.
import { api } from './api.js';
import { coverImage, h, replaceChildren, emptyState } from './dom.js';
import { formatCents } from './format.js';
import { initLayout } from './layout.js';
import { onSearch } from './search-form.js';

const districtSelect = document.getElementById('districtId');
const track = document.getElementById('featured');
const prev = document.getElementById('featured-prev');
const next = document.getElementById('featured-next');
const districtLinks = document.getElementById('district-links');

function updateArrows() {
  const max = track.scrollWidth - track.clientWidth;
  prev.disabled = track.scrollLeft <= 4;
  next.disabled = track.scrollLeft >= max - 4;
}

function scrollByCard(direction) {
  const card = track.querySelector('li');
  const step = card ? card.getBoundingClientRect().width + 16 : track.clientWidth;
  track.scrollBy({ left: direction * step, behavior: 'smooth' });
}

prev.addEventListener('click', () => scrollByCard(-1));
next.addEventListener('click', () => scrollByCard(1));
track.addEventListener('scroll', updateArrows, { passive: true });
window.addEventListener('resize', updateArrows);

function featuredCard(house) {
  const href = `/detail?id=${encodeURIComponent(house.id)}`;
  return h('li', {},
    h('article', { class: 'house-card', 'data-house-id': house.id },
      coverImage(house.coverImageUrl, house.title),
      h('div', { class: 'body' },
        h('h3', { class: 'title' }, h('a', { href }, house.title)),
        h('p', { class: 'price' }, h('strong', { text: formatCents(house.priceCents) }), h('span', { class: 'muted' }, ' / night')))));
}

async function loadFeatured() {
  try {
    const houses = await api('/houses/featured');
    if (!houses?.length) {
      track.replaceWith(emptyState({ title: 'No featured homes yet', text: 'Be the first to host, or explore every home.', action: { href: '/search', label: 'Explore homes' } }));
      prev.hidden = true;
      next.hidden = true;
      return;
    }
    replaceChildren(track, houses.map(featuredCard));
    updateArrows();
  } catch (error) {
    track.replaceWith(h('div', { class: 'alert', role: 'alert', text: `Featured homes could not be loaded: ${error.message}` }));
    prev.hidden = true;
    next.hidden = true;
  }
}

async function loadDistricts() {
  try {
    const districts = await api('/districts');
    districtSelect.append(...districts.map((d) => h('option', { value: d.id }, d.name)));
    replaceChildren(districtLinks, districts.map((d) =>
      h('li', {}, h('a', { class: 'chip', href: `/search?districtId=${encodeURIComponent(d.id)}` }, d.name))));
    if (!districts.length) replaceChildren(districtLinks, h('li', { class: 'muted' }, 'No districts yet.'));
  } catch (error) {
    replaceChildren(districtLinks, h('li', { class: 'alert', role: 'alert', text: `Districts could not be loaded: ${error.message}` }));
  }
}

onSearch(document.getElementById('search-form'));
initLayout().catch(() => {});
loadFeatured();
loadDistricts();
