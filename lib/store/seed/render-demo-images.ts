// Draws the demo shop's avatar and product images as SVG and rasterises them to WebP.
// Run from the repo root: npx tsx lib/store/seed/render-demo-images.ts
// Output is deterministic (no Math.random, no dates), so re-running does not churn the images in git.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { demoBusiness, demoProducts, type SeedProduct } from './demo-business';

const PUBLIC_DIR = path.resolve('public');
const WEBP_QUALITIES = [80, 76, 72, 68] as const;
const TARGET_BYTES = 40 * 1024;

// ---------------------------------------------------------------------------------------------
// Utilities

/** FNV-1a, so a SKU always maps to the same seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny seeded PRNG for scattering coffee beans reproducibly. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

interface Drawing {
  defs: string;
  body: string;
  /** Contact shadow under the object. */
  shadow: { cx: number; cy: number; rx: number; ry: number };
}

interface Palette {
  top: string;
  bottom: string;
  floor: string;
  shadow: string;
}

const PALETTES: Record<string, Palette> = {
  batik: { top: '#F7EFE4', bottom: '#ECDDCB', floor: '#E3D0B9', shadow: '#5A3A22' },
  kerajinan: { top: '#EFF3EA', bottom: '#DFE7D6', floor: '#D2DDC6', shadow: '#33402B' },
  kopi: { top: '#F8ECE5', bottom: '#EFD8CB', floor: '#E6C8B7', shadow: '#55301F' },
};
const FALLBACK_PALETTE: Palette = {
  top: '#F2F0EC',
  bottom: '#E4E0D8',
  floor: '#D9D3C8',
  shadow: '#3D3A35',
};

function scene(palette: Palette, d: Drawing): string {
  const { cx, cy, rx, ry } = d.shadow;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="800" viewBox="0 0 800 800">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.top}"/><stop offset="1" stop-color="${palette.bottom}"/></linearGradient>
<linearGradient id="floor" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.floor}" stop-opacity="0"/><stop offset="0.35" stop-color="${palette.floor}" stop-opacity="0.7"/><stop offset="1" stop-color="${palette.floor}"/></linearGradient>
<radialGradient id="glow" cx="0.5" cy="0.4" r="0.5"><stop offset="0" stop-color="#FFFFFF" stop-opacity="0.6"/><stop offset="1" stop-color="#FFFFFF" stop-opacity="0"/></radialGradient>
<filter id="blurShadow" x="-50%" y="-200%" width="200%" height="500%"><feGaussianBlur stdDeviation="16"/></filter>
<filter id="blurTight" x="-50%" y="-200%" width="200%" height="500%"><feGaussianBlur stdDeviation="5"/></filter>
${d.defs}
</defs>
<rect width="800" height="800" fill="url(#bg)"/>
<rect y="560" width="800" height="240" fill="url(#floor)"/>
<rect width="800" height="800" fill="url(#glow)"/>
<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${palette.shadow}" opacity="0.22" filter="url(#blurShadow)"/>
<ellipse cx="${cx}" cy="${cy - 2}" rx="${r1(rx * 0.8)}" ry="${r1(ry * 0.45)}" fill="${palette.shadow}" opacity="0.25" filter="url(#blurTight)"/>
${d.body}
</svg>`;
}

/** Soft side-to-side shading that gives flat shapes some volume. */
function shadeGradient(id: string, strength = 1): string {
  const s = (v: number): string => r1(v * strength * 100) + '%';
  return `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">
<stop offset="0" stop-color="#000" stop-opacity="${s(0.26)}"/>
<stop offset="0.22" stop-color="#000" stop-opacity="0"/>
<stop offset="0.45" stop-color="#FFF" stop-opacity="${s(0.1)}"/>
<stop offset="0.7" stop-color="#000" stop-opacity="0"/>
<stop offset="1" stop-color="#000" stop-opacity="${s(0.3)}"/>
</linearGradient>`;
}

// ---------------------------------------------------------------------------------------------
// Batik patterns (tiles in user space so clothes and close-ups share the same motif scale)

function parangPattern(
  id: string,
  c: { bg: string; band: string; line: string; dot: string },
  scale = 1,
): string {
  // Parang: diagonal bands of S-shaped blades separated by a row of dots (mlinjon).
  return `<pattern id="${id}" width="60" height="60" patternUnits="userSpaceOnUse" patternTransform="rotate(-45) scale(${scale})">
<rect width="60" height="60" fill="${c.bg}"/>
<rect y="3" width="60" height="41" fill="${c.band}"/>
<path d="M-4 38 C6 38 10 30 16 22 C22 13 28 8 38 8 C46 8 50 14 48 20 C46 26 38 26 36 20 C40 22 44 18 41 14 C37 10 30 14 26 22 C20 34 12 42 -4 42 Z" fill="${c.line}"/>
<path d="M56 38 C66 38 70 30 76 22 C82 13 88 8 98 8 L98 12 C90 12 84 16 80 24 C74 36 66 42 56 42 Z" fill="${c.line}"/>
<path d="M18 40 C28 40 34 30 38 30 C42 30 44 34 40 38" fill="none" stroke="${c.line}" stroke-width="2.4" stroke-linecap="round"/>
<circle cx="46" cy="30" r="2.2" fill="${c.line}"/>
<rect y="46" width="60" height="2.2" fill="${c.line}"/>
<rect y="56.5" width="60" height="2.2" fill="${c.line}"/>
<circle cx="15" cy="52.3" r="2.8" fill="${c.dot}"/>
<circle cx="45" cy="52.3" r="2.8" fill="${c.dot}"/>
</pattern>`;
}

function kawungPattern(
  id: string,
  c: { bg: string; petal: string; line: string; dot: string },
  scale = 1,
): string {
  // Kawung: four oval "palm fruit" petals around a point, repeated on a grid turned 45°.
  const petal = (cx: number, cy: number, rot: number): string =>
    `<g transform="translate(${cx} ${cy}) rotate(${rot})"><ellipse rx="10.5" ry="12.6" fill="${c.petal}" stroke="${c.line}" stroke-width="2.2"/><ellipse rx="4" ry="6.5" fill="none" stroke="${c.line}" stroke-width="1.4"/><circle cy="-2" r="1.3" fill="${c.line}"/></g>`;
  return `<pattern id="${id}" width="48" height="48" patternUnits="userSpaceOnUse" patternTransform="rotate(45) scale(${scale})">
<rect width="48" height="48" fill="${c.bg}"/>
${petal(24, 12, 0)}${petal(24, 36, 0)}${petal(12, 24, 90)}${petal(36, 24, 90)}
<circle cx="24" cy="24" r="3.4" fill="${c.dot}"/>
<path d="M0 0 l4 0 M0 0 l0 4 M48 0 l-4 0 M48 0 l0 4 M0 48 l4 0 M0 48 l0 -4 M48 48 l-4 0 M48 48 l0 -4" stroke="${c.line}" stroke-width="2"/>
<circle cx="0" cy="0" r="2.4" fill="${c.line}"/><circle cx="48" cy="0" r="2.4" fill="${c.line}"/><circle cx="0" cy="48" r="2.4" fill="${c.line}"/><circle cx="48" cy="48" r="2.4" fill="${c.line}"/>
</pattern>`;
}

const CLOUD =
  'M-60 10 C-64 -8 -46 -16 -36 -8 C-34 -28 -10 -32 -2 -16 C6 -34 32 -30 32 -10 C46 -18 64 -4 56 10 C64 22 48 30 36 22 C28 34 8 32 2 22 C-8 34 -30 32 -34 20 C-50 28 -64 22 -60 10 Z';

function megaMendungPattern(id: string, bg: string, blues: readonly string[]): string {
  // Mega mendung: layered clouds drawn as shrinking copies of one outline, dark to light.
  const cloud = (x: number, y: number, s: number): string =>
    blues
      .map((col, i) => {
        const k = s * (1 - i * 0.17);
        return `<path d="${CLOUD}" transform="translate(${x} ${y}) scale(${(Math.round(k * 100) / 100).toString()})" fill="${col}"/>`;
      })
      .join('');
  return `<pattern id="${id}" width="150" height="104" patternUnits="userSpaceOnUse" patternTransform="translate(10 4)">
<rect width="150" height="104" fill="${bg}"/>
${cloud(0, 0, 0.92)}${cloud(150, 0, 0.92)}${cloud(0, 104, 0.92)}${cloud(150, 104, 0.92)}${cloud(75, 52, 0.92)}
</pattern>`;
}

function truntumPattern(id: string, c: { bg: string; flower: string; dot: string }): string {
  // Truntum: small star-like blossoms scattered on a dark sogan ground.
  const flower = (x: number, y: number): string => {
    const petals = Array.from({ length: 8 }, (_, i) => {
      const a = (i * Math.PI) / 4;
      return `<circle cx="${r1(x + Math.cos(a) * 6)}" cy="${r1(y + Math.sin(a) * 6)}" r="2.3" fill="${c.flower}"/>`;
    }).join('');
    return `${petals}<circle cx="${x}" cy="${y}" r="2.2" fill="${c.dot}"/>`;
  };
  return `<pattern id="${id}" width="44" height="44" patternUnits="userSpaceOnUse">
<rect width="44" height="44" fill="${c.bg}"/>
${flower(22, 22)}${flower(0, 0)}${flower(44, 0)}${flower(0, 44)}${flower(44, 44)}
<circle cx="22" cy="3" r="1.3" fill="${c.dot}"/><circle cx="3" cy="22" r="1.3" fill="${c.dot}"/><circle cx="41" cy="22" r="1.3" fill="${c.dot}"/><circle cx="22" cy="41" r="1.3" fill="${c.dot}"/>
</pattern>`;
}

function buketanPattern(
  id: string,
  c: { bg: string; petal: string; petal2: string; centre: string; leaf: string; dot: string },
): string {
  // Buketan: Pekalongan coastal bouquets in bright colours, with tiny filler dots (isen-isen).
  const flower = (x: number, y: number, r: number, fill: string): string => {
    const petals = Array.from({ length: 5 }, (_, i) => {
      const a = i * 72;
      return `<ellipse cx="0" cy="${r1(-r * 0.62)}" rx="${r1(r * 0.42)}" ry="${r1(r * 0.6)}" transform="rotate(${a})" fill="${fill}"/>`;
    }).join('');
    return `<g transform="translate(${x} ${y})">${petals}<circle r="${r1(r * 0.3)}" fill="${c.centre}"/></g>`;
  };
  const leaf = (x: number, y: number, rot: number): string =>
    `<path d="M0 0 C8 -10 22 -10 30 0 C22 10 8 10 0 0 Z" transform="translate(${x} ${y}) rotate(${rot})" fill="${c.leaf}"/>`;
  const bouquet = (x: number, y: number): string =>
    `<g transform="translate(${x} ${y})">${leaf(-4, 6, 150)}${leaf(6, 8, 30)}${leaf(-2, -10, 250)}${leaf(14, 18, 70)}${flower(-14, 0, 16, c.petal)}${flower(14, -8, 12, c.petal2)}${flower(6, 16, 10, c.petal)}</g>`;
  const dots = [
    [10, 60],
    [40, 46],
    [70, 14],
    [100, 90],
    [110, 30],
    [52, 100],
    [26, 84],
    [88, 62],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="1.8" fill="${c.dot}"/>`)
    .join('');
  return `<pattern id="${id}" width="120" height="110" patternUnits="userSpaceOnUse">
<rect width="120" height="110" fill="${c.bg}"/>
${dots}${bouquet(30, 28)}${bouquet(90, 83)}${bouquet(-30, 83)}${bouquet(150, 28)}${bouquet(30, 138)}${bouquet(90, -27)}
</pattern>`;
}

