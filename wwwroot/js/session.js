// Who is signed in, and where to send people who are not.
import { api, ApiError } from './api.js';

// The session cookie is HttpOnly, so a page cannot see it. Asking GET /sessions/current while signed out
// answers 401, which browsers log as a console error. So pages ask only when this browser has signed in
// through the pages (a hint in localStorage): without it, public pages show the signed-out header and pages
// that need a session go straight to sign-in. Every answer updates the hint.
const HINT = 'homerental.signedIn';
let current;

function readHint() {
  try {
    return localStorage.getItem(HINT) === '1';
  } catch {
    return true; // No storage (privacy mode): ask the server.
  }
}

/** Records that this browser is signed in (after sign-in or registration) or not (after sign-out, on a 401). */
export function rememberSignedIn(signedIn) {
  try {
    if (signedIn) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    // Without storage every page asks the server.
  }
}

/**
 * The signed-in session `{ userId, username, phone }`, or null; asked at most once per page, and only when
 * this browser has the sign-in hint. Rejects on other failures.
 */
export function getSession() {
  if (current) return current;
  if (!readHint()) return Promise.resolve(null);
  current = api('/sessions/current').then((session) => {
    rememberSignedIn(true);
    return session;
  }, (error) => {
    if (error instanceof ApiError && error.status === 401) {
      rememberSignedIn(false);
      return null;
    }
    throw error;
  });
  return current;
}

/** Whether the error means the session is missing or over. */
export function isSignedOut(error) {
  return error instanceof ApiError && error.status === 401;
}

/** A same-site path to return to, or null when `value` points elsewhere (no open redirects). */
export function safeNext(value) {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  try {
    const url = new URL(value, location.origin);
    if (url.origin !== location.origin) return null;
    if (url.pathname === '/login' || url.pathname === '/login.html') return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}

/** The sign-in page that brings the person back to `next` (default: this page). */
export function loginUrl(next = location.pathname + location.search) {
  const target = safeNext(next);
  return target && target !== '/' ? `/login?next=${encodeURIComponent(target)}` : '/login';
}

/** Sends the person to sign in and never resolves, so the calling page stops where it is. */
export function redirectToLogin() {
  rememberSignedIn(false);
  location.assign(loginUrl());
  return new Promise(() => {});
}

/** Signs out (DELETE /sessions/current) and goes to the home page. */
export async function signOut() {
  try {
    await api('/sessions/current', { method: 'DELETE' });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error; // Already signed out: fine.
  }
  rememberSignedIn(false);
  location.assign('/');
}
