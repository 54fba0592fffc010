// A two-month calendar of nights on which a stay is picked: a first day, then a last one. Days are buttons in
// a table with one tab stop: arrows, Home/End and Page Up/Down move the focus, Enter or Space picks.
import { api } from './api.js';
import { h, replaceChildren } from './dom.js';
import { addDays, dateParts, MONTHS, nightsBetween, plural, shortDate, today, WEEKDAYS, weekday } from './format.js';

// The calendar answers at most 731 days; bookings reach 730 days ahead.
const CALENDAR_DAYS = 730;

const pad = (n) => String(n).padStart(2, '0');

function monthOf(iso) {
  return `${iso.slice(0, 7)}-01`;
}

function addMonths(first, count) {
  const { y, m } = dateParts(first);
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

function monthTitle(first) {
  const { y, m } = dateParts(first);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "Friday, 12 December 2026". */
export function longDate(iso) {
  const { y, m, d } = dateParts(iso);
  return `${WEEKDAYS[weekday(iso)]}, ${d} ${MONTHS[m - 1]} ${y}`;
}

/** The nights of a run `{ checkIn, checkOut }` (check-out exclusive) in words: "12 Dec" or "12 Dec – 14 Dec". */
export function nightsText({ checkIn, checkOut }) {
  const last = addDays(checkOut, -1);
  return last === checkIn ? shortDate(checkIn) : `${shortDate(checkIn)} – ${shortDate(last)}`;
}

/** The parts of `ranges` that fall within the nights of `[checkIn, checkOut)`. */
export function overlaps(ranges, checkIn, checkOut) {
  return ranges
    .filter((range) => range.checkIn < checkOut && checkIn < range.checkOut)
    .map((range) => ({
      checkIn: range.checkIn > checkIn ? range.checkIn : checkIn,
      checkOut: range.checkOut < checkOut ? range.checkOut : checkOut,
    }));
}

/** The first of `ranges` that holds the night `iso`, or undefined. */
export function rangeOf(ranges, iso) {
  return ranges.find((range) => range.checkIn <= iso && iso < range.checkOut);
}

/**
 * A range picker. Options:
 * - `label`: names the calendar for assistive technology;
 * - `nightInfo(iso)`: null for a free night, else `{ kind, label }` (kind is a CSS modifier, label a word or two);
 *   no picked range holds a taken night;
 * - `end`: 'checkOut' (the second day picked is the day the guest leaves) or 'lastNight' (it is the last night);
 * - `onChange({ checkIn, checkOut })`: after each pick (checkOut null until the second one);
 * - `onTakenPick(iso, info)`: a taken night was picked; without it taken nights are disabled;
 * - `prompts`: the status line's `{ first, second }` words.
 * Returns `{ element, range(), setRange(checkIn, checkOut), clear(), refresh() }`.
 */
export function createRangePicker({
  label,
  nightInfo = () => null,
  end = 'checkOut',
  onChange = () => {},
  onTakenPick = null,
  prompts = { first: 'Choose your check-in day.', second: 'Now choose your check-out day.' },
}) {
  const min = today();
  const firstMonth = monthOf(min);
  const lastNight = end === 'lastNight';
  let view = firstMonth;
  let focusDate = min;
  let checkIn = null;
  let checkOut = null;
  // While a range is half picked: its first taken night from check-in on (null when none), set by render().
  let limit = null;

  const previous = h('button', { type: 'button', class: 'button secondary small', 'aria-label': 'Previous month' }, '‹ Previous');
  const next = h('button', { type: 'button', class: 'button secondary small', 'aria-label': 'Next month' }, 'Next ›');
  const months = h('div', { class: 'calendar-months' });
  const status = h('p', { class: 'calendar-status', role: 'status' });
  const element = h('div', { class: 'calendar', role: 'group', 'aria-label': label },
    h('div', { class: 'calendar-nav' }, previous, next), months, status);

  /** The first taken night from `from` on, within the longest stay; null when there is none. */
  function firstTakenFrom(from) {
    for (let night = from, n = 0; n <= 366; night = addDays(night, 1), n += 1) {
      if (nightInfo(night)) return night;
    }
    return null;
  }

  /** Whether picking `iso` now would end the range that starts at check-in. */
  function endsRange(iso) {
    if (!checkIn || checkOut) return false;
    return lastNight
      ? iso >= checkIn && (limit === null || iso < limit)
      : iso > checkIn && (limit === null || iso <= limit);
  }

  function chosen(iso) {
    if (!checkIn) return false;
    if (!checkOut) return iso === checkIn;
    return lastNight ? iso >= checkIn && iso < checkOut : iso >= checkIn && iso <= checkOut;
  }

  function dayLabel(iso, info) {
    const words = [longDate(iso)];
    if (iso < min) words.push('past');
    else if (info) words.push(info.label);
    // Not "check-in": the date fields beside the calendar are labelled so.
    if (iso === checkIn) words.push(lastNight ? 'first night' : 'arrival day');
    else if (checkOut && !lastNight && iso === checkOut) words.push('departure day');
    else if (checkOut && lastNight && iso === addDays(checkOut, -1)) words.push('last night');
    return words.join(', ');
  }

  function dayButton(iso) {
    const info = iso < min ? null : nightInfo(iso);
    const disabled = iso < min || (info && !endsRange(iso) && !onTakenPick);
    const classes = ['day'];
    if (info) classes.push('taken', `kind-${info.kind}`);
    if (iso < min) classes.push('past');
    if (chosen(iso)) classes.push('chosen');
    if (iso === checkIn) classes.push('range-start');
    if (checkOut && iso === (lastNight ? addDays(checkOut, -1) : checkOut)) classes.push('range-end');
    if (iso === min) classes.push('today');
    return h('button', {
      type: 'button',
      class: classes.join(' '),
      'data-date': iso,
      tabindex: iso === focusDate ? '0' : '-1',
      'aria-label': dayLabel(iso, info),
      'aria-pressed': chosen(iso) ? 'true' : 'false',
      'aria-disabled': disabled ? 'true' : null,
      title: info ? info.label : null,
    }, String(dateParts(iso).d));
  }

  function monthTable(first) {
    const cells = Array.from({ length: weekday(first) }, () => h('td', {}));
    for (let day = first; day < addMonths(first, 1); day = addDays(day, 1)) cells.push(h('td', {}, dayButton(day)));
    while (cells.length % 7) cells.push(h('td', {}));
    const rows = [];
    for (let i = 0; i < cells.length; i += 7) rows.push(h('tr', {}, cells.slice(i, i + 7)));
    return h('table', { class: 'calendar-month' },
      h('caption', { text: monthTitle(first) }),
      h('thead', {}, h('tr', {}, WEEKDAYS.map((name) => h('th', { scope: 'col' }, h('abbr', { title: name }, name.slice(0, 2)))))),
      h('tbody', {}, rows));
  }

  function visible(iso) {
    return iso >= view && iso < addMonths(view, 2);
  }

  function render({ focus = false } = {}) {
    if (!visible(focusDate)) focusDate = view === firstMonth ? min : view;
    limit = checkIn && !checkOut ? firstTakenFrom(checkIn) : null;
    replaceChildren(months, monthTable(view), monthTable(addMonths(view, 1)));
    previous.disabled = view <= firstMonth;
    const nights = checkIn && checkOut ? nightsBetween(checkIn, checkOut) : null;
    status.textContent = !checkIn ? prompts.first
      : !checkOut ? `${shortDate(checkIn)} chosen. ${prompts.second}`
        : lastNight ? `${nightsText({ checkIn, checkOut })}: ${plural(nights, 'night')}`
          : `${shortDate(checkIn)} → ${shortDate(checkOut)}: ${plural(nights, 'night')}`;
    if (focus) months.querySelector(`[data-date="${focusDate}"]`)?.focus();
  }

  function show(iso) {
    if (iso < view) view = monthOf(iso);
    else if (iso >= addMonths(view, 2)) view = addMonths(monthOf(iso), -1);
  }

  function moveFocus(iso) {
    if (iso < firstMonth) return;
    focusDate = iso;
    show(iso);
    render({ focus: true });
  }

  function pick(iso) {
    const info = nightInfo(iso);
    focusDate = iso;
    if (endsRange(iso)) {
      checkOut = lastNight ? addDays(iso, 1) : iso;
    } else if (info) {
      render({ focus: true });
      onTakenPick?.(iso, info);
      return;
    } else {
      checkIn = iso;
      checkOut = null;
    }
    render({ focus: true });
    onChange({ checkIn, checkOut });
  }

  months.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-date]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    pick(button.dataset.date);
  });

  const KEY_STEPS = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
  months.addEventListener('keydown', (event) => {
    const button = event.target.closest('button[data-date]');
    if (!button) return;
    const iso = button.dataset.date;
    let target = null;
    if (event.key in KEY_STEPS) target = addDays(iso, KEY_STEPS[event.key]);
    else if (event.key === 'Home') target = addDays(iso, -weekday(iso));
    else if (event.key === 'End') target = addDays(iso, 6 - weekday(iso));
    else if (event.key === 'PageUp' || event.key === 'PageDown') {
      const month = addMonths(monthOf(iso), event.key === 'PageUp' ? -1 : 1);
      const day = Math.min(dateParts(iso).d, nightsBetween(month, addMonths(month, 1)));
      target = `${month.slice(0, 8)}${pad(day)}`;
    }
    if (target === null) return;
    event.preventDefault();
    moveFocus(target);
  });

  previous.addEventListener('click', () => {
    view = addMonths(view, -1);
    render();
  });
  next.addEventListener('click', () => {
    view = addMonths(view, 1);
    render();
  });

  render();
  return {
    element,
    range: () => ({ checkIn, checkOut }),
    /** Shows a range chosen elsewhere (a link, a date field); a start in the past or no start clears it. */
    setRange(start, stop) {
      checkIn = start && start >= min ? start : null;
      checkOut = checkIn && stop && stop > checkIn ? stop : null;
      if (checkIn) {
        focusDate = checkIn;
        view = monthOf(checkIn);
      }
      render();
    },
    clear() {
      checkIn = null;
      checkOut = null;
      render();
    },
    refresh: () => render({ focus: months.contains(document.activeElement) }),
  };
}

/** The house's taken nights from today on, as `GET /houses/{id}/calendar` answers them. */
async function loadUnavailable(houseId) {
  const from = today();
  const answer = await api(`/houses/${encodeURIComponent(houseId)}/calendar`, { query: { from, to: addDays(from, CALENDAR_DAYS) } });
  return answer.unavailable;
}

/**
 * The picker for a guest: the house's taken nights greyed out and refused. `reload()` reads the calendar again
 * and answers the taken ranges. Options as for createRangePicker.
 */
export async function createHousePicker(houseId, options) {
  let unavailable = await loadUnavailable(houseId);
  const picker = createRangePicker({
    nightInfo: (iso) => (rangeOf(unavailable, iso) ? { kind: 'unavailable', label: 'unavailable' } : null),
    ...options,
  });
  return {
    ...picker,
    async reload() {
      unavailable = await loadUnavailable(houseId);
      picker.refresh();
      return unavailable;
    },
  };
}
