// Search: district, dates, guests, price range and sort in the URL; results from GET /houses with page links, each
// card carrying the stay to the house page and showing its total; an empty state.
import { api } from './api.js';
import { emptyState, h, replaceChildren } from './dom.js';
import { formatCents, formatStay, plural } from './format.js';
import { houseCard } from './houses.js';
import { initLayout } from './layout.js';
import { showAlert, showError } from './forms.js';
import { currentPage, renderPager } from './paging.js';
import { fillSearchForm, onSearch, readSearch, searchUrl } from './search-form.js';

const SORTS = ['new', 'bookings', 'price-asc', 'price-desc'];
const PAGE_SIZE = 12;

const form = document.getElementById('search-form');
const formAlert = document.getElementById('form-alert');
const districtSelect = document.getElementById('districtId');
const sort = document.getElementById('sort');
const results = document.getElementById('results');
const title = document.getElementById('results-title');
const pager = document.getElementById('pager');
const clearLink = document.getElementById('clear-filters');

onSearch(form, () => ({ sort: sort.value }));
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

/** The results heading's words for what the search asks beyond the district. */
function searchWords(search) {
  const words = [];
  if (search.guests) words.push(`for ${plural(Number(search.guests), 'guest')}`);
  if (search.minPriceCents !== '' && search.maxPriceCents !== '') words.push(`${formatCents(search.minPriceCents)}–${formatCents(search.maxPriceCents)} a night`);
  else if (search.minPriceCents !== '') words.push(`from ${formatCents(search.minPriceCents)} a night`);
  else if (search.maxPriceCents !== '') words.push(`up to ${formatCents(search.maxPriceCents)} a night`);
  if (search.checkIn) words.push(`free ${formatStay(search.checkIn, search.checkOut)}`);
  return words.map((word) => ` ${word}`).join('');
}

async function run(search, sortValue, page, districtsLoaded) {
  const hasFilters = Boolean(search.districtId || search.checkIn || search.guests || search.minPriceCents !== '' || search.maxPriceCents !== '');
  clearLink.hidden = !hasFilters;
  const pageUrl = (n) => searchUrl(search, { sort: sortValue, page: n });
  try {
    const result = await api('/houses', {
      query: {
        districtId: search.districtId, checkIn: search.checkIn, checkOut: search.checkOut, guests: search.guests,
        minPriceCents: search.minPriceCents, maxPriceCents: search.maxPriceCents, sort: sortValue, page, pageSize: PAGE_SIZE,
      },
    });
    const districts = await districtsLoaded;
    const district = districts.find((d) => String(d.id) === search.districtId)?.name;
    const where = district ? ` in ${district}` : '';
    title.textContent = `${plural(result.totalCount, 'home')}${where}${searchWords(search)}`;
    document.title = `${result.totalCount} homes${where} · HomeRental`;
    if (!result.items.length) {
      replaceChildren(results, result.totalCount
        ? emptyState({ icon: 'search', title: 'No homes on this page', action: { href: pageUrl(1), label: 'First page' } })
        : emptyState({
          icon: 'search',
          title: 'No homes match',
          text: hasFilters ? 'Try other dates, another district or a wider price range.' : 'No homes are listed yet.',
          action: hasFilters ? { href: '/search', label: 'Clear filters' } : null,
        }));
    } else {
      replaceChildren(results, h('ul', { class: 'house-grid', id: 'result-list' },
        result.items.map((house) => h('li', {}, houseCard(house, { stay: search })))));
    }
    renderPager(pager, result, pageUrl);
  } catch (error) {
    title.textContent = 'Homes';
    replaceChildren(results, emptyState({ icon: 'alert', title: 'The search did not work', text: 'See the message above.' }));
    showError(formAlert, error, { root: form });
  }
}

const search = readSearch();
const askedSort = new URLSearchParams(location.search).get('sort');
const sortValue = SORTS.includes(askedSort) ? askedSort : 'new';
fillSearchForm(form, search);
sort.value = sortValue;
initLayout().catch(() => {});
run(search, sortValue, currentPage(), loadDistricts(search.districtId));
