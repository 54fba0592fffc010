// My listings (GET /users/me/houses, paged); "Publish" only for verified hosts, else a prompt to /auth.
import { api } from './api.js';
import { emptyState, h, replaceChildren } from './dom.js';
import { plural } from './format.js';
import { houseCard } from './houses.js';
import { initLayout } from './layout.js';
import { showError } from './forms.js';
import { currentPage, renderPager } from './paging.js';

const pageAlert = document.getElementById('page-alert');
const container = document.getElementById('houses');
const pager = document.getElementById('pager');
const publish = document.getElementById('publish-button');
const prompt = document.getElementById('identity-prompt');
const count = document.getElementById('listing-count');

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
    replaceChildren(container, h('ul', { class: 'house-grid' }, result.items.map((house) => h('li', {}, houseCard(house, { showHost: false })))));
  }
  renderPager(pager, result);
} catch (error) {
  replaceChildren(container);
  showError(pageAlert, error);
}
