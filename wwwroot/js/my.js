// Account summary (GET /users/me), links to everything else, and sign out.
import { api } from './api.js';
import { avatar, h, replaceChildren } from './dom.js';
import { formatDate, formatDateTime } from './format.js';
import { initLayout } from './layout.js';
import { NAVIGATING, onClick, showError } from './forms.js';
import { signOut } from './session.js';

const pageAlert = document.getElementById('page-alert');
const account = document.getElementById('account');

function fact(label, value, id) {
  return h('div', {}, h('dt', { text: label }), h('dd', { id, text: value }));
}

function render(me) {
  const verified = me.identityVerified
    ? h('span', { class: 'badge ok', id: 'identity-status' }, '✓ Identity verified')
    : h('a', { class: 'badge warn', id: 'identity-status', href: '/auth' }, 'Identity not verified');
  replaceChildren(account,
    h('div', { class: 'profile-head' },
      avatar(me.avatarUrl, me.username, 'xl'),
      h('div', {},
        h('h1', { id: 'page-title', class: 'break' }, me.username),
        h('p', { class: 'muted', id: 'phone' }, me.phone),
        verified)),
    h('dl', { class: 'facts' },
      fact('Member since', formatDate(me.createdAt), 'created-at'),
      fact('Last sign-in', formatDateTime(me.lastLoginAt), 'last-login'),
      fact('Sign-ins', String(me.loginCount ?? 0), 'login-count')));
  account.setAttribute('aria-busy', 'false');
  account.classList.add('stack-lg');
  document.title = `${me.username} · HomeRental`;
}

onClick(document.getElementById('sign-out-button'), async () => {
  await signOut();
  return NAVIGATING;
}, { region: pageAlert, busyLabel: 'Signing out…' });

try {
  await initLayout({ requireAuth: true });
  render(await api('/users/me'));
} catch (error) {
  replaceChildren(account, h('h1', { id: 'page-title' }, 'Your account'), h('p', { class: 'muted' }, 'Your account could not be loaded.'));
  account.setAttribute('aria-busy', 'false');
  showError(pageAlert, error);
}
