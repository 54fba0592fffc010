// Edit a home (?id=): every field (PATCH /houses/{id} with only what changed) and its photos: add
// (POST .../images), remove (DELETE .../images/{imageId}) and choose the cover (PUT .../cover).
import { api } from './api.js';
import { h, intParam, replaceChildren } from './dom.js';
import { clearAlert, onClick, onSubmit, showAlert, showError } from './forms.js';
import { initLayout } from './layout.js';
import { changedFields, checkHouseForm, fillHouseForm, readHouseForm, renderHouseFields } from './house-form.js';
import { watchPhotoInput } from './house-photos.js';

const FIELD_NAMES = {
  title: 'title', description: 'description', priceCents: 'price', depositCents: 'deposit', districtId: 'district',
  address: 'address', roomCount: 'rooms', areaSize: 'area', maxGuests: 'maximum guests', floorPlan: 'floor plan',
  bedConfig: 'beds', minNights: 'minimum nights', maxNights: 'maximum nights', amenityIds: 'amenities',
};

const houseId = intParam('id');
const pageAlert = document.getElementById('page-alert');
const pageLoading = document.getElementById('page-loading');
const editor = document.getElementById('editor');
const form = document.getElementById('house-form');
const formAlert = document.getElementById('form-alert');
const photoList = document.getElementById('photo-list');
const photoAlert = document.getElementById('photo-alert');
const notListed = document.getElementById('not-listed');

let house = null;
let saved = null;

function showHouse(detail) {
  house = detail;
  document.getElementById('page-title').textContent = `Edit “${house.title}”`;
  document.title = `Edit ${house.title} · HomeRental`;
  document.getElementById('view-house').href = `/detail?id=${encodeURIComponent(house.id)}`;
  renderPhotos();
}

function photoItem(image, index) {
  const isCover = image.url === house.coverImageUrl;
  const label = `photo ${index + 1}`;
  const remove = h('button', { type: 'button', class: 'button secondary small', 'data-action': 'remove', 'aria-label': `Remove ${label}` }, 'Remove');
  onClick(remove, async () => {
    if (!window.confirm(`Remove ${label} of “${house.title}”? This cannot be undone.`)) return;
    await api(`/houses/${encodeURIComponent(house.id)}/images/${encodeURIComponent(image.id)}`, { method: 'DELETE' });
    await reloadPhotos(`Photo ${index + 1} removed.`);
  }, { region: photoAlert, busyLabel: 'Removing…' });
  let cover = h('span', { class: 'badge ok', 'data-cover': 'true' }, 'Cover');
  if (!isCover) {
    cover = h('button', { type: 'button', class: 'button secondary small', 'data-action': 'cover', 'aria-label': `Make ${label} the cover` }, 'Make cover');
    onClick(cover, async () => {
      showHouse(await api(`/houses/${encodeURIComponent(house.id)}/cover`, { method: 'PUT', body: { imageId: image.id } }));
      announce(`Photo ${index + 1} is now the cover.`);
    }, { region: photoAlert, busyLabel: 'Choosing…' });
  }
  return h('li', { class: isCover ? 'photo-item is-cover' : 'photo-item', 'data-image-id': image.id },
    h('img', { src: image.url, alt: `${isCover ? 'Cover photo' : `Photo ${index + 1}`} of ${house.title}`, loading: 'lazy', decoding: 'async' }),
    h('div', { class: 'photo-actions' }, cover, remove));
}

function renderPhotos() {
  const images = house.images ?? [];
  notListed.hidden = Boolean(house.coverImageUrl);
  replaceChildren(photoList, images.length
    ? images.map(photoItem)
    : h('li', { class: 'photo-empty muted' }, 'No photos yet.'));
}

// The list is drawn anew, so the button that was pressed is gone: focus goes back to the section's heading.
function announce(message) {
  showAlert(photoAlert, message, 'success');
  document.getElementById('photos-title').focus({ preventScroll: true });
}

async function reloadPhotos(message) {
  showHouse(await api(`/houses/${encodeURIComponent(house.id)}`));
  if (message) announce(message);
}

watchPhotoInput(document.getElementById('image'), {
  houseId: () => house?.id,
  list: document.getElementById('uploads'),
  alert: document.getElementById('upload-alert'),
  becomesCover: () => !house.coverImageUrl,
  uploaded: () => reloadPhotos(),
});

document.getElementById('image').addEventListener('change', () => clearAlert(photoAlert));

onSubmit(form, async () => {
  const changes = changedFields(saved, readHouseForm(form));
  const names = Object.keys(changes);
  if (!names.length) {
    showAlert(formAlert, 'Nothing to save: no field has changed.', 'info');
    return;
  }
  showHouse(await api(`/houses/${encodeURIComponent(house.id)}`, { method: 'PATCH', body: changes }));
  fillHouseForm(form, house);
  saved = readHouseForm(form);
  showAlert(formAlert, `Saved: ${names.map((name) => FIELD_NAMES[name] ?? name).join(', ')}.`, 'success');
}, { busyLabel: 'Saving…', beforeCheck: checkHouseForm });

async function showEditor(session) {
  const [detail, districts, amenities] = await Promise.all([api(`/houses/${houseId}`), api('/districts'), api('/amenities')]);
  pageLoading.hidden = true;
  if (detail.owner?.id !== session.userId) {
    showAlert(pageAlert, 'Only the host of this home can edit it.');
    return;
  }
  renderHouseFields(document.getElementById('house-fields'), { districts, amenities });
  showHouse(detail);
  fillHouseForm(form, house);
  saved = readHouseForm(form);
  editor.hidden = false;
  if (location.hash === '#photos') document.getElementById('photos').scrollIntoView({ block: 'start' });
}

try {
  const session = await initLayout({ requireAuth: true });
  if (!houseId) {
    pageLoading.hidden = true;
    showAlert(pageAlert, 'The address names no home. Open the one to edit from your listings.');
  } else {
    await showEditor(session);
  }
} catch (error) {
  pageLoading.hidden = true;
  showError(pageAlert, error);
}
