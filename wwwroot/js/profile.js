// Profile: avatar upload with a preview (PUT /users/me/avatar), username change (PATCH /users/me).
import { api } from './api.js';
import { avatar, replaceChildren } from './dom.js';
import { initLayout } from './layout.js';
import { clearAlert, clearFieldErrors, onSubmit, setFieldError, showAlert, showError } from './forms.js';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

const pageAlert = document.getElementById('page-alert');
const avatarForm = document.getElementById('avatar-form');
const avatarAlert = document.getElementById('avatar-alert');
const avatarInput = document.getElementById('avatar');
const preview = document.getElementById('avatar-preview');
const usernameForm = document.getElementById('username-form');
const usernameInput = document.getElementById('username');
const usernameButton = usernameForm.querySelector('[type="submit"]');

let me = null;
let previewUrl = null;

function showAvatar(url, name) {
  replaceChildren(preview, avatar(url, name, 'xl'));
}

avatarInput.addEventListener('change', () => {
  clearAlert(avatarAlert);
  clearFieldErrors(avatarForm);
  if (previewUrl) URL.revokeObjectURL(previewUrl);
  previewUrl = null;
  const file = avatarInput.files?.[0];
  if (!file) {
    showAvatar(me?.avatarUrl, me?.username);
    return;
  }
  let problem = null;
  avatarInput.setCustomValidity('');
  if (file.type && !TYPES.includes(file.type)) problem = 'Choose a JPEG, PNG, GIF or WebP picture.';
  else if (file.size > MAX_BYTES) problem = 'This picture is larger than 5 MiB. Choose a smaller one.';
  if (problem) {
    avatarInput.setCustomValidity(problem);
    setFieldError(avatarForm, 'avatar', problem);
    showAvatar(me?.avatarUrl, me?.username);
    return;
  }
  previewUrl = URL.createObjectURL(file);
  showAvatar(previewUrl, me?.username);
});

onSubmit(avatarForm, async () => {
  const body = new FormData();
  body.append('avatar', avatarInput.files[0]);
  const result = await api('/users/me/avatar', { method: 'PUT', body });
  if (me) me.avatarUrl = result.avatarUrl;
  showAvatar(result.avatarUrl, me?.username);
  avatarInput.value = '';
  showAlert(avatarAlert, 'Your new photo is saved.', 'success');
}, { busyLabel: 'Uploading…', codeFields: { unsupported_image: 'avatar', file_too_large: 'avatar' } });

onSubmit(usernameForm, async () => {
  const username = usernameInput.value.trim();
  const updated = await api('/users/me', { method: 'PATCH', body: { username } });
  me = { ...me, ...updated };
  usernameInput.value = me.username ?? username;
  showAlert(document.getElementById('username-alert'), `Your username is now ${me.username ?? username}.`, 'success');
  initLayoutRefresh();
}, { busyLabel: 'Saving…', codeFields: { username_taken: 'username' } });

function initLayoutRefresh() {
  // The header shows the username: update it in place.
  const account = document.querySelector('[data-testid="nav-account"] .nav-user');
  if (account && me?.username) {
    account.lastChild.textContent = me.username;
  }
}

try {
  await initLayout({ requireAuth: true });
  me = await api('/users/me');
  showAvatar(me.avatarUrl, me.username);
  usernameInput.value = me.username ?? '';
  usernameInput.disabled = false;
  usernameButton.disabled = false;
} catch (error) {
  showError(pageAlert, error);
}
