// German word rules for quantities: hedges, units, scales, month and weekday names (general language data).

import { longestFirst, wordSet as set, wordTable as table, type Lexicon } from './lexicon';
import { readGermanNumber } from './number-words';
import { duration, measure, MINUTES, money, PERCENT, PERCENT_POINTS, unitTable } from './units';

const UNITS = unitTable([
  [['sekunde', 'sekunden', 'sek'], duration(MINUTES.second)],
  [['minute', 'minuten', 'min'], duration(MINUTES.minute)],
  [['viertelstunde'], duration(15)],
  [['dreiviertelstunde'], duration(45)],
  [['stunde', 'stunden', 'std', 'h'], duration(MINUTES.hour)],
  [['tag', 'tage', 'tagen', 'tages', 'tags'], duration(MINUTES.day)],
  [['woche', 'wochen'], duration(MINUTES.week)],
  [['monat', 'monate', 'monaten', 'monats'], duration(MINUTES.month)],
  [['jahr', 'jahre', 'jahren', 'jahres', 'jahrs'], duration(MINUTES.year)],
  [['jahrzehnt', 'jahrzehnte', 'jahrzehnten'], duration(10 * MINUTES.year)],
  [['prozent'], PERCENT],
  [['prozentpunkt', 'prozentpunkte', 'prozentpunkten'], PERCENT_POINTS],
  [['euro'], money('EUR')],
  [['dollar', 'dollars', 'us-dollar'], money('USD')],
  [['pfund'], money('GBP')],
  [['franken'], money('CHF')],
  [['rubel'], money('RUB')],
  [['hrywnja', 'hrywnjas', 'griwna', 'griwnas'], money('UAH')],
  [['yen'], money('JPY')],
  [['yuan'], money('CNY')],
  [['kilometer', 'kilometern', 'km'], measure('km')],
  [['meter', 'metern'], measure('m')],
  [['kilogramm', 'kg'], measure('kg')],
  [['tonne', 'tonnen'], measure('t')],
  [['grad'], measure('°')],
]);

export const GERMAN: Lexicon = {
  numberWordsMax: 1,
  readNumber: readGermanNumber,
  approximators: longestFirst([
    'rund', 'etwa', 'ca', 'circa', 'zirka', 'knapp', 'ungefähr', 'fast', 'beinahe', 'nahezu', 'annähernd', 'gut',
    'über', 'unter', 'mehr als', 'weniger als', 'etwas mehr als', 'etwas weniger als', 'knapp über', 'knapp unter',
    'mindestens', 'höchstens', 'maximal', 'bis zu', 'an die', 'um die', 'schätzungsweise', 'geschätzt', 'gut über',
  ]),
  between: set('zwischen'),
  rangeJoiners: set('bis'),
  conjunction: 'und',
  articles: set('ein eine einen einem einer eines'),
  articleAdjectives: table([
    ['halbe halben halbes halber', { factor: 0.5, approximate: false }],
    ['dreiviertel', { factor: 0.75, approximate: false }],
    ['gute guten gutes guter knappe knappen knappes knapper', { factor: 1, approximate: true }],
    ['ganze ganzen ganzes ganzer volle vollen volles voller', { factor: 1, approximate: false }],
  ]),
  articleBlockers: new Set(),
  genitiveArticles: set('eines'),
  genitivePrepositions: set('innerhalb binnen während außerhalb laufe'),
  halfWords: set('halb'),
  andHalf: [],
  fillers: set('lange langen volle vollen ganze ganzen weitere weiteren zusätzliche zusätzlichen'),
  units: UNITS,
  scales: table([
    ['tausend', 1e3], ['million millionen mio', 1e6], ['milliarde milliarden mrd', 1e9],
    ['billion billionen', 1e12], ['dutzend', 12],
  ]),
  durationSuffixes: new Map([
    ['sekündig', MINUTES.second], ['minütig', MINUTES.minute], ['stündig', MINUTES.hour], ['tägig', MINUTES.day],
    ['wöchig', MINUTES.week], ['monatig', MINUTES.month], ['jährig', MINUTES.year],
  ]),
  months: table([
    ['januar jänner jan', 1], ['februar feber feb', 2], ['märz mär mrz', 3], ['april apr', 4], ['mai', 5],
    ['juni jun', 6], ['juli jul', 7], ['august aug', 8], ['september sep sept', 9], ['oktober okt', 10],
    ['november nov', 11], ['dezember dez', 12],
  ]),
  weekdays: table([
    ['sonntag', 0], ['montag', 1], ['dienstag', 2], ['mittwoch', 3], ['donnerstag', 4], ['freitag', 5],
    ['samstag sonnabend', 6],
  ]),
  weekdayParts: set('abend morgen mittag nachmittag vormittag nacht früh'),
  weekdayShifts: table([
    ['nächsten nächster kommenden kommender', 'next' as const],
    ['letzten letzter vergangenen vergangener vorigen voriger', 'past' as const],
  ]),
  relativeDays: table([['vorgestern', -2], ['gestern', -1], ['heute', 0], ['morgen', 1], ['übermorgen', 2]]),
  lowercaseOnly: set('morgen'),
  ordinalDeterminers: set(
    'der die das den dem des am im zum zur vom beim ihr ihre ihrem ihren sein seine seinem seinen',
  ),
  clockWords: set('uhr'),
  ordinalSuffix: null,
};
