// The host's calendar of one home: its bookings, the host's blocks and imported calendars' nights on one picker;
// blocking and unblocking nights, the iCal export link, and the imported calendars.
import { api, ApiError } from './api.js';
import { h, replaceChildren } from './dom.js';
import { formatDateTime, nightsBetween, plural, today } from './format.js';
import { onClick, onSubmit, showAlert } from './forms.js';
import { STATUS } from './order-view.js';
import { createRangePicker, longDate, nightsText } from './calendar-picker.js';

// docs/API.md, Orders: these statuses hold their nights.
const HOLDING = new Set(['PENDING', 'UNPAID', 'PAID', 'REVIEW_PENDING', 'COMPLETED']);
const MAX_PAGE = 50;

const KINDS = {
  order: 'Booked by a guest',
  block: 'Blocked by you',
  import: 'Imported calendar',
};

/** Every order of the host's homes that holds nights from today on, read page by page. */
async function holdingOrders(houseId) {
  const orders = [];
  for (let page = 1, pages = 1; page <= pages; page += 1) {
    const result = await api('/users/me/orders', { query: { role: 'host', page, pageSize: MAX_PAGE } });
    pages = result.totalPages;
    orders.push(...result.items.filter((order) => order.house?.id === houseId && HOLDING.has(order.status) && order.checkOut > today()));
  }
  return orders;
}

function swatch(kind) {
  return h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' });
}

function legend() {
  return h('ul', { class: 'calendar-legend', 'aria-label': 'What the days show' },
    h('li', {}, h('span', { class: 'swatch', 'aria-hidden': 'true' }), 'Free'),
    Object.entries(KINDS).map(([kind, text]) => h('li', {}, swatch(kind), text)),
    h('li', {}, h('span', { class: 'swatch chosen', 'aria-hidden': 'true' }), 'Selected'));
}

function field(id, label, control, hint) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('p', { class: 'hint', text: hint }) : null);
}

