// Publish a home: the form (POST /houses), then photos one by one (POST /houses/{id}/images), then a link to it.
import { api, ApiError } from './api.js';
import { h, replaceChildren } from './dom.js';
import { parseCents } from './format.js';
import { initLayout } from './layout.js';
import { clearAlert, onSubmit, showAlert, showError } from './forms.js';

const pageAlert = document.getElementById('page-alert');
const pageLoading = document.getElementById('page-loading');
const prompt = document.getElementById('identity-prompt');
const form = document.getElementById('house-form');
const districtSelect = document.getElementById('districtId');
const amenityList = document.getElementById('amenity-list');
const photosStep = document.getElementById('photos-step');
const imageInput = document.getElementById('image');
const uploads = document.getElementById('uploads');
const uploadAlert = document.getElementById('upload-alert');
const viewHouse = document.getElementById('view-house');

const MAX_BYTES = 5 * 1024 * 1024;
let house = null;
let queue = Promise.resolve();

function integer(name) {
  return Number.parseInt(form.elements[name].value, 10);
}

function checkMoneyAndNights() {
  for (const name of ['priceCents', 'depositCents']) {
    const input = form.elements[name];
    const cents = parseCents(input.value);
    input.setCustomValidity(cents === null || (name === 'priceCents' && cents <= 0) ? input.dataset.message : '');
  }
  const max = form.elements.maxNights;
  const maxValue = integer('maxNights');
  const minValue = integer('minNights');
  max.setCustomValidity(maxValue > 0 && minValue > 0 && maxValue < minValue
    ? 'The maximum stay must be at least the minimum stay, or 0 for no limit.' : '');
}

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
  const values = form.elements;
  const body = {
    title: values.title.value.trim(),
    priceCents: parseCents(values.priceCents.value),
    districtId: Number(values.districtId.value),
    address: values.address.value.trim(),
    roomCount: integer('roomCount'),
    areaSize: integer('areaSize'),
    floorPlan: values.floorPlan.value.trim(),
    maxGuests: integer('maxGuests'),
    bedConfig: values.bedConfig.value.trim(),
    depositCents: parseCents(values.depositCents.value),
    minNights: integer('minNights'),
    maxNights: integer('maxNights'),
    amenityIds: [...form.querySelectorAll('input[name="amenityIds"]:checked')].map((box) => Number(box.value)),
  };
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
}, { busyLabel: 'Publishing…', beforeCheck: checkMoneyAndNights });

function uploadItem(file) {
  const url = URL.createObjectURL(file);
  const status = h('span', { text: 'Waiting…' });
  const item = h('li', { class: 'upload-item' },
    h('img', { src: url, alt: `Preview of ${file.name}` }),
    h('div', { class: 'status' }, h('span', { class: 'small muted break', text: file.name }), status));
  uploads.append(item);
  return { item, status, url };
}

async function upload(file, { item, status }) {
  if (file.size > MAX_BYTES) {
    item.classList.add('failed');
    status.textContent = 'Larger than 5 MiB: not uploaded.';
    return;
  }
  status.textContent = 'Uploading…';
  const body = new FormData();
  body.append('image', file);
  try {
    await api(`/houses/${encodeURIComponent(house.id)}/images`, { method: 'POST', body });
    const isCover = uploads.querySelectorAll('.upload-item.done').length === 0;
    item.classList.add('done');
    status.textContent = isCover ? '✓ Uploaded · cover photo' : '✓ Uploaded';
  } catch (error) {
    item.classList.add('failed');
    status.textContent = error.message;
    if (error instanceof ApiError && error.status === 401) showError(uploadAlert, error);
  }
}

imageInput.addEventListener('change', () => {
  clearAlert(uploadAlert);
  const files = [...(imageInput.files ?? [])];
  imageInput.value = '';
  if (!files.length || !house) return;
  const jobs = files.map((file) => [file, uploadItem(file)]);
  imageInput.disabled = true;
  queue = queue.then(async () => {
    for (const [file, job] of jobs) await upload(file, job);
  }).finally(() => {
    imageInput.disabled = false;
    const failed = uploads.querySelectorAll('.upload-item.failed').length;
    if (failed) showAlert(uploadAlert, `${failed} photo${failed === 1 ? '' : 's'} could not be uploaded: see the message under each. You can choose them again.`);
  });
});

function amenityBox(amenity) {
  const id = `amenity-${amenity.id}`;
  return h('label', { class: 'check', for: id },
    h('input', { type: 'checkbox', id, name: 'amenityIds', value: amenity.id }),
    amenity.name);
}

try {
  await initLayout({ requireAuth: true });
  const [me, districts, amenities] = await Promise.all([api('/users/me'), api('/districts'), api('/amenities')]);
  pageLoading.hidden = true;
  if (!me.identityVerified) {
    prompt.hidden = false;
  } else {
    districtSelect.append(...districts.map((d) => h('option', { value: d.id }, d.name)));
    replaceChildren(amenityList, amenities.length
      ? amenities.map(amenityBox)
      : h('p', { class: 'muted' }, 'No amenities to choose from.'));
    form.hidden = false;
  }
} catch (error) {
  pageLoading.hidden = true;
  showError(pageAlert, error);
}
