import { api, ApiError } from './api.js';

const session = document.getElementById('session');
try {
  const me = await api('/sessions/current');
  session.textContent = `Signed in as ${me.username}`;
} catch (error) {
  session.textContent = error instanceof ApiError && error.status === 401 ? 'Not signed in' : '';
}
