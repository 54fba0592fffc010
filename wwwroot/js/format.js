// Dates and money as the pages show them: dates yyyy-MM-dd, money from integer cents.
export { formatCents } from './api.js';

const pad = (n) => String(n).padStart(2, '0');
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A Date as a local calendar date, yyyy-MM-dd. */
export function isoDate(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A stay date (already yyyy-MM-dd) as is, or an ISO timestamp as the local date yyyy-MM-dd. */
export function formatDate(value) {
  if (!value) return '—';
  if (DATE_ONLY.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : isoDate(date);
}

/** An ISO timestamp as the local yyyy-MM-dd HH:mm. */
export function formatDateTime(value) {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${isoDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
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