function ceplokPattern(
  id: string,
  c: { bg: string; star: string; centre: string; line: string },
): string {
  // Ceplok: geometric four-petal stars on a square grid.
  return `<pattern id="${id}" width="40" height="40" patternUnits="userSpaceOnUse">
<rect width="40" height="40" fill="${c.bg}"/>
<path d="M20 6 Q24 16 34 20 Q24 24 20 34 Q16 24 6 20 Q16 16 20 6 Z" fill="${c.star}"/>
<circle cx="20" cy="20" r="3.4" fill="${c.centre}"/>
<path d="M0 0 L6 0 L0 6 Z M40 0 L34 0 L40 6 Z M0 40 L6 40 L0 34 Z M40 40 L34 40 L40 34 Z" fill="${c.line}"/>
<circle cx="20" cy="1" r="1.4" fill="${c.line}"/><circle cx="1" cy="20" r="1.4" fill="${c.line}"/><circle cx="39" cy="20" r="1.4" fill="${c.line}"/><circle cx="20" cy="39" r="1.4" fill="${c.line}"/>
</pattern>`;
}

// ---------------------------------------------------------------------------------------------
// Garments and cloth

const SHIRT =
  'M345 168 L252 196 Q206 210 188 262 L158 352 Q200 380 246 394 L272 324 L270 642 Q400 660 530 642 L528 324 L554 394 Q600 380 642 352 L612 262 Q594 210 548 196 L455 168 Q400 214 345 168 Z';

function shirt(pattern: string, outline: string, button: string): Drawing {
  const collarLeft = 'M345 168 Q352 202 398 238 L370 256 Q334 216 330 174 Z';
  const buttons = [272, 340, 408, 476, 544, 612]
    .map(
      (y) =>
        `<circle cx="400" cy="${y}" r="5.5" fill="${button}" stroke="${outline}" stroke-opacity="0.5" stroke-width="1.5"/>`,
    )
    .join('');
  return {
    defs: shadeGradient('shirtShade'),
    shadow: { cx: 400, cy: 662, rx: 200, ry: 20 },
    body: `<g stroke-linejoin="round">
<path d="M345 168 Q400 150 455 168 Q400 196 345 168 Z" fill="${outline}"/>
<path d="${SHIRT}" fill="url(#${pattern})"/>
<path d="${SHIRT}" fill="url(#shirtShade)"/>
<path d="M166 330 Q206 356 252 372 M634 330 Q594 356 548 372" fill="none" stroke="${outline}" stroke-opacity="0.55" stroke-width="2.5"/>
<path d="M272 324 Q264 258 252 198 M528 324 Q536 258 548 198" fill="none" stroke="${outline}" stroke-opacity="0.4" stroke-width="2.5"/>
<path d="M296 282 h64 v62 q-32 10 -64 0 Z" fill="none" stroke="${outline}" stroke-opacity="0.45" stroke-width="2.5"/>
<rect x="390" y="222" width="20" height="428" fill="url(#${pattern})" stroke="${outline}" stroke-opacity="0.45" stroke-width="2"/>
${buttons}
<path d="${collarLeft}" fill="url(#${pattern})" stroke="${outline}" stroke-width="2.5"/>
<g transform="translate(800 0) scale(-1 1)"><path d="${collarLeft}" fill="url(#${pattern})" stroke="${outline}" stroke-width="2.5"/></g>
<path d="M370 256 Q334 216 330 174 L345 168 Q352 202 398 238 Z" fill="#000" opacity="0.12"/>
<path d="${SHIRT}" fill="none" stroke="${outline}" stroke-width="3"/>
</g>`,
  };
}

function foldedShirt(pattern: string, outline: string, button: string, lining: string): Drawing {
  // Shop-folded shirt seen from above.
  const flap = 'M324 236 Q334 282 398 306 L368 326 Q314 296 304 240 Z';
  return {
    defs: `${shadeGradient('foldShade', 0.8)}
<linearGradient id="foldTop" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#FFF" stop-opacity="0.14"/><stop offset="1" stop-color="#000" stop-opacity="0.1"/></linearGradient>`,
    shadow: { cx: 400, cy: 614, rx: 250, ry: 22 },
    body: `<g stroke-linejoin="round">
<rect x="190" y="206" width="420" height="404" rx="22" fill="url(#${pattern})"/>
<rect x="190" y="206" width="420" height="404" rx="22" fill="url(#foldTop)"/>
<rect x="190" y="206" width="420" height="404" rx="22" fill="url(#foldShade)"/>
<path d="M236 212 V604 M564 212 V604" stroke="${outline}" stroke-opacity="0.35" stroke-width="3"/>
<rect x="390" y="300" width="20" height="310" fill="url(#${pattern})" stroke="${outline}" stroke-opacity="0.45" stroke-width="2"/>
${[350, 420, 490, 560].map((y) => `<circle cx="400" cy="${y}" r="6" fill="${button}" stroke="${outline}" stroke-opacity="0.5" stroke-width="1.5"/>`).join('')}
<ellipse cx="400" cy="250" rx="100" ry="48" fill="url(#${pattern})" stroke="${outline}" stroke-width="2.5"/>
<ellipse cx="400" cy="246" rx="78" ry="32" fill="${lining}"/>
<path d="M322 246 A78 32 0 0 1 478 246 A78 14 0 0 0 322 246 Z" fill="#000" opacity="0.35"/>
<path d="M330 256 A72 24 0 0 0 470 256" fill="none" stroke="#000" stroke-opacity="0.12" stroke-width="6"/>
<ellipse cx="400" cy="246" rx="78" ry="32" fill="none" stroke="${outline}" stroke-width="2.5"/>
<path d="${flap}" fill="url(#${pattern})" stroke="${outline}" stroke-width="2.5"/>
<g transform="translate(800 0) scale(-1 1)"><path d="${flap}" fill="url(#${pattern})" stroke="${outline}" stroke-width="2.5"/></g>
<rect x="190" y="206" width="420" height="404" rx="22" fill="none" stroke="${outline}" stroke-width="3"/>
</g>`,
  };
}

