// Identity: real name + identity number, set once (PUT /users/me/identity), then shown read-only and masked.
import { api, ApiError } from './api.js';
import { initLayout } from './layout.js';
import { onSubmit, showAlert, showError } from './forms.js';

const pageAlert = document.getElementById('page-alert');
const loadingLine = document.getElementById('identity-loading');
const view = document.getElementById('identity-view');
const form = document.getElementById('identity-form');
const idNumber = document.getElementById('idNumber');

function isSet(identity) {
  return Boolean(identity && (identity.verified || identity.idNumber));
}

function render(identity) {
  loadingLine.hidden = true;
  if (isSet(identity)) {
    document.getElementById('view-real-name').textContent = identity.realName ?? '—';
    document.getElementById('view-id-number').textContent = identity.idNumber ?? '—';
    view.hidden = false;
    form.hidden = true;
  } else {
    view.hidden = true;
    form.hidden = false;
  }
}

async function load() {
  try {
    return await api('/users/me/identity');
  } catch (error) {
    // Not set yet may come as 404: that simply means the form is needed.
    if (error instanceof ApiError && error.status === 404 && error.code !== 'not_found') return null;
    throw error;
  }
}

idNumber.addEventListener('input', () => {
  const upper = idNumber.value.toUpperCase().replace(/\s/g, '');
  if (upper !== idNumber.value) idNumber.value = upper;
});

onSubmit(form, async () => {
  const body = { realName: form.elements.realName.value.trim(), idNumber: idNumber.value.trim().toUpperCase() };
  try {
    await api('/users/me/identity', { method: 'PUT', body });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'identity_already_set') {
      render(await load());
      showError(pageAlert, error);
      return;
    }
    throw error;
  }
  render(await load());
  showAlert(pageAlert, 'Your identity is verified. You can now publish homes.', 'success');
}, { busyLabel: 'Verifying…' });

try {
  await initLayout({ requireAuth: true });
  render(await load());
} catch (error) {
  loadingLine.hidden = true;
  showError(pageAlert, error);
}
