// Publish a home: the form (POST /houses), then photos one by one (POST /houses/{id}/images), then a link to it.
import { api, ApiError } from './api.js';
import { initLayout } from './layout.js';
import { onSubmit, showError } from './forms.js';
import { checkHouseForm, fillHouseForm, NEW_HOUSE, readHouseForm, renderHouseFields } from './house-form.js';
import { watchPhotoInput } from './house-photos.js';

const pageAlert = document.getElementById('page-alert');
const pageLoading = document.getElementById('page-loading');
const prompt = document.getElementById('identity-prompt');
const form = document.getElementById('house-form');
const photosStep = document.getElementById('photos-step');
const uploads = document.getElementById('uploads');
const viewHouse = document.getElementById('view-house');

let house = null;

function setStep(step) {
  const details = document.getElementById('step-details');
  const photos = document.getElementById('step-photos');
  details.toggleAttribute('aria-current', false);
  photos.toggleAttribute('aria-current', false);
  if (step === 'photos') {
    details.classList.add('done');
    photos.setAttribute('aria-current', 'step');
  } else {
    details.setAttribute('aria-current', 'step');
  }
}

onSubmit(form, async () => {
  const body = readHouseForm(form);
  try {
    house = await api('/houses', { method: 'POST', body });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'identity_required') prompt.hidden = false;
    throw error;
  }
  form.hidden = true;
  setStep('photos');
  viewHouse.href = `/detail?id=${encodeURIComponent(house.id)}`;
  document.getElementById('created-alert').textContent = `“${house.title ?? body.title}” is published.`;
  photosStep.hidden = false;
  const heading = document.getElementById('photos-title');
  heading.focus();
  heading.scrollIntoView({ block: 'start' });
}, { busyLabel: 'Publishing…', beforeCheck: checkHouseForm });

watchPhotoInput(document.getElementById('image'), {
  houseId: () => house?.id,
  list: uploads,
  alert: document.getElementById('upload-alert'),
  becomesCover: () => !uploads.querySelector('.upload-item.done'),
});

try {
  await initLayout({ requireAuth: true });
  const [me, districts, amenities] = await Promise.all([api('/users/me'), api('/districts'), api('/amenities')]);
  pageLoading.hidden = true;
  if (!me.identityVerified) {
    prompt.hidden = false;
  } else {
    renderHouseFields(document.getElementById('house-fields'), { districts, amenities });
    fillHouseForm(form, NEW_HOUSE);
    form.hidden = false;
  }
} catch (error) {
  pageLoading.hidden = true;
  showError(pageAlert, error);
}