function hangingCloth(pattern: string, border: string, outline: string): Drawing {
  const cloth =
    'M214 186 L586 186 L598 628 Q548 646 500 632 Q450 618 400 636 Q350 652 300 634 Q250 618 202 640 Z';
  return {
    defs: `<clipPath id="clothClip"><path d="${cloth}"/></clipPath>
<linearGradient id="drape" x1="0" y1="0" x2="1" y2="0">
${Array.from({ length: 9 }, (_, i) => `<stop offset="${r1(i / 8)}" stop-color="${i % 2 ? '#FFF' : '#000'}" stop-opacity="${i % 2 ? 0.09 : 0.16}"/>`).join('')}
</linearGradient>
<linearGradient id="rod" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#B07A45"/><stop offset="1" stop-color="#6E4320"/></linearGradient>`,
    shadow: { cx: 400, cy: 690, rx: 230, ry: 18 },
    body: `<g stroke-linejoin="round">
<g clip-path="url(#clothClip)">
<rect x="190" y="170" width="420" height="490" fill="url(#${pattern})"/>
<rect x="190" y="170" width="44" height="490" fill="${border}"/>
<rect x="566" y="170" width="44" height="490" fill="${border}"/>
${Array.from({ length: 17 }, (_, i) => `<circle cx="224" cy="${200 + i * 26}" r="3.6" fill="#EAD9B8"/><circle cx="577" cy="${200 + i * 26}" r="3.6" fill="#EAD9B8"/>`).join('')}
<path d="M234 170 V660 M566 170 V660" stroke="${outline}" stroke-width="3"/>
<rect x="190" y="170" width="420" height="490" fill="url(#drape)"/>
</g>
<path d="${cloth}" fill="none" stroke="${outline}" stroke-width="2.5" stroke-opacity="0.7"/>
<rect x="150" y="168" width="500" height="22" rx="11" fill="url(#rod)"/>
<circle cx="150" cy="179" r="17" fill="#6E4320"/><circle cx="650" cy="179" r="17" fill="#6E4320"/>
<circle cx="145" cy="174" r="5" fill="#FFF" opacity="0.25"/><circle cx="645" cy="174" r="5" fill="#FFF" opacity="0.25"/>
<path d="M300 168 L400 96 L500 168" fill="none" stroke="#5B4636" stroke-width="3"/>
<circle cx="400" cy="92" r="7" fill="#8A7565"/>
</g>`,
  };
}

function clothDetailWithCanting(pattern: string, border: string): Drawing {
  const sheet = 'M150 220 L640 160 L676 600 L186 662 Z';
  return {
    defs: `<linearGradient id="copper" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#E2A56A"/><stop offset="1" stop-color="#8E4E22"/></linearGradient>
<linearGradient id="bamboo" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#E3C88E"/><stop offset="1" stop-color="#A8864E"/></linearGradient>
<clipPath id="sheetClip"><path d="${sheet}"/></clipPath>
<radialGradient id="sheetLight" cx="0.35" cy="0.3" r="0.8"><stop offset="0" stop-color="#FFF" stop-opacity="0.14"/><stop offset="1" stop-color="#000" stop-opacity="0.14"/></radialGradient>`,
    shadow: { cx: 412, cy: 640, rx: 270, ry: 30 },
    body: `<g clip-path="url(#sheetClip)">
<rect x="100" y="100" width="620" height="620" fill="url(#${pattern})"/>
<path d="M150 220 L640 160 L644 200 L154 260 Z" fill="${border}"/>
<path d="M154 270 L644 210" stroke="#2E1B10" stroke-width="3"/>
<rect x="100" y="100" width="620" height="620" fill="url(#sheetLight)"/>
</g>
<path d="${sheet}" fill="none" stroke="#2E1B10" stroke-opacity="0.5" stroke-width="2"/>
<g transform="translate(430 440) rotate(-32) scale(1.35)">
<ellipse cx="90" cy="16" rx="130" ry="11" fill="#000" opacity="0.2" filter="url(#blurTight)"/><ellipse cx="-70" cy="14" rx="40" ry="22" fill="#000" opacity="0.2" filter="url(#blurTight)"/>
<rect x="-40" y="-11" width="260" height="22" rx="11" fill="url(#bamboo)"/>
<path d="M40 -11 V11 M130 -11 V11" stroke="#8C6B3A" stroke-width="3"/>
<path d="M-40 -4 L-58 -4 L-58 4 L-40 4 Z" fill="#8E4E22"/>
<path d="M-58 -26 Q-96 -30 -104 0 Q-96 30 -58 26 Z" fill="url(#copper)"/>
<ellipse cx="-58" cy="0" rx="7" ry="26" fill="#6B3816"/>
<path d="M-98 8 Q-120 14 -128 36" fill="none" stroke="#8E4E22" stroke-width="5" stroke-linecap="round"/>
<path d="M-90 -14 Q-80 -22 -68 -20" fill="none" stroke="#FFF" stroke-opacity="0.45" stroke-width="4" stroke-linecap="round"/>
</g>
<circle cx="266" cy="588" r="8" fill="#3B2417" opacity="0.85"/><circle cx="284" cy="600" r="3.5" fill="#3B2417" opacity="0.7"/>`,
  };
}

function scarfOnHanger(pattern: string, border: string, outline: string): Drawing {
  const fringe = (x0: number, x1: number, y: number): string =>
    Array.from({ length: Math.floor((x1 - x0) / 9) + 1 }, (_, i) => {
      const x = x0 + i * 9;
      return `<path d="M${x} ${y} q-2 18 1 34" stroke="${border}" stroke-width="2.6" fill="none" stroke-linecap="round"/>`;
    }).join('');
  const back = 'M262 262 L392 262 L398 566 L252 566 Z';
  const front = 'M384 262 L536 262 L556 630 L396 630 Z';
  return {
    defs: `${shadeGradient('scarfShade', 0.9)}
<linearGradient id="wood" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#C18A52"/><stop offset="1" stop-color="#7D4D26"/></linearGradient>`,
    shadow: { cx: 400, cy: 688, rx: 190, ry: 16 },
    body: `<g stroke-linejoin="round">
<path d="M400 110 q0 -22 20 -22 q20 0 20 20 q0 14 -16 20 L400 142" fill="none" stroke="#7B7B7B" stroke-width="7" stroke-linecap="round"/>
<path d="M400 142 L230 250 Q222 262 236 264 L564 264 Q578 262 570 250 Z" fill="none" stroke="url(#wood)" stroke-width="14"/>
<path d="${back}" fill="url(#${pattern})"/>
<path d="${back}" fill="#000" opacity="0.22"/>
<rect x="252" y="532" width="146" height="34" fill="${border}"/>
${fringe(256, 392, 566)}
<path d="${front}" fill="url(#${pattern})"/>
<path d="${front}" fill="url(#scarfShade)"/>
<path d="M394 596 L556 596 L556 630 L396 630 Z" fill="${border}"/>
<path d="M392 282 L538 282" stroke="${border}" stroke-width="5" opacity="0.8"/>
${fringe(400, 554, 630)}
<path d="${front}" fill="none" stroke="${outline}" stroke-width="2.5"/>
<path d="${back}" fill="none" stroke="${outline}" stroke-width="2.5" stroke-opacity="0.6"/>
<rect x="226" y="250" width="348" height="20" rx="10" fill="url(#wood)"/>
</g>`,
  };
}

function foldedStack(pattern: string, layers: readonly string[], outline: string): Drawing {
  const band = (y: number, fill: string): string =>
    `<rect x="180" y="${y}" width="440" height="64" rx="30" fill="${fill}"/><rect x="180" y="${y}" width="440" height="64" rx="30" fill="url(#stackShade)"/><path d="M206 ${y + 50} H594" stroke="#000" stroke-opacity="0.08" stroke-width="3"/>`;
  return {
    defs: `${shadeGradient('stackShade', 0.8)}
<linearGradient id="topLight" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#FFF" stop-opacity="0.16"/><stop offset="1" stop-color="#000" stop-opacity="0.05"/></linearGradient>`,
    shadow: { cx: 400, cy: 620, rx: 260, ry: 22 },
    body: `<g stroke-linejoin="round">
${layers.map((fill, i) => band(548 - i * 60, fill)).join('')}
<path d="M228 248 L572 248 Q618 248 620 300 L620 388 Q620 424 590 424 L210 424 Q180 424 180 388 L180 300 Q182 248 228 248 Z" fill="url(#${pattern})"/>
<path d="M228 248 L572 248 Q618 248 620 300 L620 388 Q620 424 590 424 L210 424 Q180 424 180 388 L180 300 Q182 248 228 248 Z" fill="url(#topLight)"/>
<path d="M180 388 Q180 424 210 424 L590 424 Q620 424 620 388 L620 372 L180 372 Z" fill="#000" opacity="0.12"/>
<path d="M228 248 L572 248 Q618 248 620 300 L620 388 Q620 424 590 424 L210 424 Q180 424 180 388 L180 300 Q182 248 228 248 Z" fill="none" stroke="${outline}" stroke-width="2.5" stroke-opacity="0.6"/>
<rect x="360" y="236" width="80" height="200" fill="#C9A56A" opacity="0.92"/>
<path d="M360 236 V436 M440 236 V436" stroke="#9C7A42" stroke-width="2"/>
</g>`,
  };
}

