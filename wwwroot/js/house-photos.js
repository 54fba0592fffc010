// Photos chosen in a file input, uploaded one by one (POST /houses/{id}/images) with a preview and a status each.
import { api, ApiError } from './api.js';
import { h } from './dom.js';
import { clearAlert, showAlert, showError } from './forms.js';

const MAX_BYTES = 5 * 1024 * 1024;

function uploadItem(list, file) {
  const status = h('span', { text: 'Waiting…' });
  const item = h('li', { class: 'upload-item' },
    h('img', { src: URL.createObjectURL(file), alt: `Preview of ${file.name}` }),
    h('div', { class: 'status' }, h('span', { class: 'small muted break', text: file.name }), status));
  list.append(item);
  return { item, status };
}

async function upload(houseId, file, { item, status }, { becomesCover, uploaded, alert }) {
  if (file.size > MAX_BYTES) {
    item.classList.add('failed');
    status.textContent = 'Larger than 5 MiB: not uploaded.';
    return;
  }
  status.textContent = 'Uploading…';
  const body = new FormData();
  body.append('image', file);
  try {
    const cover = becomesCover();
    await api(`/houses/${encodeURIComponent(houseId)}/images`, { method: 'POST', body });
    item.classList.add('done');
    status.textContent = cover ? '✓ Uploaded · cover photo' : '✓ Uploaded';
    await uploaded?.();
  } catch (error) {
    item.classList.add('failed');
    status.textContent = error.message;
    if (error instanceof ApiError && error.status === 401) showError(alert, error);
  }
}

/**
 * Uploads what is chosen in `input` to the house `houseId()` names, listing each file in `list`; failures are
 * summed up in `alert`. `becomesCover()` says whether the next upload becomes the cover (the house has none yet);
 * `uploaded()` runs after each success.
 */
export function watchPhotoInput(input, { houseId, list, alert, becomesCover, uploaded }) {
  let queue = Promise.resolve();
  input.addEventListener('change', () => {
    clearAlert(alert);
    const files = [...(input.files ?? [])];
    input.value = '';
    const id = houseId();
    if (!files.length || !id) return;
    const jobs = files.map((file) => [file, uploadItem(list, file)]);
    input.disabled = true;
    queue = queue.then(async () => {
      for (const [file, job] of jobs) await upload(id, file, job, { becomesCover, uploaded, alert });
    }).finally(() => {
      input.disabled = false;
      const failed = list.querySelectorAll('.upload-item.failed').length;
      if (failed) showAlert(alert, `${failed} photo${failed === 1 ? '' : 's'} could not be uploaded: see the message under each. You can choose them again.`);
    });
  });
}
