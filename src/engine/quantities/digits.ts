// Digit strings with the separators of a language: "1.000,5" in German, "1,000.5" in English. Languages
// without a known convention get a guess: one separator before exactly three digits groups thousands.

interface Convention {
  decimal: string;
  group: string;
}

const CONVENTIONS: Readonly<Record<string, Convention>> = {
  de: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const NUMBER = /^\d+(?:[.,'’]\d+)*$/;
/** Swiss grouping ("1'000") is unambiguous in every language. */
const APOSTROPHE_GROUPED = /^\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?$/;

/** The value of a digit token, or null when it is no plain number ("1.2.3", "12:30" never reach here whole). */
export function parseDigits(token: string, language: string): number | null {
  if (!NUMBER.test(token)) return null;
  let text = token;
  if (/['’]/.test(text)) {
    if (!APOSTROPHE_GROUPED.test(text)) return null;
    text = text.replace(/['’]/g, '');
  }
  const convention = CONVENTIONS[language];
  return (convention && withConvention(text, convention)) ?? guessed(text);
}

function withConvention(text: string, { decimal, group }: Convention): number | null {
  const [whole = '', fraction, extra] = text.split(decimal);
  if (extra !== undefined) return null;
  if (whole.includes(group) && !isGrouped(whole, group)) return null;
  const digits = whole.split(group).join('');
  return Number(fraction === undefined ? digits : `${digits}.${fraction}`);
}

function guessed(text: string): number | null {
  const hasDot = text.includes('.');
  const hasComma = text.includes(',');
  if (!hasDot && !hasComma) return Number(text);
  if (hasDot && hasComma) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    return withConvention(text, { decimal, group: decimal === '.' ? ',' : '.' });
  }
  const mark = hasDot ? '.' : ',';
  const groups = text.split(mark);
  // "0,125" is a decimal whatever follows; "1,000" and "1.000.000" group thousands.
  if (isGrouped(text, mark) && !text.startsWith('0')) return Number(groups.join(''));
  return groups.length === 2 ? Number(groups.join('.')) : null;
}

function isGrouped(whole: string, group: string): boolean {
  const parts = whole.split(group);
  return parts.length > 1 && (parts[0] ?? '').length <= 3 && parts.slice(1).every((p) => p.length === 3);
}
