// A few line icons as inline SVG (no icon font, no emoji that a system may lack). Decorative: aria-hidden.
const SVG = 'http://www.w3.org/2000/svg';

export const ICONS = {
  home: ['M3 10.5 12 3l9 7.5', 'M5 9v12h5v-6h4v6h5V9'],
  search: ['M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z', 'm20 20-4-4'],
  suitcase: ['M4 8h16v12H4z', 'M9 8V5h6v3', 'M4 13h16'],
  inbox: ['M3 13h5l2 3h4l2-3h5', 'M5.5 5h13L21 13v6H3v-6z'],
  idcard: ['M3 5h18v14H3z', 'M9 9a2 2 0 1 0 0 4a2 2 0 1 0 0-4z', 'M6 16c.5-1.5 1.6-2 3-2s2.5.5 3 2', 'M14 10h4', 'M14 13h3'],
  user: ['M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8z', 'M4 21c0-4 3.6-6 8-6s8 2 8 6'],
  alert: ['M12 3 2 20h20z', 'M12 10v4', 'M12 17h.01'],
  plus: ['M12 5v14', 'M5 12h14'],
  photo: ['M3 5h18v14H3z', 'm3 16 5-5 4 4 3-3 6 6', 'M15.5 8.5h.01'],
};

/** An SVG icon by name (see ICONS), sized by CSS (class "icon" plus `className`). */
export function icon(name, className = '') {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', `icon ${className}`.trim());
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name] ?? ICONS.home) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
