// My listings (GET /users/me/houses, paged); "Publish" only for verified hosts, else a prompt to /auth. Each
// home's "Edit" opens its edit page, its "Calendar" its host calendar below the list (?calendar={id} opens it on
// load). A home without a photo is not listed in search: its card says so and links to adding one.
import { api } from './api.js';
import { emptyState, h, intParam, loading, replaceChildren } from './dom.js';
import { plural } from './format.js';
import { houseCard } from './houses.js';
import { icon } from './icons.js';
import { initLayout } from './layout.js';
import { showError } from './forms.js';
import { currentPage, renderPager } from './paging.js';
import { showHostCalendar } from './host-calendar.js';

const pageAlert = document.getElementById('page-alert');
const container = document.getElementById('houses');
const pager = document.getElementById('pager');
const publish = document.getElementById('publish-button');
const prompt = document.getElementById('identity-prompt');
const count = document.getElementById('listing-count');
const panel = document.getElementById('host-calendar');

async function openCalendar(house, button) {
  container.querySelectorAll('[data-action="calendar"]').forEach((other) => other.setAttribute('aria-expanded', String(other === button)));
  const url = new URL(location.href);
  url.searchParams.set('calendar', house.id);
  history.replaceState(null, '', url);
  panel.hidden = false;
  replaceChildren(panel, loading('Loading the calendar…'));
  panel.scrollIntoView({ block: 'start' });
  try {
    await showHostCalendar(panel, house);
  } catch (error) {
    replaceChildren(panel, h('div', { class: 'alert', role: 'alert' }));
    showError(panel.firstChild, error);
  }
}

function listing(house) {
  const button = h('button', {
    type: 'button', class: 'button secondary small', 'data-action': 'calendar', 'data-calendar-of': house.id, 'aria-expanded': 'false', 'aria-controls': panel.id,
  }, 'Calendar', h('span', { class: 'visually-hidden' }, ` of ${house.title}`));
  button.addEventListener('click', () => openCalendar(house, button));
  const edit = `/edithouse?id=${encodeURIComponent(house.id)}`;
  const notListed = house.coverImageUrl ? null : h('p', { class: 'alert warn not-listed', 'data-not-listed': house.id },
    h('strong', {}, 'Not listed in search. '), 'Add a photo to list this home. ',
    h('a', { href: `${edit}#photos` }, 'Add a photo', h('span', { class: 'visually-hidden' }, ` to ${house.title}`)));
  return h('li', { class: 'house-manage' }, houseCard(house, { showHost: false, headingLevel: 'h2' }), notListed,
    h('div', { class: 'order-actions' },
      h('a', { class: 'button secondary small', href: edit }, 'Edit', h('span', { class: 'visually-hidden' }, ` ${house.title}`)),
      button));
}

publish.prepend(icon('plus'));

try {
  await initLayout({ requireAuth: true });
  const page = currentPage();
  const [me, result] = await Promise.all([
    api('/users/me'),
    api('/users/me/houses', { query: { page, pageSize: 12 } }),
  ]);
  publish.hidden = !me.identityVerified;
  prompt.hidden = Boolean(me.identityVerified);
  count.textContent = result.totalCount ? `You host ${plural(result.totalCount, 'home')}.` : 'Homes you host.';
  if (!result.items.length) {
    replaceChildren(container, result.totalCount
      ? emptyState({ title: 'No listings on this page', action: { href: '/myhouse', label: 'First page' } })
      : emptyState({
        icon: 'home',
        title: 'You host no homes yet',
        text: me.identityVerified ? 'Publish your first home: it takes a few minutes.' : 'Verify your identity, then publish your first home.',
        action: me.identityVerified ? { href: '/newhouse', label: 'Publish a home' } : { href: '/auth', label: 'Verify your identity' },
      }));
  } else {
    replaceChildren(container, h('ul', { class: 'house-grid' }, result.items.map(listing)));
    const asked = result.items.find((house) => house.id === intParam('calendar'));
    if (asked) await openCalendar(asked, container.querySelector(`[data-calendar-of="${asked.id}"]`));
  }
  renderPager(pager, result);
} catch (error) {
  replaceChildren(container);
  showError(pageAlert, error);
}
