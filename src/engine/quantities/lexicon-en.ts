// English word rules for quantities: hedges, units, scales, month and weekday names (general language data).

import { longestFirst, wordSet as set, wordTable as table, type Lexicon } from './lexicon';
import { readEnglishNumber } from './number-words';
import { duration, measure, MINUTES, money, PERCENT, PERCENT_POINTS, unitTable } from './units';

const UNITS = unitTable([
  [['second', 'seconds', 'sec', 'secs'], duration(MINUTES.second)],
  [['minute', 'minutes', 'min', 'mins'], duration(MINUTES.minute)],
  [['hour', 'hours', 'hr', 'hrs', 'h'], duration(MINUTES.hour)],
  [['day', 'days'], duration(MINUTES.day)],
  [['week', 'weeks'], duration(MINUTES.week)],
  [['fortnight', 'fortnights'], duration(2 * MINUTES.week)],
  [['month', 'months'], duration(MINUTES.month)],
  [['year', 'years', 'yr', 'yrs'], duration(MINUTES.year)],
  [['decade', 'decades'], duration(10 * MINUTES.year)],
  [['percent', 'per cent', 'pct'], PERCENT],
  [['percentage point', 'percentage points'], PERCENT_POINTS],
  [['euro', 'euros'], money('EUR')],
  [['dollar', 'dollars'], money('USD')],
  [['yen'], money('JPY')],
  [['yuan'], money('CNY')],
  [['rouble', 'roubles', 'ruble', 'rubles'], money('RUB')],
  [['hryvnia', 'hryvnias'], money('UAH')],
  [['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km'], measure('km')],
  [['mile', 'miles'], measure('mi')],
  [['metre', 'metres', 'meter', 'meters'], measure('m')],
  [['kilogram', 'kilograms', 'kg'], measure('kg')],
  [['tonne', 'tonnes', 'ton', 'tons'], measure('t')],
  [['degree', 'degrees'], measure('°')],
]);

export const ENGLISH: Lexicon = {
  numberWordsMax: 8,
  readNumber: readEnglishNumber,
  approximators: longestFirst([
    'about', 'around', 'approximately', 'approx', 'roughly', 'nearly', 'almost', 'some', 'over', 'under',
    'more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'close to', 'just over', 'just under',
    'upwards of', 'an estimated', 'estimated', 'circa', 'ca', 'well over',
  ]),
  between: set('between'),
  rangeJoiners: set('to'),
  conjunction: 'and',
  articles: set('a an'),
  articleAdjectives: table([
    ['half', { factor: 0.5, approximate: false }],
    ['good', { factor: 1, approximate: true }],
    ['full whole', { factor: 1, approximate: false }],
  ]),
  articleBlockers: set('once twice thrice times per every each'),
  genitiveArticles: new Set(),
  genitivePrepositions: new Set(),
  halfWords: set('half'),
  andHalf: ['and', 'a', 'half'],
  fillers: set('full long more additional whole further'),
  units: UNITS,
  scales: table([
    ['hundred', 100], ['thousand', 1e3], ['million mn', 1e6], ['billion bn', 1e9], ['trillion', 1e12], ['dozen', 12],
  ]),
  durationSuffixes: new Map(),
  months: table([
    ['january jan', 1], ['february feb', 2], ['march mar', 3], ['april apr', 4], ['may', 5], ['june jun', 6],
    ['july jul', 7], ['august aug', 8], ['september sep sept', 9], ['october oct', 10], ['november nov', 11],
    ['december dec', 12],
  ]),
  weekdays: table([
    ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ]),
  weekdayParts: new Set(),
  weekdayShifts: table([['next', 'next' as const], ['last past', 'past' as const]]),
  relativeDays: table([['yesterday', -1], ['today', 0], ['tonight', 0], ['tomorrow', 1]]),
  lowercaseOnly: new Set(),
  ordinalDeterminers: new Set(),
  clockWords: set("a.m p.m am pm o'clock o’clock"),
  ordinalSuffix: /^(\d{1,2})(?:st|nd|rd|th)$/,
};