function dress(pattern: string, trim: string, outline: string): Drawing {
  const d =
    'M334 150 Q400 190 466 150 L540 172 Q584 194 612 252 L566 292 L532 272 L592 682 Q400 716 208 682 L268 272 L234 292 L188 252 Q216 194 260 172 Z';
  return {
    defs: shadeGradient('dressShade'),
    shadow: { cx: 400, cy: 700, rx: 230, ry: 20 },
    body: `<g stroke-linejoin="round">
<path d="M334 150 Q400 132 466 150 Q400 190 334 150 Z" fill="${outline}" opacity="0.8"/>
<path d="${d}" fill="url(#${pattern})"/>
<path d="${d}" fill="url(#dressShade)"/>
<path d="M334 150 Q400 190 466 150" fill="none" stroke="${trim}" stroke-width="9"/>
<path d="M214 656 Q400 690 586 656" fill="none" stroke="${trim}" stroke-width="10"/>
<path d="M196 260 L240 286 M604 260 L560 286" stroke="${trim}" stroke-width="8"/>
<path d="M270 318 Q400 338 530 318" fill="none" stroke="${trim}" stroke-width="6"/>
<path d="M360 330 q-10 40 -4 70 M440 330 q10 40 4 70" fill="none" stroke="${trim}" stroke-width="4" stroke-linecap="round"/>
<path d="M320 400 Q296 540 270 676 M480 400 Q504 540 530 676 M400 420 V694" fill="none" stroke="#000" stroke-opacity="0.1" stroke-width="12"/>
<path d="${d}" fill="none" stroke="${outline}" stroke-width="3"/>
</g>`,
  };
}

// ---------------------------------------------------------------------------------------------
// Crafts

function woodenBowl(): Drawing {
  const body = 'M160 360 C168 520 282 596 400 596 C518 596 632 520 640 360 Z';
  const grain = [392, 420, 448, 478, 508, 540]
    .map(
      (y, i) =>
        `<path d="M150 ${y} C${260 + i * 6} ${y + 70 - i * 8} ${540 - i * 6} ${y + 70 - i * 8} 650 ${y}" fill="none" stroke="#4A2910" stroke-opacity="${i % 2 ? 0.22 : 0.32}" stroke-width="${i % 2 ? 2 : 3}"/>`,
    )
    .join('');
  const inner = [0.82, 0.64, 0.46, 0.28]
    .map(
      (k) =>
        `<ellipse cx="400" cy="${r1(372 + (1 - k) * 18)}" rx="${r1(214 * k)}" ry="${r1(52 * k)}" fill="none" stroke="#4A2910" stroke-opacity="0.2" stroke-width="2"/>`,
    )
    .join('');
  return {
    defs: `<linearGradient id="teak" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#7A431C"/><stop offset="0.35" stop-color="#B8763A"/><stop offset="0.6" stop-color="#A2622D"/><stop offset="1" stop-color="#5E3214"/></linearGradient>
<linearGradient id="teakInner" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6A3A17"/><stop offset="1" stop-color="#B57A44"/></linearGradient>
<clipPath id="bowlClip"><path d="${body}"/></clipPath>`,
    shadow: { cx: 400, cy: 600, rx: 230, ry: 26 },
    body: `<ellipse cx="400" cy="598" rx="100" ry="14" fill="#4A2910"/>
<path d="${body}" fill="url(#teak)"/>
<g clip-path="url(#bowlClip)">${grain}
<path d="M214 400 C230 480 270 530 320 560" fill="none" stroke="#FFF" stroke-opacity="0.22" stroke-width="14" stroke-linecap="round"/></g>
<ellipse cx="400" cy="360" rx="240" ry="66" fill="#C2864C"/>
<ellipse cx="400" cy="364" rx="222" ry="56" fill="url(#teakInner)"/>
${inner}
<ellipse cx="400" cy="360" rx="240" ry="66" fill="none" stroke="#5E3214" stroke-opacity="0.5" stroke-width="2"/>`,
  };
}

function rattanBag(): Drawing {
  const rings = Array.from({ length: 11 }, (_, i) => {
    const r = 28 + i * 17;
    return `<circle cx="400" cy="450" r="${r}" fill="none" stroke="#8E5E2F" stroke-width="7" stroke-dasharray="11 6" stroke-dashoffset="${i % 2 ? 8 : 0}" opacity="0.75"/>`;
  }).join('');
  return {
    defs: `<radialGradient id="rattan" cx="0.42" cy="0.4" r="0.65"><stop offset="0" stop-color="#E2B57A"/><stop offset="0.75" stop-color="#C58D50"/><stop offset="1" stop-color="#9C6734"/></radialGradient>`,
    shadow: { cx: 400, cy: 672, rx: 210, ry: 22 },
    body: `<path d="M252 300 C240 120 560 120 548 300" fill="none" stroke="#3E2616" stroke-width="20" stroke-linecap="round"/>
<path d="M252 300 C240 120 560 120 548 300" fill="none" stroke="#6B4426" stroke-width="12" stroke-linecap="round"/>
<circle cx="400" cy="450" r="216" fill="url(#rattan)"/>
${rings}
<circle cx="400" cy="450" r="216" fill="none" stroke="#7A4C22" stroke-width="14"/>
<circle cx="400" cy="450" r="216" fill="none" stroke="#D9A86C" stroke-width="4" stroke-dasharray="4 8"/>
<circle cx="400" cy="450" r="22" fill="#7A4C22"/>
<circle cx="400" cy="450" r="10" fill="#C58D50"/>
<rect x="232" y="280" width="40" height="52" rx="8" fill="#4E301B" transform="rotate(-36 252 306)"/>
<rect x="528" y="280" width="40" height="52" rx="8" fill="#4E301B" transform="rotate(36 548 306)"/>
<circle cx="252" cy="306" r="5" fill="#D8B36A"/><circle cx="548" cy="306" r="5" fill="#D8B36A"/>
<path d="M290 320 A190 190 0 0 1 470 270" fill="none" stroke="#FFF" stroke-opacity="0.22" stroke-width="16" stroke-linecap="round"/>`,
  };
}

/** Arjuna in wayang style, facing right; drawn once and reused for the shadow-play variant. */
function wayangFigure(): { defs: string; figure: string } {
  const holes = (pts: Array<[number, number]>, r = 2.6): string =>
    pts
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="#F4E3B5" opacity="0.9"/>`)
      .join('');
  const along = (
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    n: number,
  ): Array<[number, number]> =>
    Array.from({ length: n }, (_, i) => [
      Math.round(x0 + ((x1 - x0) * i) / (n - 1)),
      Math.round(y0 + ((y1 - y0) * i) / (n - 1)),
    ]);
  return {
    defs: `${parangPattern('wayangKain', { bg: '#3A1E12', band: '#B5372A', line: '#E8C15A', dot: '#F4E3B5' }, 0.55)}
<linearGradient id="gold" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#F1CF73"/><stop offset="1" stop-color="#B98A2E"/></linearGradient>`,
    figure: `<g stroke-linejoin="round" stroke-linecap="round">
<path d="M396 96 L404 96 L410 720 L392 720 Z" fill="#6B4423"/>
<path d="M392 610 L410 610 L414 720 L388 720 Z" fill="#3F2714"/>
<path d="M362 306 C340 350 330 380 322 420 C316 450 322 470 330 500" fill="none" stroke="#1E1A17" stroke-width="13"/>
<circle cx="330" cy="500" r="8" fill="#1E1A17"/>
<path d="M330 500 L300 714" stroke="#5C3B1E" stroke-width="4"/>
<path d="M384 512 L356 568 L348 652 L338 664 L384 668 L372 654 L378 576 L404 524 Z" fill="#1E1A17"/>
<path d="M418 512 L452 570 L470 650 L506 664 L466 670 L452 656 L432 578 L402 524 Z" fill="#1E1A17"/>
<path d="M360 300 Q400 282 438 300 L430 404 L372 404 Z" fill="#1E1A17"/>
<path d="M368 312 Q400 340 432 312" fill="none" stroke="url(#gold)" stroke-width="8"/>
<path d="M372 334 Q400 352 428 334" fill="none" stroke="#B5372A" stroke-width="5"/>
<path d="M366 400 L436 400 L444 420 L360 420 Z" fill="url(#gold)"/>
<path d="M362 418 L440 418 L462 520 Q440 560 420 560 L410 540 L394 560 L352 620 L332 596 Q356 530 362 418 Z" fill="url(#wayangKain)"/>
<path d="M362 418 L440 418 L462 520 Q440 560 420 560 L410 540 L394 560 L352 620 L332 596 Q356 530 362 418 Z" fill="none" stroke="url(#gold)" stroke-width="4"/>
<path d="M350 430 Q332 500 324 600 Q340 590 344 570 Q346 520 358 450 Z" fill="#B5372A" stroke="url(#gold)" stroke-width="3"/>
<path d="M438 300 C464 330 470 362 468 400 C466 430 458 460 446 494" fill="none" stroke="#1E1A17" stroke-width="13"/>
<circle cx="446" cy="496" r="8" fill="#1E1A17"/>
<path d="M446 496 L520 712" stroke="#5C3B1E" stroke-width="4"/>
<circle cx="466" cy="400" r="8" fill="url(#gold)"/><circle cx="334" cy="420" r="8" fill="url(#gold)"/>
<path d="M386 300 L384 272 L416 272 L414 300 Z" fill="#1E1A17"/>
<path d="M386 206 L412 196 L464 240 L444 242 L447 249 L439 252 L441 260 Q432 268 418 270 L392 272 C380 260 378 230 386 206 Z" fill="#1E1A17"/>
<path d="M414 224 Q424 216 436 228 Q424 229 414 224 Z" fill="url(#gold)"/>
<path d="M380 214 C366 196 364 168 384 156 C402 146 424 152 432 168 C436 178 434 190 428 196 C414 186 398 190 386 206 Z" fill="url(#gold)"/>
<path d="M384 158 C372 136 352 132 338 142 C350 146 356 156 360 168 Z" fill="url(#gold)"/>
<path d="M378 218 C352 214 336 232 336 256 C336 276 348 290 360 296 C356 276 362 256 380 246 Z" fill="#1E1A17"/>
<path d="M376 232 C358 238 352 254 356 270" fill="none" stroke="url(#gold)" stroke-width="4"/>
<circle cx="392" cy="242" r="8" fill="url(#gold)"/><circle cx="392" cy="242" r="3" fill="#B5372A"/>
${holes(along(392, 168, 424, 170, 5), 2.4)}
${holes(along(350, 146, 372, 156, 3), 2)}
${holes(along(370, 410, 432, 410, 8), 2)}
${holes(
  [
    [348, 480],
    [344, 510],
    [340, 540],
    [336, 570],
  ],
  2.2,
)}
</g>`,
  };
}

