// Sign in: phone + password, then back to ?next= (same site only) or /my.
import { api } from './api.js';
import { initLayout } from './layout.js';
import { formValues, go, onSubmit } from './forms.js';
import { rememberSignedIn, safeNext } from './session.js';

const form = document.getElementById('login-form');
const next = safeNext(new URLSearchParams(location.search).get('next'));

onSubmit(form, async () => {
  const values = formValues(form);
  await api('/sessions', { method: 'POST', body: { phone: values.phone, password: form.elements.password.value } });
  rememberSignedIn(true);
  return go(next ?? '/my');
}, {
  busyLabel: 'Signing in…',
  allowSignedOut: true, // 401 here is invalid_credentials, to be shown, not a reason to come back to this page.
});

if (next) document.getElementById('register-link').href = `/register?next=${encodeURIComponent(next)}`;

initLayout().then((session) => {
  if (session) {
    const note = document.getElementById('form-alert');
    note.className = 'alert info';
    note.hidden = false;
    note.replaceChildren(`You are already signed in as ${session.username}. `);
    const link = document.createElement('a');
    link.href = next ?? '/my';
    link.textContent = 'Continue';
    note.append(link);
  }
}).catch(() => {});
