// Readable, unique identifiers made from names: "Kopi Arabika Gayo" → "kopi-arabika-gayo".

/** Lower-case ASCII words joined by dashes; accents dropped; `fallback` when nothing is left. */
export function slugify(name: string, fallback: string, maxLength = 56): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** `base` itself when free, otherwise the first of base-2, base-3, … that nobody uses. */
export function pickUnique(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
