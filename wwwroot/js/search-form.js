// The search form of the home page and of /search: district, dates, guests and a price range per night in yuan.
// Both pages check it alike and carry it in the URL of /search (prices as yuan: ?minPrice=300&maxPrice=800).
import { addDays, formatCents, isDate, parseCents, today } from './format.js';
import { addStay, isGuestCount, MAX_GUESTS, readStay } from './houses.js';
import { clearFieldErrors, setFieldError } from './forms.js';

/** The search a /search URL names, cleaned of values the API would refuse; `sort` and `page` as given. */
export function readSearch(query = new URLSearchParams(location.search)) {
  const price = (name) => {
    const cents = parseCents(query.get(name) ?? '');
    return cents === null ? '' : cents;
  };
  return {
    districtId: /^\d+$/.test(query.get('districtId') ?? '') ? query.get('districtId') : '',
    ...readStay(query),
    minPriceCents: price('minPrice'),
    maxPriceCents: price('maxPrice'),
  };
}

/** The /search URL for a search (`sort` and `page` when they are not the first ones). */
export function searchUrl(search, { sort, page } = {}) {
  const query = new URLSearchParams();
  if (search.districtId) query.set('districtId', search.districtId);
  addStay(query, search);
  for (const [name, cents] of [['minPrice', search.minPriceCents], ['maxPrice', search.maxPriceCents]]) {
    if (cents !== '') query.set(name, String(cents / 100));
  }
  if (sort && sort !== 'new') query.set('sort', sort);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

/** Puts a search into the form's controls. */
export function fillSearchForm(form, search) {
  const { elements } = form;
  elements.checkIn.value = search.checkIn;
  elements.checkOut.value = search.checkOut;
  elements.checkOut.min = addDays(search.checkIn || today(), 1);
  elements.guests.value = search.guests;
  elements.minPrice.value = search.minPriceCents === '' ? '' : String(search.minPriceCents / 100);
  elements.maxPrice.value = search.maxPriceCents === '' ? '' : String(search.maxPriceCents / 100);
}

/** Dates from today; choosing a check-in moves the check-out after it. */
function linkDates({ checkIn, checkOut }) {
  checkIn.min = today();
  checkOut.min = addDays(checkIn.value || today(), 1);
  checkIn.addEventListener('change', () => {
    if (!checkIn.value) return;
    checkOut.min = addDays(checkIn.value, 1);
    if (!checkOut.value || checkOut.value <= checkIn.value) checkOut.value = addDays(checkIn.value, 1);
  });
}

/** What the form asks for, or `{ problems: [[field, message], …] }` when it cannot be searched. */
function readForm(form) {
  const { elements } = form;
  const problems = [];
  const inDate = elements.checkIn.value;
  const outDate = elements.checkOut.value;
  if (Boolean(inDate) !== Boolean(outDate)) {
    problems.push(inDate ? ['checkOut', 'Choose a check-out date too.'] : ['checkIn', 'Choose a check-in date too.']);
  } else if (inDate && (!isDate(inDate) || inDate < today())) {
    problems.push(['checkIn', 'Check-in cannot be in the past.']);
  } else if (inDate && outDate <= inDate) {
    problems.push(['checkOut', 'Check-out must be after check-in.']);
  }
  const guests = elements.guests.value.trim();
  if (guests && !isGuestCount(guests)) {
    problems.push(['guests', `Guests: a whole number from 1 to ${MAX_GUESTS}.`]);
  }
  const price = (name) => {
    const text = elements[name].value.trim();
    if (!text) return '';
    const cents = parseCents(text);
    if (cents === null || cents > 100_000_000) problems.push([name, `Enter an amount in yuan, e.g. ${formatCents(30000)}.`]);
    return cents ?? '';
  };
  const minPriceCents = price('minPrice');
  const maxPriceCents = price('maxPrice');
  if (minPriceCents !== '' && maxPriceCents !== '' && maxPriceCents < minPriceCents) {
    problems.push(['maxPrice', 'The maximum cannot be below the minimum.']);
  }
  if (problems.length) return { problems };
  return { districtId: elements.districtId.value, checkIn: inDate, checkOut: outDate, guests, minPriceCents, maxPriceCents };
}

/**
 * Checks the form on submit and goes to the results; a problem is shown at its field, which gets the focus.
 * `options()` adds the sort (search page).
 */
export function onSearch(form, options = () => ({})) {
  linkDates(form.elements);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const search = readForm(form);
    if (search.problems) {
      for (const [field, message] of search.problems) setFieldError(form, field, message);
      form.elements[search.problems[0][0]].focus();
      return;
    }
    location.assign(searchUrl(search, options()));
  });
}
