// The house form, one home for publishing (POST /houses) and editing (PATCH /houses/{id}): its fields, how a
// house fills them, what they send and the checks the browser cannot make on its own.
import { h, replaceChildren } from './dom.js';
import { parseCents } from './format.js';

const DESCRIPTION_MAX = 2000;

/** What a new house's form starts with. */
export const NEW_HOUSE = { roomCount: 1, maxGuests: 2, depositCents: 0, minNights: 1, maxNights: 0 };

const MONEY_PATTERN = '[0-9]+([.][0-9]{1,2})?';
const AS_IS = ['title', 'description', 'address', 'floorPlan', 'bedConfig', 'roomCount', 'areaSize', 'maxGuests', 'minNights', 'maxNights'];
const MONEY = ['priceCents', 'depositCents'];

function field(id, label, control, { span = false, hint = null } = {}) {
  return h('div', { class: span ? 'field span-all' : 'field' }, h('label', { for: id }, label), control, hint);
}

function input(name, attributes) {
  return h('input', { id: name, name, required: true, ...attributes });
}

function number(name, min, max, message, attributes = {}) {
  return input(name, { type: 'number', min, max, step: '1', 'data-message': message, ...attributes });
}

function money(name, attributes) {
  return h('div', { class: 'input-prefix' }, h('span', { 'aria-hidden': 'true' }, '¥'),
    input(name, { type: 'text', inputmode: 'decimal', pattern: MONEY_PATTERN, ...attributes }));
}

