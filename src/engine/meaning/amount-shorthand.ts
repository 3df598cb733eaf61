// Headline shorthand for amounts ("$55B", "€3bn", "£2.5m") written out the way the quantity reader
// understands it ("55 billion dollars" / "55 Mrd. Dollar"), so that "$55B" and "55 Mrd. Dollar" agree.

const CURRENCY: Record<string, { en: string; de: string }> = {
  $: { en: 'dollars', de: 'Dollar' },
  '€': { en: 'euros', de: 'Euro' },
  '£': { en: 'pounds', de: 'Pfund' },
};
const SCALE: Record<string, { en: string; de: string }> = {
  b: { en: 'billion', de: 'Mrd.' },
  bn: { en: 'billion', de: 'Mrd.' },
  m: { en: 'million', de: 'Mio.' },
  mn: { en: 'million', de: 'Mio.' },
  k: { en: 'thousand', de: 'Tausend' },
  t: { en: 'trillion', de: 'Billionen' },
  tn: { en: 'trillion', de: 'Billionen' },
};

const SHORTHAND = /([$€£])\s?(\d+(?:[.,]\d+)?)\s?(bn|mn|tn|[bmkt])\b/giu;

export function normaliseAmountShorthand(text: string, language: 'de' | 'en'): string {
  return text.replace(SHORTHAND, (whole, symbol: string, number: string, scale: string) => {
    const currency = CURRENCY[symbol];
    const factor = SCALE[scale.toLowerCase()];
    if (!currency || !factor) return whole;
    return `${number} ${factor[language]} ${currency[language]}`;
  });
}
