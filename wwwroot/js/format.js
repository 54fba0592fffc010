// Dates and money as the pages show them, one format everywhere: "12 Dec 2026" (never broken across lines) and
// "¥12,888" from integer cents. Dates travel as yyyy-MM-dd in URLs and to the API.
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NBSP = '\u00a0';
const grouped = new Intl.NumberFormat('en-US');

/** Integer cents as money: 1288800 -> "¥12,888", 1288850 -> "¥12,888.50" (an em dash when it is no number). */
export function formatCents(cents) {
  const value = Number(cents);
  if (cents === null || cents === undefined || cents === '' || !Number.isFinite(value)) return '—';
  const whole = Math.trunc(Math.abs(value) / 100);
  const fraction = Math.abs(value) % 100;
  const sign = value < 0 ? '-' : '';
  return `${sign}¥${grouped.format(whole)}${fraction ? `.${String(fraction).padStart(2, '0')}` : ''}`;
}

/** A house's deposit: "No deposit" when there is none, else the amount. */
export function formatDeposit(cents) {
  return Number(cents) === 0 ? 'No deposit' : formatCents(cents);
}

const pad = (n) => String(n).padStart(2, '0');
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A Date as a local calendar date, yyyy-MM-dd. */
export function isoDate(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar date of a stay date (yyyy-MM-dd, as is) or of an ISO timestamp (its local date); null when neither. */
function calendarDate(value) {
  if (DATE_ONLY.test(value ?? '')) return value;
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? isoDate(date) : null;
}

/** A yyyy-MM-dd date's numbers `{ y, m, d }` (m from 1). */
export function dateParts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** 0 for Monday … 6 for Sunday. */
export function weekday(iso) {
  const { y, m, d } = dateParts(iso);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * A stay date or a timestamp as "12 Dec 2026", or with `weekday` "Fri, 12 Dec 2026"; the words are joined by
 * no-break spaces so a date never breaks across lines. An em dash when there is no date.
 */
export function formatDate(value, { weekday: withWeekday = false } = {}) {
  const iso = calendarDate(value);
  if (!iso) return value ? String(value) : '—';
  const { y, m, d } = dateParts(iso);
  const date = [d, MONTHS[m - 1].slice(0, 3), y].join(NBSP);
  return withWeekday ? `${WEEKDAYS[weekday(iso)].slice(0, 3)},${NBSP}${date}` : date;
}

/** A stay date as "12 Dec", for sentences about nights of this year's calendar. */
export function shortDate(iso) {
  const { m, d } = dateParts(iso);
  return `${d}${NBSP}${MONTHS[m - 1].slice(0, 3)}`;
}

/**
 * A stay from check-in to check-out: "12 Dec 2026 → 15 Dec 2026" (options as for formatDate); a narrow line
 * breaks before the arrow only.
 */
export function formatStay(checkIn, checkOut, options = {}) {
  return `${formatDate(checkIn, options)} →${NBSP}${formatDate(checkOut, options)}`;
}

/** An ISO timestamp as the local "12 Dec 2026, 14:30". */
export function formatDateTime(value) {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${formatDate(isoDate(date))}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today's local date, yyyy-MM-dd. */
export function today() {
  return isoDate(new Date());
}

/** Whether a string is a real calendar date yyyy-MM-dd. */
export function isDate(value) {
  if (!DATE_ONLY.test(value ?? '')) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function utcDays(value) {
  const [y, m, d] = value.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** yyyy-MM-dd plus `days`. */
export function addDays(value, days) {
  const date = new Date((utcDays(value) + days) * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Nights between check-in and check-out (check-out exclusive); null unless both are real dates. */
export function nightsBetween(checkIn, checkOut) {
  if (!isDate(checkIn) || !isDate(checkOut)) return null;
  return Math.round(utcDays(checkOut) - utcDays(checkIn));
}

/** Currency units typed by a person ("123.4", "1,200") as integer cents, or null when it is no amount. */
export function parseCents(text) {
  const cleaned = String(text ?? '').replace(/[\s,¥]/g, '');
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  const [units, fraction = ''] = cleaned.split('.');
  return Number(units) * 100 + Number(fraction.padEnd(2, '0'));
}

/** "1 night" / "3 nights". */
export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
