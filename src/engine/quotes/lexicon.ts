// The per-language word lists behind quote attribution, loaded once from data/speech-lexicon.json as sets.
// A language without its own section gets the union of all sections: cues of several languages rarely clash,
// and a missed attribution is worse than none being tried. Speech verbs are the engine's one speech-verb
// lexicon (text/speech-verbs.ts), read here in the forms that are cues beside a quotation.

import raw from '../data/speech-lexicon.json';
import { primaryLanguage } from '../text/language';
import { speechVerbs } from '../text/speech-verbs';

interface RawSection {
  passiveAgentVerbs: string[];
  agentPrepositions: string[];
  sourcePrepositions: string[][];
  sourcePostpositions: string[];
  quoteIntroducers: string[];
  impersonalCues: string[][];
  pronouns: string[];
  determiners: string[];
  titleConnectors: string[];
  genitiveArticles: string[];
  auxiliaries: string[];
  labelVerbs: string[];
  conjunctions: string[];
  prepositions: string[];
  titleSuffixes: string[];
  titleWords: string[];
  titleInflections: string[];
  capitalisedFunctionWords: string[];
  konjunktivMarkers: string[];
  weakKonjunktivMarkers: string[];
  konjunktivSubjectPronouns: string[];
  subordinators: string[];
  complementisers: string[];
  clauseStarters: string[];
  scareMarkers: string[];
  functionWords: string[];
  intensifiers: string[];
  intensifierPrefixes: string[];
  separablePrefixes: string[];
  addresseeVerbs?: string[];
  indefiniteArticles?: string[];
}

type SetKeys = Exclude<keyof RawSection, 'sourcePrepositions' | 'impersonalCues' | 'titleSuffixes' | 'titleWords' | 'titleInflections' | 'intensifierPrefixes' | 'separablePrefixes'>;

export type Lexicon = { [K in SetKeys]: Set<string> } & {
  speechVerbs: Set<string>;
  /** Multi-word cues stay as word sequences. */
  sourcePrepositions: string[][];
  impersonalCues: string[][];
  titleSuffixes: string[];
  titleWords: Set<string>;
  titleInflections: string[];
  intensifierPrefixes: string[];
  separablePrefixes: string[];
};

const SECTIONS = raw as unknown as Record<string, RawSection | string>;

/**
 * Lists a section of speech-lexicon.json may lack, per language; the file's own list wins where it has one.
 * addresseeVerbs take the listener as their first object ("told the crowd"), so what follows them is no
 * reported clause until a complementiser or comma; indefiniteArticles mark a role that introduces someone new
 * ("a spokesman said"), which no earlier person resolves.
 */
const DEFAULTS: Record<string, Pick<RawSection, 'addresseeVerbs' | 'indefiniteArticles'>> = {
  de: { addresseeVerbs: [], indefiniteArticles: ['ein', 'eine', 'einer', 'einem', 'einen', 'eines'] },
  en: { addresseeVerbs: ['tell', 'tells', 'told'], indefiniteArticles: ['a', 'an'] },
  fr: { addresseeVerbs: [], indefiniteArticles: ['un', 'une', 'des'] },
};

function withDefaults(key: string, section: RawSection): RawSection {
  return { ...DEFAULTS[key], ...section };
}

/** The sections a language reads, by their language key. */
function sectionsOf(language: string): [string, RawSection][] {
  const own = SECTIONS[language];
  if (own && typeof own === 'object') return [[language, withDefaults(language, own)]];
  return Object.entries(SECTIONS)
    .filter(([key, value]) => !key.startsWith('$') && typeof value === 'object')
    .map(([key, value]) => [key, withDefaults(key, value as RawSection)]);
}

function build(keyed: [string, RawSection][]): Lexicon {
  const sections = keyed.map(([, section]) => section);
  const set = (key: SetKeys) => new Set(sections.flatMap((s) => s[key] ?? []));
  const list = <K extends keyof RawSection>(key: K) => sections.flatMap((s) => (s[key] ?? []) as RawSection[K] & unknown[]);
  return {
    speechVerbs: new Set(keyed.flatMap(([key]) => speechVerbs(key, 'cue'))),
    passiveAgentVerbs: set('passiveAgentVerbs'),
    agentPrepositions: set('agentPrepositions'),
    sourcePostpositions: set('sourcePostpositions'),
    quoteIntroducers: set('quoteIntroducers'),
    pronouns: set('pronouns'),
    determiners: set('determiners'),
    conjunctions: set('conjunctions'),
    auxiliaries: set('auxiliaries'),
    titleConnectors: set('titleConnectors'),
    genitiveArticles: set('genitiveArticles'),
    labelVerbs: set('labelVerbs'),
    prepositions: set('prepositions'),
    capitalisedFunctionWords: set('capitalisedFunctionWords'),
    konjunktivMarkers: set('konjunktivMarkers'),
    weakKonjunktivMarkers: set('weakKonjunktivMarkers'),
    konjunktivSubjectPronouns: set('konjunktivSubjectPronouns'),
    subordinators: set('subordinators'),
    complementisers: set('complementisers'),
    clauseStarters: set('clauseStarters'),
    scareMarkers: set('scareMarkers'),
    functionWords: set('functionWords'),
    intensifiers: set('intensifiers'),
    addresseeVerbs: set('addresseeVerbs'),
    indefiniteArticles: set('indefiniteArticles'),
    sourcePrepositions: list('sourcePrepositions') as string[][],
    impersonalCues: list('impersonalCues') as string[][],
    titleSuffixes: list('titleSuffixes') as string[],
    titleWords: new Set(list('titleWords') as string[]),
    titleInflections: [...new Set(list('titleInflections') as string[])],
    intensifierPrefixes: list('intensifierPrefixes') as string[],
    separablePrefixes: list('separablePrefixes') as string[],
  };
}

const cache = new Map<string, Lexicon>();

/** The lexicon for a BCP-47 tag; only the primary subtag counts ("de-AT" → "de"). */
export function lexiconFor(language: string): Lexicon {
  const primary = primaryLanguage(language) ?? '';
  let lexicon = cache.get(primary);
  if (!lexicon) {
    lexicon = build(sectionsOf(primary));
    cache.set(primary, lexicon);
  }
  return lexicon;
}

// Name reading asks this of nearly every capitalised word, several times per article, and each answer tries
// every inflection against every title suffix; the answers are remembered per lexicon (bounded).
const titleWordCaches = new WeakMap<Lexicon, Map<string, boolean>>();
const TITLE_WORD_CACHE_SIZE = 20_000;

/** "US-Präsident", "Präsidenten", "Kremlchef", "spokesman" → true. */
export function isTitleWord(lower: string, lexicon: Lexicon): boolean {
  let cache = titleWordCaches.get(lexicon);
  if (!cache) titleWordCaches.set(lexicon, (cache = new Map()));
  let answer = cache.get(lower);
  if (answer === undefined) {
    answer = endsInTitle(lower, lexicon);
    if (cache.size >= TITLE_WORD_CACHE_SIZE) cache.clear();
    cache.set(lower, answer);
  }
  return answer;
}

function endsInTitle(lower: string, lexicon: Lexicon): boolean {
  const last = lower.split('-').pop() ?? lower;
  return lexicon.titleInflections.some((ending) => {
    if (ending && !last.endsWith(ending)) return false;
    const base = last.slice(0, last.length - ending.length);
    // German titles are compound heads (Verteidigungs|minister); other languages' titles are whole words.
    return lexicon.titleWords.has(base) || lexicon.titleSuffixes.some((suffix) => base.endsWith(suffix));
  });
}