/** Fills `container` with the calendar of `house` ({ id, title }) and everything the host does with it. */
export async function showHostCalendar(container, house) {
  const base = `/houses/${encodeURIComponent(house.id)}`;
  let blocks = [];
  let orders = [];
  let imports = [];
  let events = new Map();
  let marks = [];

  const alert = h('div', { class: 'alert', role: 'alert', hidden: true });
  const notice = h('p', { class: 'alert success', role: 'status', hidden: true });
  const blockList = h('ul', { class: 'calendar-list', id: 'block-list' });
  const importList = h('ul', { class: 'calendar-list', id: 'import-list' });
  const selection = h('form', { class: 'host-selection', novalidate: true, hidden: true, 'aria-label': 'Block the selected nights' });
  const nightDetail = h('div', { class: 'host-selection', id: 'night-detail', hidden: true });

  function rebuildMarks() {
    marks = [
      ...orders.map((order) => ({
        checkIn: order.checkIn, checkOut: order.checkOut, kind: 'order',
        label: `booked by ${order.guest?.username ?? 'a guest'} (${STATUS[order.status]?.label ?? order.status})`, order,
      })),
      ...blocks.map((block) => ({
        checkIn: block.checkIn, checkOut: block.checkOut, kind: 'block',
        label: block.note ? `blocked by you: ${block.note}` : 'blocked by you', block,
      })),
      ...imports.flatMap((item) => (events.get(item.id) ?? []).map((event) => ({
        checkIn: event.checkIn, checkOut: event.checkOut, kind: 'import', label: `imported from ${item.name}`,
      }))),
    ];
  }

  /** What holds a night: the first of its marks (bookings, then blocks, then imports), labelled with them all. */
  function nightMarks(iso) {
    const held = marks.filter((mark) => mark.checkIn <= iso && iso < mark.checkOut);
    return held.length ? { ...held[0], label: held.map((mark) => mark.label).join('; ') } : null;
  }

  function say(message) {
    notice.textContent = message;
    notice.hidden = false;
  }

  function redraw() {
    rebuildMarks();
    picker.refresh();
    renderBlocks();
  }

  async function unblock(block) {
    await api(`${base}/blocks/${encodeURIComponent(block.id)}`, { method: 'DELETE' });
    blocks = blocks.filter((other) => other.id !== block.id);
    nightDetail.hidden = true;
    redraw();
    say(`${nightsText(block)} ${nightsBetween(block.checkIn, block.checkOut) === 1 ? 'is' : 'are'} free again.`);
  }

  function unblockButton(block, text) {
    const button = h('button', { type: 'button', class: 'button secondary small' }, text);
    onClick(button, () => unblock(block), { region: alert, busyLabel: 'Unblocking…' });
    return button;
  }

  const picker = createRangePicker({
    label: `Calendar of ${house.title}`,
    end: 'lastNight',
    nightInfo: nightMarks,
    prompts: { first: 'Select the first night to block.', second: 'Now select the last night to block.' },
    onChange: ({ checkOut }) => {
      nightDetail.hidden = true;
      notice.hidden = true;
      if (checkOut) showSelection();
      else selection.hidden = true;
    },
    onTakenPick: (iso, mark) => {
      selection.hidden = true;
      replaceChildren(nightDetail,
        h('p', {}, h('strong', { text: `${longDate(iso)}: ` }), mark.label),
        mark.kind === 'block'
          ? h('div', { class: 'order-actions' }, unblockButton(mark.block, `Unblock ${nightsText(mark.block)}`))
          : mark.kind === 'order'
            ? h('p', { class: 'hint' }, 'Answer bookings on ', h('a', { href: '/lorders' }, 'Guest requests'), '.')
            : h('p', { class: 'hint' }, 'Change it on the other calendar.'));
      nightDetail.hidden = false;
    },
  });

  function showSelection() {
    const noteId = `block-note-${house.id}`;
    const cancel = h('button', { type: 'button', class: 'button secondary small' }, 'Cancel');
    cancel.addEventListener('click', () => {
      picker.clear();
      selection.hidden = true;
    });
    replaceChildren(selection,
      h('div', { class: 'alert', role: 'alert', hidden: true }),
      field(noteId, h('span', {}, 'Note ', h('span', { class: 'optional' }, '(optional, only you see it)')),
        h('input', { id: noteId, name: 'note', maxlength: '200', autocomplete: 'off' })),
      h('div', { class: 'order-actions' }, h('button', { type: 'submit', class: 'button small' }, 'Block these nights'), cancel));
    selection.hidden = false;
  }

  onSubmit(selection, async () => {
    const { checkIn, checkOut } = picker.range();
    const note = selection.elements.note.value.trim();
    let block;
    try {
      block = await api(`${base}/blocks`, { method: 'POST', body: { checkIn, checkOut, note: note || undefined } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'dates_unavailable') {
        // A guest booked some of these nights since the calendar was read: show that booking.
        [blocks, orders] = await Promise.all([api(`${base}/blocks`), holdingOrders(house.id)]);
        redraw();
      }
      throw error;
    }
    blocks = [...blocks, block].sort((a, b) => a.checkIn.localeCompare(b.checkIn));
    selection.hidden = true;
    picker.clear();
    redraw();
    say(`${nightsText(block)} blocked.`);
  }, { busyLabel: 'Blocking…' });

  function renderBlocks() {
    replaceChildren(blockList, blocks.length
      ? blocks.map((block) => h('li', { 'data-block-id': block.id },
        h('div', {},
          h('strong', {}, swatch('block'), nightsText(block)),
          h('span', { class: 'muted small', text: block.note ? `${plural(nightsBetween(block.checkIn, block.checkOut), 'night')} · ${block.note}` : plural(nightsBetween(block.checkIn, block.checkOut), 'night') })),
        unblockButton(block, 'Unblock')))
      : h('li', { class: 'muted' }, 'No blocked nights.'));
  }

  function exportSection() {
    const inputId = `export-url-${house.id}`;
    const input = h('input', { id: inputId, readonly: true, value: '' });
    const status = h('p', { class: 'hint', role: 'status' });
    const copy = h('button', { type: 'button', class: 'button secondary small' }, 'Copy');
    const rotate = h('button', { type: 'button', class: 'button danger small' }, 'Make a new link');
    const region = h('div', { class: 'alert', role: 'alert', hidden: true });
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(input.value);
        status.textContent = 'Copied. Paste it into the other site’s calendar import.';
      } catch {
        input.focus();
        input.select();
        status.textContent = 'The link is selected: press Ctrl+C (or ⌘C) to copy it.';
      }
    });
    onClick(rotate, async () => {
      if (!window.confirm('Make a new link? The old link stops working at once: calendars that use it stop updating until you give them the new one.')) return;
      input.value = (await api(`${base}/ical-export/rotation`, { method: 'POST' })).url;
      status.textContent = 'A new link is ready. The old one no longer works.';
    }, { region, busyLabel: 'Making a new link…' });
    const load = api(`${base}/ical-export`).then((answer) => {
      input.value = answer.url;
    }, (error) => showAlert(region, error.message));
    return {
      load,
      element: h('section', { class: 'stack', 'aria-labelledby': `export-title-${house.id}` },
        h('h3', { id: `export-title-${house.id}` }, 'Export link'),
        h('p', { class: 'hint' }, 'Other sites can read your bookings and blocks from this private link.'),
        h('div', { class: 'field' },
          h('label', { for: inputId, class: 'visually-hidden' }, 'Export link'),
          h('div', { class: 'copy-row' }, input, copy)),
        status,
        h('div', { class: 'order-actions' }, rotate),
        region),
    };
  }

  async function loadEvents(item) {
    events.set(item.id, await api(`${base}/ical-imports/${encodeURIComponent(item.id)}/events`));
  }

  function importItem(item) {
    const sync = h('button', { type: 'button', class: 'button secondary small' }, 'Sync now');
    const remove = h('button', { type: 'button', class: 'button danger small' }, 'Remove');
    const region = h('div', { class: 'alert', role: 'alert', hidden: true });
    onClick(sync, async () => {
      const fresh = await api(`${base}/ical-imports/${encodeURIComponent(item.id)}/sync`, { method: 'POST' });
      await loadEvents(fresh);
      imports = imports.map((other) => (other.id === fresh.id ? fresh : other));
      renderImports();
      redraw();
      say(fresh.lastError ? `${fresh.name} could not be read.` : `${fresh.name} is up to date.`);
    }, { region, busyLabel: 'Syncing…' });
    onClick(remove, async () => {
      await api(`${base}/ical-imports/${encodeURIComponent(item.id)}`, { method: 'DELETE' });
      imports = imports.filter((other) => other.id !== item.id);
      events.delete(item.id);
      renderImports();
      redraw();
      say(`${item.name} is removed; its nights are free unless something else holds them.`);
    }, { region, busyLabel: 'Removing…' });
    const synced = item.lastSyncedAt ? `read ${formatDateTime(item.lastSyncedAt)}` : 'not read yet';
    return h('li', { 'data-import-id': item.id },
      h('div', {},
        h('strong', {}, swatch('import'), item.name),
        h('span', { class: 'muted small break', text: item.url }),
        h('span', { class: 'small', text: `${plural(item.eventCount, 'event')} · ${synced}` }),
        item.lastError ? h('p', { class: 'alert warn small', text: item.lastError }) : null),
      h('div', { class: 'order-actions' }, sync, remove),
      region);
  }

  function renderImports() {
    replaceChildren(importList, imports.length ? imports.map(importItem) : h('li', { class: 'muted' }, 'No imported calendars.'));
  }

  function importForm() {
    const nameId = `import-name-${house.id}`;
    const urlId = `import-url-${house.id}`;
    const form = h('form', { class: 'form', novalidate: true, 'aria-label': 'Add a calendar' },
      h('div', { class: 'alert', role: 'alert', hidden: true }),
      field(nameId, 'Name', h('input', { id: nameId, name: 'name', maxlength: '64', required: true, autocomplete: 'off', placeholder: 'Airbnb', 'data-message': 'Name the other calendar.' })),
      field(urlId, 'iCal link', h('input', { id: urlId, name: 'url', type: 'url', maxlength: '2000', required: true, autocomplete: 'off', placeholder: 'https://…/calendar.ics', 'data-message': 'Paste the other site’s iCal link (http or https).' }),
        'At most 10 calendars per home.'),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button small' }, 'Add calendar')));
    onSubmit(form, async () => {
      const created = await api(`${base}/ical-imports`, { method: 'POST', body: { name: form.elements.name.value.trim(), url: form.elements.url.value.trim() } });
      await loadEvents(created);
      imports = [...imports, created];
      form.reset();
      renderImports();
      redraw();
      say(created.lastError ? `${created.name} is added, but could not be read yet.` : `${created.name} is added: ${plural(created.eventCount, 'event')}.`);
    }, { busyLabel: 'Adding…' });
    return form;
  }

  const exporter = exportSection();
  const [blockAnswer, orderAnswer, importAnswer] = await Promise.all([
    api(`${base}/blocks`),
    holdingOrders(house.id),
    api(`${base}/ical-imports`),
  ]);
  blocks = blockAnswer;
  orders = orderAnswer;
  imports = importAnswer;
  await Promise.all([...imports.map(loadEvents), exporter.load]);
  rebuildMarks();
  picker.refresh();
  renderBlocks();
  renderImports();

  replaceChildren(container,
    h('div', { class: 'card-title' }, h('h2', { id: 'host-calendar-title', class: 'break', text: `Calendar · ${house.title}` })),
    h('div', { class: 'host-calendar-layout' },
      h('div', {},
        h('p', { class: 'hint' }, 'Select the first and the last night to block them. Select a taken night to see what holds it, or to unblock it.'),
        picker.element,
        legend(),
        notice,
        alert,
        selection,
        nightDetail),
      h('div', { class: 'stack' },
        h('section', { class: 'stack', 'aria-labelledby': `blocks-title-${house.id}` },
          h('h3', { id: `blocks-title-${house.id}` }, 'Blocked nights'), blockList),
        exporter.element,
        h('section', { class: 'stack', 'aria-labelledby': `imports-title-${house.id}` },
          h('h3', { id: `imports-title-${house.id}` }, 'Imported calendars'),
          h('p', { class: 'hint' }, 'Nights taken on your other sites’ calendars count as taken here; they are read again every hour.'),
          importList,
          importForm()))));
}
