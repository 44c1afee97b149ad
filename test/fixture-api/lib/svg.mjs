/** On-the-fly SVG images: gradient "photos" at an exact size, and initials avatars. */

import { escapeHtml } from './text.mjs';

/**
 * A gradient with a short label centred across its lower part (three quarters down), exactly `width`×`height`
 * CSS pixels. Not in the middle: that is where a player puts its play button, and a label there was hidden
 * behind it; not at the very bottom either, which a card's centred crop (`object-fit: cover`) can cut off.
 */
export function gradientSvg({ width, height, label, hue }) {
  const fontSize = Math.max(8, Math.round(Math.min(width / 18, height / 8)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="hsl(${hue} 70% 62%)"/><stop offset="1" stop-color="hsl(${(hue + 50) % 360} 60% 38%)"/>
</linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<text x="50%" y="${Math.round(height * 0.75)}" dominant-baseline="central" text-anchor="middle" fill="#fff" fill-opacity="0.92" font-family="system-ui, sans-serif" font-size="${fontSize}">${escapeHtml(label)}</text>
</svg>
`;
}

/** A round-cornered square with up to two initials, `size` pixels wide. */
export function initialsSvg({ size, initials, hue }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
<rect width="100" height="100" rx="18" fill="hsl(${hue} 45% 45%)"/>
<text x="50" y="50" dominant-baseline="central" text-anchor="middle" fill="#fff" font-family="system-ui, sans-serif" font-size="42">${escapeHtml(initials)}</text>
</svg>
`;
}

/** A stable hue for a name, so each avatar keeps its colour. */
export function hueOf(name) {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)) % 360;
  return hash;
}
