// Page links for the API's paged lists ({ page, totalPages }): real links, so Back and reload work.
import { h, replaceChildren } from './dom.js';

/** The page numbers to show: first, last, and a window around the current page, with null for a gap. */
export function pageWindow(page, totalPages, around = 1) {
  const pages = [];
  for (let n = 1; n <= totalPages; n += 1) {
    if (n === 1 || n === totalPages || Math.abs(n - page) <= around) pages.push(n);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

/** This page's URL with ?page=n (other query parameters kept). */
export function pageHref(n) {
  const url = new URL(location.href);
  if (n <= 1) url.searchParams.delete('page');
  else url.searchParams.set('page', String(n));
  return url.pathname + url.search;
}

/** Fills `nav` with Previous / numbers / Next for a paged result; empties it when there is one page. */
export function renderPager(nav, { page, totalPages }, hrefFor = pageHref) {
  if (!totalPages || totalPages <= 1) {
    replaceChildren(nav);
    nav.hidden = true;
    return;
  }
  const edge = (n, label, rel) => (n >= 1 && n <= totalPages
    ? h('a', { href: hrefFor(n), rel }, label)
    : h('span', { class: 'disabled', 'aria-disabled': 'true' }, label));
  const items = [edge(page - 1, '‹ Previous', 'prev')];
  for (const n of pageWindow(page, totalPages)) {
    items.push(n === null
      ? h('span', { 'aria-hidden': 'true' }, '…')
      : h('a', { href: hrefFor(n), 'aria-current': n === page ? 'page' : null, 'aria-label': `Page ${n}` }, String(n)));
  }
  items.push(edge(page + 1, 'Next ›', 'next'));
  replaceChildren(nav, h('div', { class: 'pager' }, items));
  nav.hidden = false;
}

/** The ?page= of this page (1 when absent or not a positive integer). */
export function currentPage() {
  const raw = new URLSearchParams(location.search).get('page');
  return raw && /^\d{1,6}$/.test(raw) && Number(raw) > 0 ? Number(raw) : 1;
}
