// Forms and failures: the API's `errors` next to their fields, its `detail` in an alert region.
import { ApiError } from './api.js';
import { h } from './dom.js';
import { isSignedOut, redirectToLogin } from './session.js';

/** Shows a message in an alert region (an element with role="alert"). kind: 'error', 'success', 'info', 'warn'. */
export function showAlert(region, message, kind = 'error', extra = []) {
  if (!region) return;
  region.className = kind === 'error' ? 'alert' : `alert ${kind}`;
  region.replaceChildren(h('span', { text: message }));
  if (extra.length) region.append(h('ul', {}, extra.map((line) => h('li', { text: line }))));
  region.hidden = false;
  const box = region.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) region.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** Empties and hides an alert region. */
export function clearAlert(region) {
  if (!region) return;
  region.hidden = true;
  region.replaceChildren();
}

/** Removes every field message and aria-invalid mark inside `root`. */
export function clearFieldErrors(root) {
  root.querySelectorAll('.field-error').forEach((node) => node.remove());
  root.querySelectorAll('[aria-invalid]').forEach((node) => {
    node.removeAttribute('aria-invalid');
    const ids = (node.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (ids.length) node.setAttribute('aria-describedby', ids.join(' '));
    else node.removeAttribute('aria-describedby');
  });
}

/** "PriceCents" or "amenityIds[0]" -> "priceCents" / "amenityIds". */
function normalizeKey(key) {
  const plain = String(key).replace(/\[\d*\]$/, '').split('.').pop() ?? '';
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

function findField(root, name) {
  return root.querySelector(`[data-field="${CSS.escape(name)}"]`)
    ?? root.querySelector(`[name="${CSS.escape(name)}"]`);
}

/**
 * Puts messages next to the fields they name (an element with data-field="name", else the control named
 * name). Returns the messages that matched no field, so the caller can show them elsewhere.
 */
export function setFieldError(root, name, messages) {
  const field = findField(root, name);
  if (!field) return false;
  const list = Array.isArray(messages) ? messages : [messages];
  const id = `${field.id || `field-${name}`}-error`;
  let message = root.querySelector(`#${CSS.escape(id)}`);
  if (!message) {
    message = h('p', { class: 'field-error', id });
    const holder = field.closest('.field, fieldset') ?? field.parentElement;
    holder.append(message);
  }
  message.textContent = [message.textContent, ...list].filter(Boolean).join(' ');
  const target = field.matches('input, select, textarea, fieldset') ? field
    : field.querySelector('input, select, textarea') ?? field;
  target.setAttribute('aria-invalid', 'true');
  const ids = new Set((target.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  ids.add(id);
  target.setAttribute('aria-describedby', [...ids].join(' '));
  return true;
}

export function showFieldErrors(root, errors) {
  const unplaced = [];
  for (const [key, messages] of Object.entries(errors ?? {})) {
    if (!setFieldError(root, normalizeKey(key), messages)) unplaced.push(...[].concat(messages));
  }
  return unplaced;
}

/**
 * Shows a failure once: a 401 sends the person to sign in (unless allowSignedOut); field errors go next to their
 * fields, which then get the focus; the alert region gets only what no field shows (the problem's detail when
 * no field is marked, and messages for fields the form lacks). `codeFields` maps error codes to the field
 * they concern (e.g. { phone_taken: 'phone' }), so the detail shows there instead.
 */
export function showError(region, error, { root, codeFields = {}, allowSignedOut = false } = {}) {
  if (!allowSignedOut && isSignedOut(error)) {
    redirectToLogin();
    return;
  }
  if (!(error instanceof ApiError)) console.warn(error);
  const message = error instanceof ApiError ? error.message : 'Something went wrong on this page. Please reload it and try again.';
  let unplaced = [];
  let placed = false;
  if (root && error instanceof ApiError) {
    clearFieldErrors(root);
    unplaced = showFieldErrors(root, error.errors);
    const field = codeFields[error.code];
    if (field) setFieldError(root, field, error.message);
    placed = Boolean(root.querySelector('[aria-invalid="true"]'));
  }
  if (!placed) showAlert(region, message, 'error', unplaced);
  else if (unplaced.length) showAlert(region, unplaced.join(' '));
  const invalid = root?.querySelector('[aria-invalid="true"]');
  if (invalid && invalid.matches('input, select, textarea')) invalid.focus();
}

/**
 * Checks the controls' own constraints (required, pattern, min, max, minlength...) and shows each problem next
 * to its field, with the control's data-message when it has one. Only `controls` when given. Returns true
 * when all are valid.
 */
export function checkControls(root, region, controls = [...root.querySelectorAll('input, select, textarea')]) {
  let first = null;
  for (const control of controls) {
    if (!control.name || control.disabled || control.validity.valid) continue;
    const message = control.validity.customError ? control.validationMessage
      : control.dataset.message || control.validationMessage || 'Please check this field.';
    setFieldError(root, control.name, message);
    first ??= control;
  }
  if (!first) return true;
  showAlert(region, 'Please correct the marked fields.');
  first.focus();
  return false;
}

/** Disables a button while a request runs, with a busy label and spinner. */
export function setBusy(button, busy, busyLabel) {
  if (!button) return;
  if (busy) {
    if (!button.dataset.idleLabel) button.dataset.idleLabel = button.textContent;
    if (busyLabel) button.textContent = busyLabel;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  } else {
    if (button.dataset.idleLabel) button.textContent = button.dataset.idleLabel;
    delete button.dataset.idleLabel;
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** The form's controls as an object of trimmed strings (checkbox groups as arrays under their name). */
export function formValues(form) {
  const values = {};
  const data = new FormData(form);
  for (const key of new Set(data.keys())) {
    const all = data.getAll(key).filter((v) => typeof v === 'string');
    const multiple = form.querySelectorAll(`[name="${CSS.escape(key)}"][type="checkbox"]`).length > 1;
    values[key] = multiple ? all : (all[0] ?? '').trim();
  }
  return values;
}

/** Returned by a handler that leaves the page: its button then stays busy until the next page loads. */
export const NAVIGATING = Symbol('navigating');

/** Goes to `url` and returns NAVIGATING. */
export function go(url) {
  location.assign(url);
  return NAVIGATING;
}

/**
 * Runs `handler(form)` on submit with the form's alert region cleared, its submit button busy and every
 * failure shown (see showError). A handler that leaves the page returns go(url), which keeps the button busy.
 * The form's own constraints are checked first (mark it novalidate); `beforeCheck(form)` may set custom
 * validity first. Options: busyLabel, codeFields, allowSignedOut, beforeCheck, alert (the region; default:
 * the form's [role=alert]).
 */
export function onSubmit(form, handler, options = {}) {
  const region = options.alert ?? form.querySelector('[role="alert"]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.dataset.busy === 'true') return;
    const button = event.submitter ?? form.querySelector('[type="submit"]');
    form.dataset.busy = 'true';
    clearAlert(region);
    clearFieldErrors(form);
    options.beforeCheck?.(form);
    if (!checkControls(form, region)) {
      delete form.dataset.busy;
      return;
    }
    setBusy(button, true, options.busyLabel);
    let result;
    try {
      result = await handler(form, event);
    } catch (error) {
      showError(region, error, { root: form, codeFields: options.codeFields, allowSignedOut: options.allowSignedOut });
    } finally {
      if (result !== NAVIGATING) {
        delete form.dataset.busy;
        if (button?.isConnected) setBusy(button, false);
      }
    }
  });
}

/** Runs `action()` on click with the button busy; failures go to `region`. Returns nothing. */
export function onClick(button, action, { region, busyLabel, root, codeFields } = {}) {
  button.addEventListener('click', async () => {
    if (button.disabled) return;
    clearAlert(region);
    setBusy(button, true, busyLabel);
    let result;
    try {
      result = await action();
    } catch (error) {
      showError(region, error, { root, codeFields });
    } finally {
      if (result !== NAVIGATING && button.isConnected) setBusy(button, false);
    }
  });
}
