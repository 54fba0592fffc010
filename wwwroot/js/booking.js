// Book a house: dates (from today), nights and total shown live, notes, POST /orders, then /orders.
import { api, ApiError, formatCents } from './api.js';
import { coverImage, emptyState, h, intParam, replaceChildren } from './dom.js';
import { addDays, nightsBetween, plural, today } from './format.js';
import { initLayout } from './layout.js';
import { go, onSubmit, showError } from './forms.js';

const pageAlert = document.getElementById('page-alert');
const pageLoading = document.getElementById('page-loading');
const layout = document.getElementById('booking');
const form = document.getElementById('booking-form');
const checkIn = document.getElementById('checkIn');
const checkOut = document.getElementById('checkOut');
const summary = document.getElementById('price-summary');
const rules = document.getElementById('stay-rules');

let house = null;

function stayProblem(nights) {
  if (nights === null) return null;
  if (nights < 1) return 'Check-out must be after check-in.';
  if (house.minNights && nights < house.minNights) return `This home needs a stay of at least ${plural(house.minNights, 'night')}.`;
  if (house.maxNights > 0 && nights > house.maxNights) return `This home takes stays of at most ${plural(house.maxNights, 'night')}.`;
  return null;
}

function updateSummary() {
  checkOut.min = addDays(checkIn.value || today(), 1);
  const nights = nightsBetween(checkIn.value, checkOut.value);
  if (nights === null || nights < 1) {
    replaceChildren(summary, h('li', {}, h('span', { class: 'muted' }, nights === null ? 'Choose your dates to see the total.' : 'Check-out must be after check-in.')));
    return;
  }
  const problem = stayProblem(nights);
  replaceChildren(summary,
    h('li', {}, h('span', { text: `${formatCents(house.priceCents)} × ${plural(nights, 'night')}` }), h('span', { text: formatCents(nights * house.priceCents) })),
    h('li', { class: 'total' }, h('span', {}, 'Total'), h('span', { id: 'total', text: formatCents(nights * house.priceCents) })),
    problem ? h('li', { class: 'field-error', text: problem }) : null);
}

checkIn.addEventListener('change', () => {
  if (checkIn.value && (!checkOut.value || checkOut.value <= checkIn.value)) {
    checkOut.value = addDays(checkIn.value, Math.max(1, house?.minNights ?? 1));
  }
  updateSummary();
});
checkOut.addEventListener('change', updateSummary);

function checkDates() {
  checkIn.setCustomValidity(checkIn.value && checkIn.value < today() ? 'Check-in cannot be in the past.' : '');
  const nights = nightsBetween(checkIn.value, checkOut.value);
  checkOut.setCustomValidity(stayProblem(nights) ?? '');
}

onSubmit(form, async () => {
  const body = { houseId: house.id, checkIn: checkIn.value, checkOut: checkOut.value };
  const notes = form.elements.notes.value.trim();
  if (notes) body.notes = notes;
  await api('/orders', { method: 'POST', body });
  return go('/orders');
}, {
  busyLabel: 'Sending request…',
  beforeCheck: checkDates,
  codeFields: { dates_unavailable: 'checkIn' },
});

function renderHouse(session) {
  document.title = `Book ${house.title} · HomeRental`;
  document.getElementById('back-link').href = `/detail?id=${encodeURIComponent(house.id)}`;
  replaceChildren(document.getElementById('house-summary'),
    coverImage(house.coverImageUrl, house.title, 'gallery-main'),
    h('h2', { class: 'break' }, h('a', { href: `/detail?id=${encodeURIComponent(house.id)}` }, house.title)),
    h('p', { class: 'muted break', text: [house.district?.name, house.address].filter(Boolean).join(' · ') }),
    h('ul', { class: 'summary-list' },
      h('li', {}, h('span', { class: 'muted' }, 'Price'), h('strong', { text: `${formatCents(house.priceCents)} / night` })),
      h('li', {}, h('span', { class: 'muted' }, 'Deposit'), h('span', { text: formatCents(house.depositCents) })),
      h('li', {}, h('span', { class: 'muted' }, 'Guests'), h('span', { text: `up to ${house.maxGuests}` }))));
  const rule = house.maxNights > 0 ? `${house.minNights}–${house.maxNights} nights` : `${plural(house.minNights ?? 1, 'night')} or more`;
  rules.textContent = `Stays of ${rule}. Check-out day is not a night.`;
  document.getElementById('deposit-note').textContent = `Deposit ${formatCents(house.depositCents)}, not included in the total.`;
  const start = today();
  checkIn.min = start;
  checkOut.min = addDays(start, 1);
  if (session && house.owner && String(session.userId) === String(house.owner.id)) {
    document.getElementById('own-house').hidden = false;
    form.hidden = true;
  }
  updateSummary();
}

const houseId = intParam('houseId');
try {
  const session = await initLayout({ requireAuth: true });
  if (!houseId) {
    pageLoading.hidden = true;
    replaceChildren(layout, emptyState({ title: 'Which home?', text: 'This link names no home to book.', action: { href: '/search', label: 'Explore homes' } }));
    layout.hidden = false;
    layout.className = '';
  } else {
    house = await api(`/houses/${houseId}`);
    pageLoading.hidden = true;
    renderHouse(session);
    layout.hidden = false;
  }
} catch (error) {
  pageLoading.hidden = true;
  if (error instanceof ApiError && error.status === 404) {
    replaceChildren(layout, emptyState({ title: 'Home not found', text: error.message, action: { href: '/search', label: 'Explore homes' } }));
    layout.className = '';
    layout.hidden = false;
  } else {
    showError(pageAlert, error);
  }
}