function wayang(variant: number): Drawing {
  const { defs, figure } = wayangFigure();
  if (variant === 0) {
    return { defs, body: figure, shadow: { cx: 400, cy: 716, rx: 150, ry: 12 } };
  }
  // Shadow play: the same figure projected on a lit kelir (screen) above a banana-trunk stand.
  return {
    defs: `${defs}
<radialGradient id="kelir" cx="0.5" cy="0.42" r="0.62"><stop offset="0" stop-color="#FFF3D6"/><stop offset="0.6" stop-color="#F2D9A8"/><stop offset="1" stop-color="#C9955A"/></radialGradient>
<filter id="silhouette" x="-20%" y="-20%" width="140%" height="140%" color-interpolation-filters="sRGB"><feColorMatrix type="matrix" values="0 0 0 0 0.17  0 0 0 0 0.12  0 0 0 0 0.09  0 0 0 0.92 0"/><feGaussianBlur stdDeviation="2.5"/></filter>
<linearGradient id="gedebog" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#A7B07A"/><stop offset="1" stop-color="#6E7748"/></linearGradient>`,
    shadow: { cx: 400, cy: 700, rx: 330, ry: 20 },
    body: `<rect x="70" y="70" width="660" height="570" rx="6" fill="#5A2A1A"/>
<rect x="92" y="92" width="616" height="526" fill="url(#kelir)"/>
<g filter="url(#silhouette)" transform="translate(400 360) scale(0.82) translate(-400 -400)">${figure}</g>
<rect x="60" y="606" width="680" height="60" rx="30" fill="url(#gedebog)"/>
<path d="M90 626 H710 M90 646 H710" stroke="#59603A" stroke-opacity="0.5" stroke-width="2"/>`,
  };
}

function kendi(): Drawing {
  const triangles = Array.from({ length: 12 }, (_, i) => {
    const x = 262 + i * 23;
    return `<path d="M${x} 356 l11.5 18 l11.5 -18 Z" fill="#F1E2C8" opacity="0.85"/>`;
  }).join('');
  return {
    defs: `<radialGradient id="clay" cx="0.36" cy="0.34" r="0.75"><stop offset="0" stop-color="#E39463"/><stop offset="0.55" stop-color="#B8623A"/><stop offset="1" stop-color="#7C3A1E"/></radialGradient>
<linearGradient id="clayNeck" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#8E4626"/><stop offset="0.4" stop-color="#D38456"/><stop offset="1" stop-color="#7C3A1E"/></linearGradient>
<clipPath id="kendiBody"><circle cx="400" cy="460" r="178"/></clipPath>`,
    shadow: { cx: 400, cy: 640, rx: 190, ry: 22 },
    body: `<ellipse cx="400" cy="632" rx="86" ry="14" fill="#6B3019"/>
<path d="M536 380 L624 300 Q636 292 640 304 L642 312 Q646 322 636 328 L566 424 Z" fill="url(#clayNeck)"/>
<ellipse cx="634" cy="304" rx="12" ry="7" transform="rotate(-40 634 304)" fill="#5E2A14"/>
<path d="M362 300 L356 210 Q356 196 344 190 L456 190 Q444 196 444 210 L438 300 Z" fill="url(#clayNeck)"/>
<ellipse cx="400" cy="190" rx="60" ry="14" fill="#C77248"/>
<ellipse cx="400" cy="190" rx="42" ry="9" fill="#5E2A14"/>
<circle cx="400" cy="460" r="178" fill="url(#clay)"/>
<g clip-path="url(#kendiBody)">
<path d="M222 352 Q400 392 578 352" fill="none" stroke="#5E2A14" stroke-opacity="0.5" stroke-width="3"/>
<path d="M222 378 Q400 418 578 378" fill="none" stroke="#5E2A14" stroke-opacity="0.5" stroke-width="3"/>
<g transform="translate(0 12)">${triangles}</g>
<path d="M226 540 Q400 580 574 540" fill="none" stroke="#5E2A14" stroke-opacity="0.35" stroke-width="3"/>
${Array.from({ length: 10 }, (_, i) => `<circle cx="${276 + i * 28}" cy="${566 + Math.round(Math.sin((i / 9) * Math.PI) * 8)}" r="4" fill="#F1E2C8" opacity="0.7"/>`).join('')}
</g>
<path d="M290 380 Q300 330 350 310" fill="none" stroke="#FFF" stroke-opacity="0.3" stroke-width="14" stroke-linecap="round"/>`,
  };
}

function torajaPanel(): Drawing {
  // Pa'barre allo (sun) medallions and zigzag borders in Toraja's red, yellow, white and black.
  const sun = (cx: number, cy: number): string => {
    const rays = Array.from({ length: 12 }, (_, i) => {
      const a = (i * 30 * Math.PI) / 180;
      const p = (r: number, da: number): string =>
        `${r1(cx + Math.cos(a + da) * r)} ${r1(cy + Math.sin(a + da) * r)}`;
      return `<path d="M${p(38, -0.14)} L${p(62, 0)} L${p(38, 0.14)} Z" fill="${i % 2 ? '#E8B73C' : '#F4EDE0'}"/>`;
    }).join('');
    return `<g>${rays}<circle cx="${cx}" cy="${cy}" r="38" fill="#A6281D"/><circle cx="${cx}" cy="${cy}" r="28" fill="none" stroke="#E8B73C" stroke-width="5"/><circle cx="${cx}" cy="${cy}" r="14" fill="#F4EDE0"/><circle cx="${cx}" cy="${cy}" r="6" fill="#1C1614"/></g>`;
  };
  const zigzag = (y: number): string => {
    const pts = Array.from(
      { length: 15 },
      (_, i) => `${226 + i * 25} ${i % 2 ? y - 14 : y + 14}`,
    ).join(' L');
    return `<rect x="222" y="${y - 22}" width="356" height="44" fill="#A6281D"/><path d="M${pts}" fill="none" stroke="#F4EDE0" stroke-width="6"/><path d="M${pts}" transform="translate(0 9)" fill="none" stroke="#E8B73C" stroke-width="3"/>`;
  };
  // Pa'tedong: the buffalo head, a sign of prosperity in Toraja carving.
  const buffalo = (cx: number, cy: number): string =>
    `<g transform="translate(${cx} ${cy})"><path d="M-62 -14 Q-40 18 0 8 Q40 18 62 -14 Q44 28 0 22 Q-44 28 -62 -14 Z" fill="#F4EDE0"/><path d="M-16 8 L16 8 L8 40 L-8 40 Z" fill="#E8B73C"/><circle cx="-7" cy="18" r="3" fill="#1C1614"/><circle cx="7" cy="18" r="3" fill="#1C1614"/></g>`;
  return {
    defs: `<linearGradient id="panelWood" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#2A211D"/><stop offset="1" stop-color="#141010"/></linearGradient>`,
    shadow: { cx: 400, cy: 672, rx: 220, ry: 18 },
    body: `<path d="M330 150 L400 104 L470 150" fill="none" stroke="#6B5A4A" stroke-width="3"/>
<circle cx="400" cy="102" r="6" fill="#8C7A68"/>
<rect x="200" y="148" width="400" height="512" rx="8" fill="#7D2418"/>
<rect x="214" y="162" width="372" height="484" rx="4" fill="url(#panelWood)"/>
${zigzag(196)}
${zigzag(612)}
${sun(305, 310)}${sun(495, 310)}${sun(305, 500)}${sun(495, 500)}
<g transform="translate(400 405)"><path d="M0 -52 L52 0 L0 52 L-52 0 Z" fill="none" stroke="#F4EDE0" stroke-width="6"/><path d="M0 -30 L30 0 L0 30 L-30 0 Z" fill="#A6281D" stroke="#E8B73C" stroke-width="4"/><circle r="7" fill="#F4EDE0"/></g>
${buffalo(400, 252)}${buffalo(400, 536)}
<rect x="214" y="162" width="372" height="484" rx="4" fill="none" stroke="#000" stroke-opacity="0.4" stroke-width="3"/>
<path d="M214 162 L586 162 L572 176 L228 176 Z" fill="#FFF" opacity="0.06"/>`,
  };
}

