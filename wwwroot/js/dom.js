// Small DOM helpers: build elements without innerHTML, so text from the API is never parsed as markup.
import { icon } from './icons.js';

/**
 * Creates an element. `props`: `class`, `text`, `dataset`, `on<Event>` listeners, boolean attributes
 * (true sets, false/null/undefined leaves out) and any other attribute. Children may be nodes, strings,
 * numbers, arrays, or null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'text') element.textContent = String(value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'style') throw new Error('No style attributes: use a class from site.css.');
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces every child of `element` with `children`. */
export function replaceChildren(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** `document.querySelector`, throwing when the page lacks the element (a mistake in the page, not the person's). */
export function $(selector, root = document) {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`The page has no ${selector}.`);
  return element;
}

/** The current page's query string. */
export function params() {
  return new URLSearchParams(location.search);
}

/** A positive integer from the query string, or null. */
export function intParam(name) {
  const raw = params().get(name);
  if (raw === null || !/^\d{1,9}$/.test(raw.trim())) return null;
  const value = Number(raw.trim());
  return value > 0 ? value : null;
}

/** A house image, or a neutral placeholder when there is none. */
export function coverImage(url, alt, className = 'cover') {
  if (url) return h('img', { class: className, src: url, alt: alt ?? '', loading: 'lazy', decoding: 'async' });
  return h('div', { class: 'placeholder-cover', role: 'img', 'aria-label': alt ? `${alt} (no photo yet)` : 'No photo yet' }, icon('photo'));
}

/** A round avatar: the picture, or the first letter of the name. Sizes: '', 'sm', 'lg', 'xl'. */
export function avatar(url, name, size = '') {
  const className = `avatar${size ? ` ${size}` : ''}`;
  if (url) return h('img', { class: className, src: url, alt: name ? `${name}'s avatar` : 'Avatar' });
  const initial = (name ?? '').trim().charAt(0) || '?';
  return h('span', { class: className, role: 'img', 'aria-label': name ? `${name}'s avatar` : 'Avatar' }, initial);
}

/** A centred loading line for a container that is filling. */
export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status' }, text);
}

/** A friendly empty state with an icon (a name from icons.js) and an optional call to action. */
export function emptyState({ icon: iconName = 'home', title, text, action } = {}) {
  return h('div', { class: 'empty-state' },
    h('div', { class: 'empty-icon' }, icon(iconName)),
    title ? h('h2', { text: title }) : null,
    text ? h('p', { text }) : null,
    action ? h('a', { class: 'button', href: action.href, text: action.label }) : null);
}
