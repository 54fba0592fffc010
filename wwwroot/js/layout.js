// The shared page frame: the header's navigation with the sign-in state, and the mobile menu.
import { h, replaceChildren } from './dom.js';
import { getSession, loginUrl, redirectToLogin, signOut } from './session.js';
import { showAlert } from './forms.js';

function link(href, label, extra = {}) {
  const here = location.pathname.replace(/\.html$/, '').replace(/^\/index$/, '/');
  const current = href === here ? 'page' : null;
  return h('a', { href, 'aria-current': current, ...extra }, label);
}

function renderNav(nav, session) {
  const items = [link('/search', 'Explore')];
  if (session) {
    const signOutButton = h('button', { type: 'button', class: 'nav-button', id: 'sign-out' }, 'Sign out');
    signOutButton.addEventListener('click', async () => {
      signOutButton.disabled = true;
      signOutButton.textContent = 'Signing out…';
      try {
        await signOut();
      } catch (error) {
        signOutButton.disabled = false;
        signOutButton.textContent = 'Sign out';
        showAlert(document.getElementById('page-alert'), error.message);
      }
    });
    items.push(
      link('/orders', 'Trips'),
      link('/myhouse', 'Hosting'),
      link('/my', h('span', { class: 'nav-user' }, h('span', { class: 'visually-hidden' }, 'Account: '), session.username), {
        'data-testid': 'nav-account',
        title: 'Your account',
      }),
      signOutButton);
  } else {
    const onAuthPage = ['/login', '/register'].includes(location.pathname.replace(/\.html$/, ''));
    items.push(
      link(onAuthPage ? '/login' : loginUrl(), 'Sign in'),
      link('/register', 'Sign up', { class: 'nav-cta' }));
  }
  replaceChildren(nav, items);
  nav.dataset.state = session ? 'signed-in' : 'signed-out';
}

function addMenuToggle(nav) {
  if (document.querySelector('.menu-toggle')) return;
  const toggle = h('button', {
    type: 'button', class: 'button secondary small menu-toggle', 'aria-expanded': 'false', 'aria-controls': nav.id,
  }, 'Menu');
  const setOpen = (open) => {
    nav.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(!nav.classList.contains('open')));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !nav.classList.contains('open')) return;
    setOpen(false);
    toggle.focus();
  });
  nav.addEventListener('click', (event) => {
    if (event.target.closest('a')) setOpen(false);
  });
  nav.before(toggle);
}

/**
 * Fills the header and resolves to the session (or null). With `requireAuth`, a signed-out person is sent
 * to /login?next=<this page> and the promise never resolves; other failures (server down) reject, for the
 * page to show.
 */
export async function initLayout({ requireAuth = false } = {}) {
  const nav = document.getElementById('site-nav');
  if (nav) addMenuToggle(nav);
  let session = null;
  let failure = null;
  try {
    session = await getSession();
  } catch (error) {
    failure = error;
  }
  if (nav) renderNav(nav, session);
  if (failure && requireAuth) throw failure;
  if (!session && requireAuth && !failure) return redirectToLogin();
  return session;
}
