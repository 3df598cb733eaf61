// Function words that carry no claim. Kept short and by hand: negations (nicht, kein, nie, not, no), numbers
// and modal verbs (soll, will, könnte) are deliberately absent, because dropping them flips or weakens claims.

const GERMAN = `der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn
  in im ins an am auf aus bei mit nach von vom zu zum zur über unter vor hinter neben zwischen durch für gegen ohne um
  bis seit während wegen trotz als wie so auch noch schon nur sehr dann da dort hier dabei dazu damit daran darauf
  ist sind war waren sein seine seiner seinen seinem seines ihr ihre ihrer ihren ihrem ihres wird werden wurde wurden
  worden hat haben hatte hatten habe hätten hätte sei seien wäre wären es er sie wir ich du ihm ihn ihnen uns man
  sich dass daß ob wenn weil damit dieser diese dieses diesen diesem jener jene welche welcher welches was wer
  wo wobei zudem außerdem jedoch bereits ebenfalls etwa rund eben denn ja nun mal jetzt beim beide beiden`;

const ENGLISH = `the a an and or but of in on at to for from by with about as into over after before under between
  through during without is are was were be been being has have had do does did it its he she they we i you him her
  them us his their our this that these those which who whom whose what where when while also just very then there
  here so than too any each both such own same into out up down off again further once`;

const LISTS: Record<string, ReadonlySet<string>> = {
  de: new Set(GERMAN.split(/\s+/).filter(Boolean)),
  en: new Set(ENGLISH.split(/\s+/).filter(Boolean)),
};

const EMPTY: ReadonlySet<string> = new Set();

export function functionWords(language: string): ReadonlySet<string> {
  return LISTS[language] ?? EMPTY;
}

/** Markers used to guess a text's language: the most frequent function words of each. */
export const LANGUAGE_MARKERS: Record<string, readonly string[]> = {
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'den', 'sich', 'des', 'auf', 'für', 'dem', 'ein', 'eine', 'dass', 'daß', 'wurde', 'hat', 'auch'],
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'on', 'his', 'said', 'has', 'have', 'from', 'by', 'it', 'be', 'are', 'this'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'pour', 'que', 'qui', 'dans', 'pas', 'sur', 'avec', 'au', 'il', 'elle', 'ont', 'été'],
  es: ['el', 'la', 'los', 'las', 'y', 'del', 'que', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'al', 'fue', 'su', 'como', 'más', 'pero'],
  it: ['il', 'la', 'di', 'che', 'e', 'del', 'della', 'per', 'con', 'una', 'sono', 'non', 'gli', 'nel', 'alla', 'è', 'ha', 'dei', 'anche', 'come'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'voor', 'zijn', 'op', 'ook', 'aan', 'werd', 'heeft', 'naar', 'maar', 'dit', 'bij'],
};
