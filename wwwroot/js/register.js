// Sign up: captcha picture -> SMS code (with a resend countdown) -> account, signed in -> /my.
import { api, ApiError } from './api.js';
import { initLayout } from './layout.js';
import { checkControls, clearAlert, clearFieldErrors, formValues, go, onSubmit, setBusy, showError } from './forms.js';
import { rememberSignedIn, safeNext } from './session.js';

const form = document.getElementById('register-form');
const alertRegion = document.getElementById('form-alert');
const phone = document.getElementById('phone');
const captchaText = document.getElementById('captchaText');
const captchaButton = document.getElementById('captcha-refresh');
const captchaImage = document.createElement('img');
captchaImage.id = 'captcha-image';
captchaImage.alt = '';
captchaImage.width = 120;
captchaImage.height = 44;
captchaButton.append(captchaImage);
const sendButton = document.getElementById('send-code');
const smsStatus = document.getElementById('sms-status');
const next = safeNext(new URLSearchParams(location.search).get('next'));

let captchaId = '';
let countdownTimer = null;

function newId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; plain http on a LAN address is not one.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function refreshCaptcha() {
  captchaId = newId();
  captchaImage.src = `/api/v1.0/captchas/${captchaId}`;
  captchaText.value = '';
}

captchaButton.addEventListener('click', () => {
  refreshCaptcha();
  captchaText.focus();
});
captchaImage.addEventListener('error', () => {
  captchaButton.setAttribute('aria-label', 'The captcha picture could not be loaded. Activate to try again.');
});
captchaImage.addEventListener('load', () => {
  captchaButton.setAttribute('aria-label', 'Captcha picture with 4 characters to type. Activate for a new picture.');
});

function startCountdown(seconds) {
  clearInterval(countdownTimer);
  let left = Math.max(1, Math.round(seconds));
  sendButton.disabled = true;
  const tick = () => {
    if (left <= 0) {
      clearInterval(countdownTimer);
      sendButton.disabled = false;
      sendButton.textContent = 'Resend code';
      return;
    }
    sendButton.textContent = `Resend in ${left} s`;
    left -= 1;
  };
  tick();
  countdownTimer = setInterval(tick, 1000);
}

sendButton.addEventListener('click', async () => {
  if (sendButton.disabled) return;
  clearAlert(alertRegion);
  clearFieldErrors(form);
  // The picture's characters are needed to send a code, not to create the account.
  captchaText.setCustomValidity(captchaText.value.trim().length === 4 ? '' : captchaText.dataset.message);
  const valid = checkControls(form, alertRegion, [phone, captchaText]);
  captchaText.setCustomValidity('');
  if (!valid) return;
  setBusy(sendButton, true, 'Sending…');
  let countingDown = false;
  try {
    const result = await api('/sms-codes', {
      method: 'POST',
      body: { phone: phone.value.trim(), captchaId, captchaText: captchaText.value.trim() },
    });
    smsStatus.textContent = `We sent a code to ${phone.value.trim()}. It is valid for ${Math.round((result?.expiresInSeconds ?? 300) / 60)} minutes.`;
    setBusy(sendButton, false);
    startCountdown(result?.resendAfterSeconds ?? 60);
    countingDown = true;
    document.getElementById('smsCode').focus();
  } catch (error) {
    showError(alertRegion, error, {
      root: form,
      codeFields: { captcha_invalid: 'captchaText', captcha_expired: 'captchaText', sms_too_frequent: 'phone' },
    });
    if (error instanceof ApiError && error.status === 429 && error.retryAfter) {
      setBusy(sendButton, false);
      startCountdown(error.retryAfter);
      countingDown = true;
    }
  } finally {
    if (!countingDown) setBusy(sendButton, false);
    // The server deletes the captcha on the first check, right or wrong: every attempt needs a new picture.
    refreshCaptcha();
  }
});

onSubmit(form, async () => {
  const values = formValues(form);
  const body = { phone: values.phone, smsCode: values.smsCode, password: form.elements.password.value };
  // captchaText is sent with the SMS request only.
  if (values.username) body.username = values.username;
  await api('/users', { method: 'POST', body });
  rememberSignedIn(true);
  return go(next ?? '/my');
}, {
  busyLabel: 'Creating account…',
  codeFields: { sms_code_invalid: 'smsCode', sms_code_expired: 'smsCode', phone_taken: 'phone', username_taken: 'username' },
});

if (next) document.getElementById('login-link').href = `/login?next=${encodeURIComponent(next)}`;
refreshCaptcha();
initLayout().catch(() => {});
