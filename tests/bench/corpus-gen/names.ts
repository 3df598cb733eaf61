// Invented people, places and parties. Pools are kept small on purpose: the same surnames and towns turn up
// in unrelated events, as they do in real news, so a shared name alone must not decide a match.

export const FIRST_NAMES_F = [
  'Anke', 'Birte', 'Carla', 'Dörte', 'Edda', 'Frauke', 'Gesine', 'Hanne', 'Ilka', 'Jördis', 'Kerstin', 'Liv',
  'Maren', 'Nele', 'Okka', 'Petra', 'Rieke', 'Svenja', 'Tabea', 'Ute', 'Vera', 'Wiebke', 'Yasmin', 'Zora',
];

export const FIRST_NAMES_M = [
  'Arvid', 'Bernd', 'Claas', 'Detlef', 'Eike', 'Falk', 'Gero', 'Hauke', 'Ingo', 'Jannik', 'Knut', 'Lasse',
  'Malte', 'Nils', 'Ole', 'Piet', 'Rasmus', 'Sönke', 'Timo', 'Uwe', 'Volker', 'Wenzel', 'Yannick', 'Zeno',
];

export const SURNAMES = [
  'Albrechtsen', 'Brösel', 'Carstensen', 'Dammholz', 'Eilers', 'Fenske', 'Grabowsky', 'Harmsen', 'Ihlenfeld',
  'Jaspersen', 'Kettler', 'Lindqvist', 'Mahnke', 'Nottebohm', 'Ohlrogge', 'Pietsch', 'Quandel', 'Rehbein',
  'Sievertsen', 'Tammen', 'Ulbrich', 'Vosskamp', 'Wendt', 'Zernikow', 'Brandhorst', 'Kühlmann', 'Oltmanns',
  'Preuschoff', 'Schwenke', 'Tiedjen', 'Wöhlke', 'Hinrichsen', 'Lürssen', 'Mertesacker', 'Rohwedder', 'Stegemann',
];

/** Towns: the dateline and the scene of local events. */
export const TOWNS = [
  'Kessling', 'Bad Ferlingen', 'Oberwald', 'Hellweiler', 'Lindenbrück', 'Ostrau', 'Marschhagen', 'Steinfurt-Au',
  'Grauwitz', 'Nordheide', 'Altenmoor', 'Wettersbach', 'Rabenau', 'Fehrstedt', 'Dünnwald', 'Kaltenbronn',
  'Sülzheim', 'Brakenhof', 'Mühlhaven', 'Tessinau', 'Wolfsried', 'Gerlachshausen', 'Pröbstingen', 'Elmshagen',
];

/** Invented federal states ("Land"), with an adjective for "der ___e Landtag". */
export const REGIONS: readonly { name: string; adjective: string }[] = [
  { name: 'Nordmark', adjective: 'nordmärkisch' },
  { name: 'Westerland-Hessen', adjective: 'westerland-hessisch' },
  { name: 'Oberrhein-Pfalz', adjective: 'oberrhein-pfälzisch' },
  { name: 'Elbtal', adjective: 'elbtalisch' },
  { name: 'Südfranken', adjective: 'südfränkisch' },
  { name: 'Harzland', adjective: 'harzländisch' },
];

export const PARTIES = ['SVP', 'Neue Mitte', 'Grüne Liste', 'Bürgerbund', 'Linke Allianz', 'FWD'];