function pandanCoasters(): Drawing {
  const coaster = (cx: number, cy: number, rim: string, rot: number): string =>
    `<g transform="translate(${cx} ${cy}) rotate(${rot})">
<circle r="138" fill="#000" opacity="0.18" filter="url(#blurTight)" transform="translate(4 10)"/>
<circle r="134" fill="${rim}"/>
<circle r="118" fill="url(#weave)"/>
<circle r="118" fill="url(#coasterLight)"/>
<circle r="118" fill="none" stroke="#7D6438" stroke-opacity="0.5" stroke-width="2"/>
<circle r="126" fill="none" stroke="#FFF" stroke-opacity="0.25" stroke-width="2" stroke-dasharray="6 6"/>
</g>`;
  return {
    defs: `<pattern id="weave" width="28" height="28" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect width="28" height="28" fill="#D9BF86"/>
<rect x="0" y="0" width="14" height="14" fill="#E8D3A0"/><rect x="14" y="14" width="14" height="14" fill="#E8D3A0"/>
<path d="M0 4 H14 M0 10 H14 M18 14 V28 M24 14 V28" stroke="#C7A96C" stroke-width="1.5"/>
<path d="M18 0 V14 M24 0 V14 M0 18 H14 M0 24 H14" stroke="#B89A5E" stroke-width="1.5"/>
</pattern>
<radialGradient id="coasterLight" cx="0.35" cy="0.3" r="0.8"><stop offset="0" stop-color="#FFF" stop-opacity="0.25"/><stop offset="1" stop-color="#000" stop-opacity="0.15"/></radialGradient>`,
    shadow: { cx: 410, cy: 640, rx: 260, ry: 22 },
    body: `${coaster(500, 330, '#B23A2E', 0)}${coaster(300, 400, '#3D7A4A', 15)}${coaster(460, 500, '#C9A96A', 30)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Coffee

function bean(x: number, y: number, rot: number, s: number, fill: string): string {
  return `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${Math.round(rot)}) scale(${(Math.round(s * 10) / 10).toString()})"><ellipse rx="16" ry="11" fill="${fill}"/><path d="M-13 1 C-5 -5 5 6 13 -1" fill="none" stroke="#20110A" stroke-width="2.4" stroke-linecap="round"/><ellipse cx="-5" cy="-5" rx="6" ry="2.6" fill="#FFF" opacity="0.16"/></g>`;
}

function beanScatter(
  seed: string,
  n: number,
  area: { x: number; y: number; w: number; h: number },
): string {
  const rand = rng(hash(seed));
  const colours = ['#4A2716', '#5A321D', '#3E2012', '#643A22'];
  return Array.from({ length: n }, () => {
    const x = area.x + rand() * area.w;
    const y = area.y + rand() * area.h;
    const c = colours[Math.floor(rand() * colours.length)] ?? '#4A2716';
    return bean(x, y, rand() * 360, 0.9 + rand() * 0.35, c);
  }).join('');
}

type BagIcon = 'mountains' | 'tongkonan' | 'bean' | 'leaf';

function bagIcon(icon: BagIcon, cx: number, cy: number, accent: string, ink: string): string {
  switch (icon) {
    case 'mountains':
      return `<circle cx="${cx + 30}" cy="${cy - 26}" r="18" fill="${accent}"/>
<path d="M${cx - 70} ${cy + 40} L${cx - 22} ${cy - 30} L${cx + 12} ${cy + 14} L${cx + 32} ${cy - 8} L${cx + 70} ${cy + 40} Z" fill="${ink}"/>
<path d="M${cx - 22} ${cy - 30} L${cx - 8} ${cy - 10} L${cx - 18} ${cy - 14} L${cx - 28} ${cy - 4} L${cx - 36} ${cy - 10} Z" fill="#FFF" opacity="0.85"/>`;
    case 'tongkonan':
      // Tongkonan: the saddle-shaped Toraja house roof with sharply upturned ends.
      return `<path d="M${cx - 34} ${cy - 14} L${cx + 34} ${cy - 14} L${cx + 44} ${cy + 8} L${cx - 44} ${cy + 8} Z" fill="${accent}"/>
<path d="M${cx - 88} ${cy - 58} Q${cx} ${cy - 4} ${cx + 88} ${cy - 58} L${cx + 60} ${cy - 24} Q${cx} ${cy + 16} ${cx - 60} ${cy - 24} Z" fill="${ink}"/>
<rect x="${cx - 44}" y="${cy + 8}" width="88" height="30" fill="${accent}"/>
<path d="M${cx - 44} ${cy + 38} l11 -15 l11 15 l11 -15 l11 15 l11 -15 l11 15 l11 -15 l11 15" fill="none" stroke="${ink}" stroke-width="3"/>
<path d="M${cx - 36} ${cy + 38} V${cy + 64} M${cx - 12} ${cy + 38} V${cy + 64} M${cx + 12} ${cy + 38} V${cy + 64} M${cx + 36} ${cy + 38} V${cy + 64}" stroke="${ink}" stroke-width="6"/>`;
    case 'bean':
      return `<g transform="translate(${cx - 8} ${cy + 6}) rotate(-30)"><ellipse rx="34" ry="50" fill="${ink}"/><path d="M0 -44 C-16 -14 16 14 0 44" fill="none" stroke="${accent}" stroke-width="6" stroke-linecap="round"/></g>
<path d="M${cx + 26} ${cy - 38} C${cx + 58} ${cy - 56} ${cx + 82} ${cy - 34} ${cx + 76} ${cy - 8} C${cx + 50} ${cy - 4} ${cx + 30} ${cy - 14} ${cx + 26} ${cy - 38} Z" fill="${accent}"/>`;
    case 'leaf':
      return `<circle cx="${cx - 16}" cy="${cy + 16}" r="20" fill="${accent}"/><circle cx="${cx + 14}" cy="${cy + 22}" r="18" fill="${accent}"/>
<path d="M${cx - 2} ${cy} C${cx - 40} ${cy - 20} ${cx - 30} ${cy - 60} ${cx + 10} ${cy - 60} C${cx + 20} ${cy - 30} ${cx + 10} ${cy - 10} ${cx - 2} ${cy} Z" fill="${ink}"/>`;
  }
}

interface BagStyle {
  colour: string;
  dark: string;
  label: string;
  accent: string;
  ink: string;
  icon: BagIcon;
}

function coffeeBag(sku: string, s: BagStyle, beansSide: 'left' | 'right'): Drawing {
  const bag =
    'M262 236 L538 236 Q550 440 548 630 Q548 650 528 652 L272 652 Q252 650 252 630 Q250 440 262 236 Z';
  const beans =
    beansSide === 'right'
      ? beanScatter(sku, 9, { x: 560, y: 600, w: 150, h: 70 })
      : beanScatter(sku, 9, { x: 90, y: 600, w: 150, h: 70 });
  const scoopX = beansSide === 'right' ? 620 : 180;
  return {
    defs: `${shadeGradient('bagShade', 1.1)}
<pattern id="crimp" width="7" height="40" patternUnits="userSpaceOnUse"><rect width="7" height="40" fill="${s.dark}"/><rect width="3" height="40" fill="#000" opacity="0.22"/></pattern>`,
    shadow: { cx: 420, cy: 656, rx: 290, ry: 22 },
    body: `<g stroke-linejoin="round">
<path d="${bag}" fill="${s.colour}"/>
<path d="M262 236 Q400 262 538 236" fill="none" stroke="#000" stroke-opacity="0.2" stroke-width="6"/>
<path d="M256 600 Q400 630 544 600 L548 630 Q548 650 528 652 L272 652 Q252 650 252 630 Z" fill="#000" opacity="0.12"/>
<path d="${bag}" fill="url(#bagShade)"/>
<rect x="256" y="198" width="288" height="48" rx="6" fill="url(#crimp)"/>
<path d="M538 214 l8 6 l-8 6 Z" fill="${s.colour}"/>
<circle cx="400" cy="292" r="14" fill="${s.dark}"/><circle cx="400" cy="292" r="6" fill="#000" opacity="0.3"/>
<rect x="298" y="334" width="204" height="232" rx="14" fill="${s.label}"/>
<rect x="298" y="334" width="204" height="232" rx="14" fill="none" stroke="${s.ink}" stroke-opacity="0.25" stroke-width="3"/>
${bagIcon(s.icon, 400, 430, s.accent, s.ink)}
<rect x="330" y="518" width="140" height="8" rx="4" fill="${s.ink}" opacity="0.75"/>
<rect x="354" y="536" width="92" height="6" rx="3" fill="${s.accent}"/>
<path d="M288 260 Q282 440 286 620" fill="none" stroke="#FFF" stroke-opacity="0.16" stroke-width="18" stroke-linecap="round"/>
</g>
<g transform="translate(${scoopX} 640)">
<ellipse cx="0" cy="0" rx="62" ry="22" fill="#8A5A30"/>
<ellipse cx="0" cy="-6" rx="54" ry="15" fill="#3E2012"/>
${beanScatter(sku + '-scoop', 7, { x: -40, y: -16, w: 80, h: 16 })}
<path d="M${beansSide === 'right' ? 56 : -56} -4 L${beansSide === 'right' ? 120 : -120} 14" stroke="#8A5A30" stroke-width="12" stroke-linecap="round"/>
</g>
${beans}`,
  };
}

