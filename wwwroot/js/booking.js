// Book a house: dates on the calendar or in the date fields and the guests (from the link, or from today), nights
// and total shown live, notes, POST /orders, then a confirmation of what happens next with a link to the trip.
// Nights taken meanwhile are named beside the calendar.
import { api, ApiError } from './api.js';
import { coverImage, emptyState, h, intParam, replaceChildren } from './dom.js';
import { addDays, formatCents, formatDateTime, formatDeposit, formatStay, nightsBetween, plural, today } from './format.js';
import { houseHref, nightsRule, readStay, stayPriceLines, stayProblem } from './houses.js';
import { initLayout } from './layout.js';
import { onSubmit, showError } from './forms.js';
import { createHousePicker, nightsText, overlaps } from './calendar-picker.js';

const pageAlert = document.getElementById('page-alert');
const pageLoading = document.getElementById('page-loading');
const layout = document.getElementById('booking');
const form = document.getElementById('booking-form');
const checkIn = document.getElementById('checkIn');
const checkOut = document.getElementById('checkOut');
const summary = document.getElementById('price-summary');
const rules = document.getElementById('stay-rules');
const conflict = document.getElementById('calendar-conflict');
const guests = document.getElementById('guests');

let house = null;
let picker = null;

function updateSummary() {
  checkOut.min = addDays(checkIn.value || today(), 1);
  replaceChildren(summary, stayPriceLines(house, nightsBetween(checkIn.value, checkOut.value)));
}

checkIn.addEventListener('change', () => {
  if (checkIn.value && (!checkOut.value || checkOut.value <= checkIn.value)) {
    checkOut.value = addDays(checkIn.value, Math.max(1, house?.minNights ?? 1));
  }
  picker?.setRange(checkIn.value, checkOut.value);
  updateSummary();
});
checkOut.addEventListener('change', () => {
  picker?.setRange(checkIn.value, checkOut.value);
  updateSummary();
});

function checkDates() {
  checkIn.setCustomValidity(checkIn.value && checkIn.value < today() ? 'Check-in cannot be in the past.' : '');
  const nights = nightsBetween(checkIn.value, checkOut.value);
  checkOut.setCustomValidity(stayProblem(house, nights) ?? '');
}

/** After a 409: reads the calendar again, so the taken nights grey out, and names those of this stay. */
async function showTakenNights(stay) {
  const taken = overlaps(await picker.reload(), stay.checkIn, stay.checkOut);
  conflict.textContent = taken.length
    ? `These nights were just taken: ${taken.map(nightsText).join(', ')}. Choose other dates on the calendar.`
    : 'Some of these nights were just taken. Choose other dates on the calendar.';
  conflict.hidden = false;
}

/** Replaces the form with what happens next: the host's deadline to answer, and the trip's link. */
function showRequestSent(order) {
  const host = house.owner?.username ?? 'the host';
  document.getElementById('sent-text').textContent = `Your request was sent to ${host}. They have until `
    + `${formatDateTime(order.expiresAt)} to answer; you pay only once they accept.`;
  document.getElementById('sent-stay').textContent = `${formatStay(order.checkIn, order.checkOut, { weekday: true })} · `
    + `${plural(order.nights, 'night')} · ${plural(order.guests, 'guest')} · ${formatCents(order.totalAmountCents)}`;
  document.getElementById('trip-link').href = `/orders#order-${encodeURIComponent(order.id)}`;
  document.getElementById('trip').hidden = true;
  const sent = document.getElementById('request-sent');
  sent.hidden = false;
  sent.focus();
}

onSubmit(form, async () => {
  conflict.hidden = true;
  const body = { houseId: house.id, checkIn: checkIn.value, checkOut: checkOut.value, guests: Number(guests.value) };
  const notes = form.elements.notes.value.trim();
  if (notes) body.notes = notes;
  let order;
  try {
    order = await api('/orders', { method: 'POST', body });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'dates_unavailable') await showTakenNights(body);
    throw error;
  }
  showRequestSent(order);
}, {
  busyLabel: 'Sending request…',
  beforeCheck: checkDates,
  codeFields: { dates_unavailable: 'checkIn' },
});

function renderHouse(session) {
  document.title = `Book ${house.title} · HomeRental`;
  const stay = readStay();
  document.getElementById('back-link').href = houseHref(house.id, stay);
  replaceChildren(document.getElementById('house-summary'),
    coverImage(house.coverImageUrl, house.title, 'gallery-main'),
    h('h2', { class: 'break' }, h('a', { href: houseHref(house.id, stay) }, house.title)),
    h('p', { class: 'muted break', text: [house.district?.name, house.address].filter(Boolean).join(' · ') }),
    h('ul', { class: 'summary-list' },
      h('li', {}, h('span', { class: 'muted' }, 'Price'), h('strong', { text: `${formatCents(house.priceCents)} / night` })),
      h('li', {}, h('span', { class: 'muted' }, 'Deposit'), h('span', { text: formatDeposit(house.depositCents) })),
      h('li', {}, h('span', { class: 'muted' }, 'Guests'), h('span', { text: `up to ${house.maxGuests}` }))));
  rules.textContent = `Stays of ${nightsRule(house)}. Check-out day is not a night.`;
  document.getElementById('guests-hint').textContent = `Up to ${plural(house.maxGuests, 'guest')}.`;
  document.getElementById('deposit-note').textContent = house.depositCents > 0
    ? `Deposit ${formatCents(house.depositCents)}, not included in the total.` : 'No deposit.';
  const start = today();
  checkIn.min = start;
  checkOut.min = addDays(start, 1);
  if (session && house.owner && String(session.userId) === String(house.owner.id)) {
    document.getElementById('own-house').hidden = false;
    form.hidden = true;
    return;
  }
  document.getElementById('booking-calendar').append(picker.element);
  if (stay.checkIn) {
    checkIn.value = stay.checkIn;
    checkOut.value = stay.checkOut;
    picker.setRange(checkIn.value, checkOut.value);
  }
  if (stay.guests) guests.value = stay.guests;
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
    [house, picker] = await Promise.all([
      api(`/houses/${houseId}`),
      createHousePicker(houseId, {
        label: 'Your stay',
        onChange: (range) => {
          checkIn.value = range.checkIn ?? '';
          checkOut.value = range.checkOut ?? '';
          updateSummary();
        },
      }),
    ]);
    renderHouse(session);
    pageLoading.hidden = true;
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
