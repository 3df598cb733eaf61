// The words the claim splitter reads clause boundaries from, per language: conjunctions that join main
// clauses, relative pronouns, pronouns that open a clause, and how a finite verb looks. General grammar,
// not knowledge of any text; a language without cues is never split.

import { functionWords } from '../text/function-words';

export interface ClauseCues {
  coordinators: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  /** Clause openers after a comma that add a statement ("wobei", "whereupon"). */
  clauseAdverbs: ReadonlySet<string>;
  /** Prepositions that may stand before a relative pronoun (", bei dem …"). */
  prepositions: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  /** Indefinite articles that open an apposition (", ein Vertrauter des Präsidenten,"). */
  indefinites: ReadonlySet<string>;
  /** Finite verb forms no ending rule finds (strong verbs, auxiliaries, frequent reporting verbs). */
  verbs: ReadonlySet<string>;
  /** Lower-case words that never open a clause as its verb (function words, adverbs ending like verbs). */
  notVerbs: ReadonlySet<string>;
  /** How a regular finite verb or participle ends. */
  verbEnding: RegExp;
  /** How an inflected adjective ends ("den ukrainischen Präsidenten"). */
  adjectiveEnding: RegExp;
  /** The word before an infinitive ("zu informieren", "to inform"). */
  infinitiveMarkers: ReadonlySet<string>;
  /** Where a statement was made: prepositions, the determiners between them and the medium, the nouns of a
   *  medium ("auf ihrer Plattform", "in einem Interview", "on her blog"), see channel-claims.ts. */
  channelPrepositions: ReadonlySet<string>;
  channelDeterminers: ReadonlySet<string>;
  channelNoun: RegExp;
  /** Words that open what was stated ("dass", "that"). */
  complementizers: ReadonlySet<string>;
}

/** Names of platforms people publish statements on, lower-case, word by word: a medium by name ("auf
 *  Telegram", "on X") as much as by a noun. Data, not knowledge of any text. */
export const PLATFORM_NAMES: readonly (readonly string[])[] = [
  'truth social', 'x', 'twitter', 'telegram', 'facebook', 'instagram', 'tiktok', 'youtube', 'threads', 'bluesky',
  'mastodon', 'linkedin', 'whatsapp', 'weibo', 'wechat', 'vkontakte', 'vk', 'rumble', 'substack',
].map((name) => name.split(' '));

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

function cues(language: string, spec: Omit<ClauseCues, 'notVerbs'> & { adverbs: string }): ClauseCues {
  const notVerbs = new Set([...functionWords(language), ...words(spec.adverbs)]);
  for (const verb of spec.verbs) notVerbs.delete(verb);
  const { adverbs: _adverbs, ...rest } = spec;
  return { ...rest, notVerbs };
}

const GERMAN = cues('de', {
  coordinators: words('und sowie aber doch'),
  relatives: words('der die das dem den deren dessen denen welche welcher welches welchem welchen'),
  clauseAdverbs: words('wobei woraufhin wodurch weshalb weswegen'),
  prepositions: words('mit bei in an auf für von vom zu über unter nach aus durch gegen vor zwischen während'),
  pronouns: words('ich du er sie es wir ihr man'),
  indefinites: words('ein eine einer eines'),
  verbs: words(`hat habe hätte hätten haben hatte hatten ist sei seien sind war waren wäre wären wurde wurden wird
    werden würde würden gab gaben sprach sprachen traf trafen kam kamen ließ ließen nahm nahmen bat rief hielt
    stand fand sah zog ging blieb lag schrieb beschrieb las lud empfing versprach nannte will wollen wollte soll
    sollen sollte sollten kann können konnte könne muss müsse musste muß darf dürfe informierte telefonierte
    bestätigte erklärte sagte kündigte betonte forderte warnte lobte kritisierte dankte vereinbarte drohte besuchte
    plant plante`),
  adverbs: `nicht jetzt zuletzt bereits längst selbst zumindest insgesamt direkt bestimmt erst meist fast weit
    zuerst zunächst stets spät bisher heute gestern morgen danach anschließend später`,
  verbEnding: /(?:t|te|ten|tet|tete|teten)$/,
  adjectiveEnding: /(?:e|en|er|es|em)$/,
  infinitiveMarkers: words('zu'),
  channelPrepositions: words('auf in im über via per bei'),
  channelDeterminers: words(`der die das dem den des ein eine einer einem einen eines sein seine seiner seinem seinen
    seines ihr ihre ihrer ihrem ihren ihres dessen deren`),
  // Compounds end in their head noun: "Onlinedienst", "Fernsehinterview", "Pressekonferenz".
  channelNoun: /(?:plattform|nachrichtendienst|onlinedienst|netzwerk|kanal|account|profil|interview|konferenz|erklärung|mitteilung|stellungnahme|ansprache|botschaft|beitrag|post|posting|tweet|sendung|podcast|blog)$/u,
  complementizers: words('dass daß ob'),
});

const ENGLISH = cues('en', {
  coordinators: words('and but'),
  relatives: words('which who whom whose'),
  clauseAdverbs: words('whereupon whereby'),
  prepositions: words('in at with by for of on from during under'),
  pronouns: words('i he she it we they'),
  indefinites: words('a an'),
  verbs: words(`is was are were has had have will would could should can may might said says told spoke agreed met
    called added made gave took went came saw held invited plans wants hopes urged warned insisted described`),
  adverbs: `not also then later still already first`,
  verbEnding: /ed$/,
  adjectiveEnding: /^$/,
  infinitiveMarkers: words('to'),
  channelPrepositions: words('on in via through'),
  channelDeterminers: words('the a an his her their its our my'),
  channelNoun: /^(?:platform|network|service|channel|account|profile|interview|conference|statement|release|address|message|post|tweet|broadcast|podcast|blog|briefing)s?$/u,
  complementizers: words('that whether'),
});

export const CLAUSE_CUES: Readonly<Record<string, ClauseCues>> = { de: GERMAN, en: ENGLISH };