function coffeeCup(sku: string): Drawing {
  const cup = 'M270 380 L530 380 Q528 520 460 560 L340 560 Q272 520 270 380 Z';
  const steam = [350, 400, 450]
    .map(
      (x, i) =>
        `<path d="M${x} 340 C${x - 22} ${300 - i * 4} ${x + 22} ${270 - i * 4} ${x} ${220 - i * 6}" fill="none" stroke="#FFF" stroke-opacity="0.7" stroke-width="9" stroke-linecap="round"/>`,
    )
    .join('');
  return {
    defs: `${shadeGradient('cupShade', 0.8)}
<radialGradient id="crema" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#6B3A1E"/><stop offset="0.7" stop-color="#8E5530"/><stop offset="1" stop-color="#C28A55"/></radialGradient>`,
    shadow: { cx: 400, cy: 600, rx: 260, ry: 26 },
    body: `<ellipse cx="400" cy="580" rx="220" ry="52" fill="#E9E2D8"/>
<ellipse cx="400" cy="572" rx="220" ry="50" fill="#FBF8F3"/>
<ellipse cx="400" cy="566" rx="120" ry="22" fill="#000" opacity="0.08"/>
<path d="M520 420 C600 410 606 500 520 508" fill="none" stroke="#F4EFE8" stroke-width="24"/>
<path d="M520 420 C600 410 606 500 520 508" fill="none" stroke="#000" stroke-opacity="0.08" stroke-width="24"/>
<path d="${cup}" fill="#F7F3EC"/>
<path d="${cup}" fill="url(#cupShade)"/>
<path d="M276 440 Q400 466 524 440" fill="none" stroke="#2F5D46" stroke-width="10"/>
<ellipse cx="400" cy="380" rx="130" ry="28" fill="#F7F3EC"/>
<ellipse cx="400" cy="384" rx="116" ry="21" fill="url(#crema)"/>
<path d="M372 382 q14 -10 28 0 q14 10 28 0" fill="none" stroke="#E3C49A" stroke-opacity="0.7" stroke-width="4" stroke-linecap="round"/>
${steam}
${beanScatter(sku + '-cup', 12, { x: 130, y: 630, w: 540, h: 60 })}`,
  };
}

function coldBrewBottle(): Drawing {
  const bottle =
    'M372 170 L428 170 L430 244 Q486 266 488 330 L488 640 Q488 664 464 664 L336 664 Q312 664 312 640 L312 330 Q314 266 370 244 Z';
  const drops = [
    [340, 360, 5],
    [460, 400, 4],
    [350, 600, 4],
    [470, 590, 6],
    [330, 470, 3],
    [452, 630, 3],
  ]
    .map(
      ([x, y, r]) =>
        `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${(r ?? 3) * 1.4}" fill="#FFF" opacity="0.45"/>`,
    )
    .join('');
  const ice = (x: number, y: number, rot: number): string =>
    `<rect x="${x}" y="${y}" width="40" height="36" rx="6" transform="rotate(${rot} ${x + 20} ${y + 18})" fill="#FFF" opacity="0.55"/>`;
  return {
    defs: `<linearGradient id="brew" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#24130B"/><stop offset="0.3" stop-color="#5A3019"/><stop offset="0.7" stop-color="#3A1F10"/><stop offset="1" stop-color="#1A0E08"/></linearGradient>
<linearGradient id="glass" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#FFF" stop-opacity="0.35"/><stop offset="0.2" stop-color="#FFF" stop-opacity="0.05"/><stop offset="0.85" stop-color="#FFF" stop-opacity="0"/><stop offset="1" stop-color="#FFF" stop-opacity="0.2"/></linearGradient>
<clipPath id="tumblerClip"><path d="M548 470 L672 470 L662 660 L558 660 Z"/></clipPath>`,
    shadow: { cx: 440, cy: 664, rx: 260, ry: 20 },
    body: `<path d="${bottle}" fill="url(#brew)"/>
<path d="${bottle}" fill="url(#glass)"/>
<rect x="364" y="140" width="72" height="44" rx="6" fill="#1F1F1F"/>
<path d="M370 148 V178 M382 148 V178 M394 148 V178 M406 148 V178 M418 148 V178 M430 148 V178" stroke="#3A3A3A" stroke-width="3"/>
<rect x="312" y="410" width="176" height="140" fill="#EFE4D2"/>
<rect x="312" y="410" width="176" height="10" fill="#2F5D46"/><rect x="312" y="540" width="176" height="10" fill="#2F5D46"/>
<g transform="translate(400 478)"><circle cx="-14" cy="10" r="16" fill="#B3322A"/><circle cx="12" cy="14" r="14" fill="#C9463A"/><path d="M-2 -4 C-30 -16 -22 -44 8 -44 C14 -22 8 -10 -2 -4 Z" fill="#2F5D46"/><circle cx="-18" cy="6" r="4" fill="#FFF" opacity="0.4"/></g>
<path d="M334 300 Q326 420 330 640" fill="none" stroke="#FFF" stroke-opacity="0.3" stroke-width="10" stroke-linecap="round"/>
${drops}
<g>
<path d="M548 470 L672 470 L662 660 L558 660 Z" fill="#FFF" opacity="0.35"/>
<g clip-path="url(#tumblerClip)"><rect x="540" y="520" width="140" height="150" fill="#5A3019" opacity="0.85"/>${ice(566, 500, 12)}${ice(612, 522, -18)}${ice(584, 556, 30)}</g>
<path d="M548 470 L672 470 L662 660 L558 660 Z" fill="none" stroke="#FFF" stroke-opacity="0.8" stroke-width="4"/>
<path d="M562 490 L570 640" stroke="#FFF" stroke-opacity="0.6" stroke-width="6" stroke-linecap="round"/>
</g>`,
  };
}