function section(id, title, ...children) {
  return h('section', { class: 'card stack', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function description() {
  const count = h('p', { id: 'description-count', class: 'hint' });
  const box = h('textarea', {
    id: 'description', name: 'description', rows: '6', maxlength: String(DESCRIPTION_MAX), 'aria-describedby': 'description-count',
    placeholder: 'What makes your home pleasant: the light, the view, the neighbourhood, how to get there.',
  });
  const update = () => { count.textContent = `${box.value.length.toLocaleString('en-US')} / ${DESCRIPTION_MAX.toLocaleString('en-US')} characters`; };
  box.addEventListener('input', update);
  update();
  return field('description', h('span', {}, 'Description ', h('span', { class: 'optional' }, '(optional)')), box, { span: true, hint: count });
}

function amenityBox(amenity) {
  const id = `amenity-${amenity.id}`;
  return h('label', { class: 'check', for: id },
    h('input', { type: 'checkbox', id, name: 'amenityIds', value: amenity.id }),
    amenity.name);
}

/** Builds the form's sections into `container`, with the districts and amenities to choose from. */
export function renderHouseFields(container, { districts, amenities }) {
  replaceChildren(container,
    section('basics-title', 'Basics', h('div', { class: 'form-grid' },
      field('title', 'Title', input('title', { type: 'text', maxlength: '64', placeholder: 'Sunny two-room flat by the river', 'data-message': 'Give your home a title.' }), { span: true }),
      description(),
      field('priceCents', 'Price per night (¥)', money('priceCents', { placeholder: '298.00', 'data-message': 'Enter the price per night in yuan, e.g. 298 or 298.50.' })),
      field('depositCents', 'Deposit (¥)', money('depositCents', { placeholder: '500.00', 'data-message': 'Enter the deposit in yuan (0 for none).' })),
      field('districtId', 'District', h('select', { id: 'districtId', name: 'districtId', required: true, 'data-message': 'Choose the district.' },
        h('option', { value: '' }, 'Choose a district'),
        districts.map((district) => h('option', { value: district.id }, district.name)))),
      field('address', 'Address', input('address', { type: 'text', maxlength: '256', autocomplete: 'address-line1', 'data-message': 'Enter the address.' }), { span: true }))),
    section('space-title', 'The space', h('div', { class: 'form-grid' },
      field('roomCount', 'Rooms', number('roomCount', '1', '100', 'Enter the number of rooms (at least 1).')),
      field('areaSize', 'Area (m²)', number('areaSize', '1', '100000', 'Enter the area in whole square metres.')),
      field('maxGuests', 'Maximum guests', number('maxGuests', '1', '100', 'Enter how many guests may stay (at least 1).')),
      field('floorPlan', 'Floor plan', input('floorPlan', { type: 'text', maxlength: '64', placeholder: '2 bedrooms, 1 living room', 'data-message': 'Describe the floor plan.' }), { span: true }),
      field('bedConfig', 'Beds', input('bedConfig', { type: 'text', maxlength: '256', placeholder: '1 double bed (1.8 m), 1 sofa bed', 'data-message': 'Describe the beds.' }), { span: true }))),
    section('rules-title', 'Stay rules', h('div', { class: 'form-grid' },
      field('minNights', 'Minimum nights', number('minNights', '1', '365', 'Enter the minimum stay (at least 1 night).')),
      field('maxNights', 'Maximum nights', number('maxNights', '0', '365', 'Enter the maximum stay, or 0 for no limit.', { 'aria-describedby': 'max-hint' }),
        { hint: h('p', { id: 'max-hint', class: 'hint' }, '0 means no limit.') }))),
    section('amenities-title', 'Amenities', h('fieldset', { id: 'amenities', 'data-field': 'amenityIds' },
      h('legend', {}, 'What guests can use'),
      h('div', { id: 'amenity-list', class: 'checks' }, amenities.length
        ? amenities.map(amenityBox)
        : h('p', { class: 'muted' }, 'No amenities to choose from.')))));
}

/** Cents as a person types them: "298" for whole yuan, else "298.50". */
function centsText(cents) {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** Puts a house (as GET /houses/{id} answers it, or the defaults of a new one) into the form. */
export function fillHouseForm(form, house) {
  const controls = form.elements;
  for (const name of AS_IS) controls[name].value = house[name] ?? '';
  for (const name of MONEY) controls[name].value = Number.isFinite(house[name]) ? centsText(house[name]) : '';
  controls.districtId.value = house.district?.id ?? '';
  const chosen = new Set((house.amenities ?? []).map((amenity) => amenity.id));
  form.querySelectorAll('input[name="amenityIds"]').forEach((box) => { box.checked = chosen.has(Number(box.value)); });
  controls.description.dispatchEvent(new Event('input'));
}

/** The form as the API's house fields, in the form's order. */
export function readHouseForm(form) {
  const controls = form.elements;
  const text = (name) => controls[name].value.trim();
  const integer = (name) => Number.parseInt(controls[name].value, 10);
  return {
    title: text('title'),
    description: text('description'),
    priceCents: parseCents(controls.priceCents.value),
    depositCents: parseCents(controls.depositCents.value),
    districtId: Number(controls.districtId.value),
    address: text('address'),
    roomCount: integer('roomCount'),
    areaSize: integer('areaSize'),
    maxGuests: integer('maxGuests'),
    floorPlan: text('floorPlan'),
    bedConfig: text('bedConfig'),
    minNights: integer('minNights'),
    maxNights: integer('maxNights'),
    amenityIds: [...form.querySelectorAll('input[name="amenityIds"]:checked')].map((box) => Number(box.value)),
  };
}

/** The fields of `after` that differ from `before` (the amenities as a set). */
export function changedFields(before, after) {
  const same = (a, b) => (Array.isArray(a) ? [...a].sort().join() === [...b].sort().join() : a === b);
  return Object.fromEntries(Object.entries(after).filter(([name, value]) => !same(before[name], value)));
}

/** The checks the controls' attributes cannot express: money as amounts, the night limits together. For onSubmit's beforeCheck. */
export function checkHouseForm(form) {
  const controls = form.elements;
  for (const name of MONEY) {
    const control = controls[name];
    const cents = parseCents(control.value);
    control.setCustomValidity(cents === null || (name === 'priceCents' && cents <= 0) ? control.dataset.message : '');
  }
  const min = Number.parseInt(controls.minNights.value, 10);
  const max = Number.parseInt(controls.maxNights.value, 10);
  controls.maxNights.setCustomValidity(max > 0 && min > 0 && max < min
    ? 'The maximum stay must be at least the minimum stay, or 0 for no limit.' : '');
}
