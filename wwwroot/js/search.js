// Search: district, dates and sort in the URL; results from GET /houses with page links; an empty state.
import { api } from './api.js';
import { emptyState, h, replaceChildren } from './dom.js';
import { addDays, isDate, plural, today } from './format.js';
import { houseCard } from './houses.js';
import { initLayout } from './layout.js';
import { clearAlert, clearFieldErrors, setFieldError, showAlert, showError } from './forms.js';
import { currentPage, renderPager } from './paging.js';

const SORTS = ['new', 'bookings', 'price-asc', 'price-desc'];
const PAGE_SIZE = 12;

const form = document.getElementById('search-form');
const formAlert = document.getElementById('form-alert');
const districtSelect = document.getElementById('districtId');
const checkIn = document.getElementById('checkIn');
const checkOut = document.getElementById('checkOut');
const sort = document.getElementById('sort');
const results = document.getElementById('results');
const title = document.getElementById('results-title');
const pager = document.getElementById('pager');
const clearLink = document.getElementById('clear-filters');

/** The search as the URL states it, cleaned of values the API would refuse. */
function readQuery() {
  const query = new URLSearchParams(location.search);
  const districtId = /^\d+$/.test(query.get('districtId') ?? '') ? query.get('districtId') : '';
  let inDate = query.get('checkIn') ?? '';
  let outDate = query.get('checkOut') ?? '';
  if (!isDate(inDate) || !isDate(outDate) || outDate <= inDate) {
    inDate = isDate(inDate) ? inDate : '';
    outDate = isDate(outDate) && outDate > inDate ? outDate : '';
  }
  const sortValue = SORTS.includes(query.get('sort')) ? query.get('sort') : 'new';
  return { districtId, checkIn: inDate, checkOut: outDate, sort: sortValue, page: currentPage() };
}

function searchUrl({ districtId, checkIn: inDate, checkOut: outDate, sort: sortValue }, page = 1) {
  const query = new URLSearchParams();
  if (districtId) query.set('districtId', districtId);
  if (inDate && outDate) {
    query.set('checkIn', inDate);
    query.set('checkOut', outDate);
  }
  if (sortValue && sortValue !== 'new') query.set('sort', sortValue);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

function fillForm(state) {
  checkIn.min = today();
  checkOut.min = addDays(state.checkIn || today(), 1);
  checkIn.value = state.checkIn;
  checkOut.value = state.checkOut;
  sort.value = state.sort;
}

checkIn.addEventListener('change', () => {
  if (!checkIn.value) return;
  checkOut.min = addDays(checkIn.value, 1);
  if (!checkOut.value || checkOut.value <= checkIn.value) checkOut.value = addDays(checkIn.value, 1);
});

function formProblem() {
  const inDate = checkIn.value;
  const outDate = checkOut.value;
  if (Boolean(inDate) !== Boolean(outDate)) return inDate ? ['checkOut', 'Choose a check-out date too.'] : ['checkIn', 'Choose a check-in date too.'];
  if (inDate && inDate < today()) return ['checkIn', 'Check-in cannot be in the past.'];
  if (inDate && outDate <= inDate) return ['checkOut', 'Check-out must be after check-in.'];
  return null;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearAlert(formAlert);
  clearFieldErrors(form);
  const problem = formProblem();
  if (problem) {
    setFieldError(form, problem[0], problem[1]);
    showAlert(formAlert, problem[1]);
    return;
  }
  location.assign(searchUrl({ districtId: districtSelect.value, checkIn: checkIn.value, checkOut: checkOut.value, sort: sort.value }));
});
sort.addEventListener('change', () => form.requestSubmit());

async function loadDistricts(selected) {
  try {
    const districts = await api('/districts');
    districtSelect.append(...districts.map((d) => h('option', { value: d.id }, d.name)));
    districtSelect.value = selected;
    return districts;
  } catch (error) {
    showAlert(formAlert, `Districts could not be loaded: ${error.message}`);
    return [];
  }
}

async function search(state, districtsLoaded) {
  const hasFilters = Boolean(state.districtId || state.checkIn);
  clearLink.hidden = !hasFilters;
  try {
    const result = await api('/houses', {
      query: {
        districtId: state.districtId, checkIn: state.checkIn, checkOut: state.checkOut,
        sort: state.sort, page: state.page, pageSize: PAGE_SIZE,
      },
    });
    const districts = await districtsLoaded;
    const district = districts.find((d) => String(d.id) === state.districtId)?.name;
    const where = district ? ` in ${district}` : '';
    const when = state.checkIn ? ` free ${state.checkIn} → ${state.checkOut}` : '';
    title.textContent = `${plural(result.totalCount, 'home')}${where}${when}`;
    document.title = `${result.totalCount} homes${where} · HomeRental`;
    if (!result.items.length) {
      replaceChildren(results, result.totalCount
        ? emptyState({ icon: 'search', title: 'No homes on this page', action: { href: searchUrl(state, 1), label: 'First page' } })
        : emptyState({
          icon: 'search',
          title: 'No homes match',
          text: hasFilters ? 'Try other dates or another district.' : 'No homes are listed yet.',
          action: hasFilters ? { href: '/search', label: 'Clear filters' } : null,
        }));
    } else {
      replaceChildren(results, h('ul', { class: 'house-grid', id: 'result-list' },
        result.items.map((house) => h('li', {}, houseCard(house)))));
    }
    renderPager(pager, result, (n) => searchUrl(state, n));
  } catch (error) {
    title.textContent = 'Homes';
    replaceChildren(results, emptyState({ icon: 'alert', title: 'The search did not work', text: 'See the message above.' }));
    showError(formAlert, error, { root: form });
  }
}

const state = readQuery();
fillForm(state);
initLayout().catch(() => {});
const districtsLoaded = loadDistricts(state.districtId);
search(state, districtsLoaded);