function samplerBox(sku: string): Drawing {
  const pouch = (x: number, colour: string, dark: string, icon: BagIcon, accent: string): string =>
    `<g transform="translate(${x} 0)">
<path d="M-48 300 L48 300 L52 500 L-52 500 Z" fill="${colour}"/>
<path d="M-48 300 L48 300 L52 500 L-52 500 Z" fill="url(#pouchShade)"/>
<rect x="-50" y="278" width="100" height="30" rx="4" fill="${dark}"/>
<path d="M-44 278 V308 M-34 278 V308 M-24 278 V308 M-14 278 V308 M-4 278 V308 M6 278 V308 M16 278 V308 M26 278 V308 M36 278 V308 M46 278 V308" stroke="#000" stroke-opacity="0.2" stroke-width="2"/>
<circle cx="0" cy="378" r="34" fill="#F4EBDD"/>
<g transform="translate(0 378) scale(0.36) translate(-400 -430)">${bagIcon(icon, 400, 430, accent, dark)}</g>
</g>`;
  return {
    defs: `${shadeGradient('pouchShade', 1)}${shadeGradient('boxShade', 0.7)}
<linearGradient id="kraft" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#C89A66"/><stop offset="1" stop-color="#A97A48"/></linearGradient>`,
    shadow: { cx: 400, cy: 650, rx: 280, ry: 24 },
    body: `<path d="M196 250 L604 250 L620 440 L180 440 Z" fill="#B88858"/>
<path d="M196 250 L604 250 L620 440 L180 440 Z" fill="#000" opacity="0.08"/>
<path d="M210 262 L590 262" stroke="#9C6F42" stroke-width="3"/>
${pouch(250, '#2F5D46', '#1F4030', 'mountains', '#E8B73C')}
${pouch(350, '#7A2630', '#52161D', 'tongkonan', '#E8B73C')}
${pouch(450, '#3C4F7A', '#263556', 'leaf', '#C9463A')}
${pouch(550, '#B8895A', '#5A3A22', 'bean', '#2F5D46')}
<path d="M170 430 L630 430 L618 648 L182 648 Z" fill="url(#kraft)"/>
<path d="M170 430 L630 430 L618 648 L182 648 Z" fill="url(#boxShade)"/>
<path d="M170 430 L630 430 L628 452 L172 452 Z" fill="#000" opacity="0.1"/>
<path d="M176 540 L624 540" stroke="#E9DCC3" stroke-width="8"/>
<path d="M400 430 L400 648" stroke="#E9DCC3" stroke-width="8"/>
<path d="M400 540 C370 510 350 520 360 540 C350 560 370 570 400 540 C430 510 450 520 440 540 C450 560 430 570 400 540 Z" fill="none" stroke="#E9DCC3" stroke-width="6"/>
${beanScatter(sku, 6, { x: 640, y: 610, w: 90, h: 50 })}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Avatar

function avatar(): string {
  // Kawung blossom in a ring of dots; kept inside the inner circle so circular crops look right.
  const petal = (rot: number): string =>
    `<g transform="rotate(${rot} 256 256)"><ellipse cx="256" cy="184" rx="44" ry="68" fill="#F3E4C4"/><ellipse cx="256" cy="184" rx="18" ry="36" fill="none" stroke="#8A4B24" stroke-width="6"/><circle cx="256" cy="166" r="6" fill="#8A4B24"/></g>`;
  const dots = Array.from({ length: 24 }, (_, i) => {
    const a = (i * 15 * Math.PI) / 180;
    return `<circle cx="${r1(256 + Math.cos(a) * 196)}" cy="${r1(256 + Math.sin(a) * 196)}" r="${i % 2 ? 4 : 6.5}" fill="#E2B35C"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<defs><radialGradient id="av" cx="0.4" cy="0.35" r="0.8"><stop offset="0" stop-color="#9A5530"/><stop offset="1" stop-color="#5E2C14"/></radialGradient></defs>
<rect width="512" height="512" fill="url(#av)"/>
<circle cx="256" cy="256" r="214" fill="none" stroke="#E2B35C" stroke-width="4"/>
${dots}
<g transform="rotate(45 256 256)">${petal(0)}${petal(90)}${petal(180)}${petal(270)}</g>
<circle cx="256" cy="256" r="20" fill="#E2B35C"/>
<circle cx="256" cy="256" r="8" fill="#5E2C14"/>
</svg>`;
}

// ---------------------------------------------------------------------------------------------
// Product → drawing. Unknown SKUs fall back to a generic drawing for their collection.

const SOGAN = { bg: '#2E1A10', band: '#8C5A2B', line: '#EBD9B4', dot: '#EBD9B4' };
const KAWUNG = { bg: '#EEDFC2', petal: '#9C6433', line: '#2E1B10', dot: '#2E3F6B' };

/** One drawing per image of the product, in order; later images without a drawing become close-ups. */
type Renderer = (p: SeedProduct) => Drawing;

const withPattern = (pattern: string, d: Drawing): Drawing => ({ ...d, defs: pattern + d.defs });

const RENDERERS: Record<string, Renderer[]> = {
  'kemeja-batik-parang': [
    () => withPattern(parangPattern('parang', SOGAN), shirt('parang', '#2E1A10', '#EBD9B4')),
    () =>
      withPattern(
        parangPattern('parang', SOGAN),
        foldedShirt('parang', '#2E1A10', '#EBD9B4', '#C9B08A'),
      ),
  ],
  'kemeja-batik-mega-mendung': [
    () =>
      withPattern(
        megaMendungPattern('mega', '#F1E9DA', [
          '#152E57',
          '#2C5897',
          '#5C88C4',
          '#9DBBE2',
          '#DCE8F6',
        ]),
        shirt('mega', '#152E57', '#F3EEE3'),
      ),
  ],
  'kain-batik-tulis-kawung': [
    () =>
      withPattern(kawungPattern('kawung', KAWUNG), hangingCloth('kawung', '#5B3419', '#2E1B10')),
    () =>
      withPattern(
        kawungPattern('kawung', KAWUNG, 1.8),
        clothDetailWithCanting('kawung', '#5B3419'),
      ),
  ],
  'selendang-batik-truntum': [
    () =>
      withPattern(
        truntumPattern('truntum', { bg: '#3A2214', flower: '#EBD5A8', dot: '#C48A4A' }),
        scarfOnHanger('truntum', '#8C5A2B', '#1E120B'),
      ),
  ],
  'kain-batik-buketan-pekalongan': [
    () =>
      withPattern(
        buketanPattern('buketan', {
          bg: '#FBF1E1',
          petal: '#D9587A',
          petal2: '#F08A4B',
          centre: '#F6C945',
          leaf: '#4E8A5B',
          dot: '#7A9CC6',
        }),
        foldedStack('buketan', ['#9DC9C0', '#E7A5B5', '#F1D9A0'], '#7B5A3E'),
      ),
  ],
  'daster-batik-ceplok': [
    () =>
      withPattern(
        ceplokPattern('ceplok', {
          bg: '#7D1F2A',
          star: '#F0DDB8',
          centre: '#E2B35C',
          line: '#C98A5A',
        }),
        dress('ceplok', '#E2B35C', '#4A0F17'),
      ),
  ],
  'mangkuk-kayu-jati': [woodenBowl],
  'tas-rotan-bulat': [rattanBag],
  'wayang-kulit-arjuna': [() => wayang(0), () => wayang(1)],
  'kendi-gerabah-kasongan': [kendi],
  'hiasan-ukir-toraja': [torajaPanel],
  'tatakan-gelas-pandan': [pandanCoasters],
  'kopi-arabika-gayo': [
    (p) =>
      coffeeBag(
        p.sku,
        {
          colour: '#2F5D46',
          dark: '#1F4030',
          label: '#F4EBDD',
          accent: '#E8B73C',
          ink: '#2F5D46',
          icon: 'mountains',
        },
        'right',
      ),
    (p) => coffeeCup(p.sku),
  ],
  'kopi-arabika-toraja-sapan': [
    (p) =>
      coffeeBag(
        p.sku,
        {
          colour: '#7A2630',
          dark: '#52161D',
          label: '#F4EBDD',
          accent: '#E8B73C',
          ink: '#3A1A14',
          icon: 'tongkonan',
        },
        'left',
      ),
  ],
  'kopi-robusta-temanggung': [
    (p) =>
      coffeeBag(
        p.sku,
        {
          colour: '#B8895A',
          dark: '#8E6438',
          label: '#3A2418',
          accent: '#7FB069',
          ink: '#E9D3AE',
          icon: 'bean',
        },
        'right',
      ),
  ],
  'cold-brew-gayo-1l': [coldBrewBottle],
  'paket-cicip-kopi-nusantara': [(p) => samplerBox(p.sku)],
};

const DEFAULT_BAG: BagStyle = {
  colour: '#3C4F7A',
  dark: '#263556',
  label: '#F4EBDD',
  accent: '#C9463A',
  ink: '#263556',
  icon: 'leaf',
};
const FALLBACK_BAGS: BagStyle[] = [
  DEFAULT_BAG,
  {
    colour: '#2F5D46',
    dark: '#1F4030',
    label: '#F4EBDD',
    accent: '#E8B73C',
    ink: '#2F5D46',
    icon: 'mountains',
  },
  {
    colour: '#7A2630',
    dark: '#52161D',
    label: '#F4EBDD',
    accent: '#E8B73C',
    ink: '#3A1A14',
    icon: 'bean',
  },
];

function fallback(p: SeedProduct): Drawing {
  const h = hash(p.sku);
  if (p.collection === 'kopi') {
    return coffeeBag(
      p.sku,
      FALLBACK_BAGS[h % FALLBACK_BAGS.length] ?? DEFAULT_BAG,
      h % 2 ? 'left' : 'right',
    );
  }
  if (p.collection === 'batik') {
    const d = foldedStack('fallbackBatik', ['#C9B08A', '#9C6433'], '#2E1A10');
    const pattern =
      h % 2 ? parangPattern('fallbackBatik', SOGAN) : kawungPattern('fallbackBatik', KAWUNG);
    return { ...d, defs: pattern + d.defs };
  }
  return woodenBowl();
}

function svgFor(p: SeedProduct, variant: number): string | null {
  const palette = PALETTES[p.collection] ?? FALLBACK_PALETTE;
  const draw = RENDERERS[p.sku]?.[variant] ?? (variant === 0 ? fallback : undefined);
  return draw ? scene(palette, draw(p)) : null;
}

// ---------------------------------------------------------------------------------------------

async function writeWebp(svg: string, file: string, zoom = 1): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  let img = sharp(Buffer.from(svg));
  if (zoom > 1) {
    // Extra images without a bespoke drawing become a close-up crop of the main one.
    const size = Math.round(800 * zoom);
    const offset = Math.round((size - 800) / 2);
    const png = await img.resize(size, size).png().toBuffer();
    img = sharp(png).extract({ left: offset, top: offset, width: 800, height: 800 });
  }
  // Busy batik patterns encode large; step the quality down only for those, deterministically.
  let buf = Buffer.alloc(0);
  for (const quality of WEBP_QUALITIES) {
    buf = await img.clone().webp({ quality, effort: 6 }).toBuffer();
    if (buf.length <= TARGET_BYTES) break;
  }
  await writeFile(file, buf);
  return buf.length;
}

async function main(): Promise<void> {
  let total = 0;
  const report: string[] = [];

  const avatarFile = path.join(PUBLIC_DIR, demoBusiness.avatarUrl);
  const avatarBytes = await writeWebp(avatar(), avatarFile);
  total += avatarBytes;
  report.push(`${demoBusiness.avatarUrl}  ${(avatarBytes / 1024).toFixed(1)} KB`);

  for (const product of demoProducts) {
    for (const [variant, url] of product.images.entries()) {
      const file = path.join(PUBLIC_DIR, url);
      const own = svgFor(product, variant);
      const bytes = own
        ? await writeWebp(own, file)
        : await writeWebp(svgFor(product, 0) ?? '', file, 1.3 + 0.3 * variant);
      total += bytes;
      report.push(`${url}  ${(bytes / 1024).toFixed(1)} KB`);
    }
  }

  for (const line of report) console.log(line);
  console.log(`${report.length} images, ${(total / 1024).toFixed(1)} KB total`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
