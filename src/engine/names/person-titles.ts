// Words that introduce a person by office ("Präsident", "Außenminister", "Kremlchef", "Sprecher").
// General language data; a compound whose last part is one of these is a title too (US-Präsident).

const TITLE_HEADS = [
  'präsident', 'präsidentin', 'präsidenten', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'ministers',
  'chef', 'chefin', 'chefs', 'sprecher', 'sprecherin', 'senator', 'senatorin', 'botschafter', 'botschafterin',
  'sekretär', 'sekretärin', 'premier', 'premierminister', 'gouverneur', 'bürgermeister', 'bürgermeisterin',
  'abgeordnete', 'abgeordneten', 'vorsitzende', 'vorsitzenden', 'general', 'generalin', 'könig', 'königin',
  'papst', 'herrscher', 'machthaber', 'diktator', 'staatschef', 'regierungschef', 'oppositionsführer',
  'president', 'minister', 'secretary', 'chancellor', 'senator', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'governor', 'mayor', 'chief', 'leader', 'premier', 'king', 'queen', 'pope', 'general',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'herr', 'frau',
];

const HEADS: ReadonlySet<string> = new Set(TITLE_HEADS);

export function isPersonTitle(lower: string): boolean {
  const word = lower.replace(/\.$/, '');
  return HEADS.has(word) || TITLE_HEADS.some((head) => word.endsWith(head) && word.length > head.length + 1);
}

/** A compound office ("Kremlchef", "US-Außenminister") names fewer people than a bare one ("Präsident"). */
export function isCompoundTitle(lower: string): boolean {
  return isPersonTitle(lower) && !HEADS.has(lower.replace(/\.$/, ''));
}
