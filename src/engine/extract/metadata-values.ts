// Normalises raw metadata strings (from JSON-LD, meta tags, <time>) into the shapes `ExtractedArticle` promises:
// trimmed text, YYYY-MM-DD dates, primary language tags, absolute http(s) URLs.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
};

/**
 * Trims, collapses whitespace and decodes the few entities sites double-encode into JSON-LD and meta content
 * ("Rat &amp; Verwaltung"). Returns null for nothing left.
 */
export function cleanMetaText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const decoded = value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
  const text = normaliseInlineWhitespace(decoded);
  return text === '' ? null : text;
}

/** Collapses runs of whitespace to one space and drops soft hyphens and zero-width spaces (German sites hyphenate with &shy;). */
export function normaliseInlineWhitespace(text: string): string {
  return text.replace(/[\u00ad\u200b\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * "2025-03-14T18:30:00+01:00" → "2025-03-14". The calendar date is taken as written, never converted to UTC:
 * an article published just after midnight in Berlin belongs to that day, not the previous one.
 * Also reads the German "14.03.2025". Anything else, or an impossible day, gives null.
 */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text);
  if (iso) return validDate(iso[1], iso[2], iso[3]);
  const german = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d])/.exec(text);
  if (german) return validDate(german[3], german[2], german[1]);
  return null;
}

function validDate(year = '', month = '', day = ''): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "de-AT", "de_DE", "DE" → "de". Codes that say nothing ("und", "mul", "x-default") give null. */
export function primaryLanguage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // content-language may list several ("de, en"); the first is the document's main one.
  const first = value.split(',')[0]?.trim().toLowerCase() ?? '';
  const primary = first.split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  if (primary === 'und' || primary === 'mul' || primary === 'zxx') return null;
  return primary;
}

/** An absolute http(s) URL for `value` resolved against `base`, or null (no javascript:, data:, or garbage). */
export function httpUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function looksLikeUrl(text: string): boolean {
  return /^(https?:)?\/\//i.test(text);
}
