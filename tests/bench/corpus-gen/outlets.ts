// Invented outlets and their house styles. A style is what makes two reports of one fact read differently
// even when nothing else does: direct quotes or reported speech, office titles or surnames, favourite
// verbs of saying, and how readily the desk reprints agency copy.

export interface Outlet {
  name: string;
  host: string;
  language: 'de' | 'en';
  /** Share of statements given as direct quotes rather than in Konjunktiv reported speech. */
  directQuotes: number;
  /** Share of repeat mentions of a person by office ("die Ministerin") rather than by surname. */
  titleMentions: number;
  /** Share of reports that reprint agency paragraphs verbatim. */
  reprintsAgency: number;
  /** Share of numbers given rounded or hedged ("rund 1.200") rather than exact. */
  hedgesNumbers: number;
}

export interface Agency {
  name: string;
  short: string;
  language: 'de' | 'en';
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Nordischer Meldedienst', short: 'nmd', language: 'de' },
  { name: 'Europäischer Pressedienst', short: 'epd-n', language: 'de' },
  { name: 'Continental Wire', short: 'CW', language: 'en' },
];

type Style = Omit<Outlet, 'name' | 'host' | 'language'>;
const TABLOID: Style = { directQuotes: 0.8, titleMentions: 0.3, reprintsAgency: 0.2, hedgesNumbers: 0.5 };
const BROADSHEET: Style = { directQuotes: 0.35, titleMentions: 0.6, reprintsAgency: 0.15, hedgesNumbers: 0.2 };
const REGIONAL: Style = { directQuotes: 0.5, titleMentions: 0.5, reprintsAgency: 0.6, hedgesNumbers: 0.3 };
const PORTAL: Style = { directQuotes: 0.6, titleMentions: 0.4, reprintsAgency: 0.8, hedgesNumbers: 0.4 };

function outlet(name: string, language: 'de' | 'en', style: Style): Outlet {
  const host = `${name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-')}.example`;
  return { name, host, language, ...style };
}

export const OUTLETS: readonly Outlet[] = [
  outlet('Nordkurier Tagblatt', 'de', REGIONAL),
  outlet('Rheintaler Rundschau', 'de', REGIONAL),
  outlet('Elbtal-Anzeiger', 'de', REGIONAL),
  outlet('Harzer Volksstimme', 'de', REGIONAL),
  outlet('Südfränkische Nachrichten', 'de', REGIONAL),
  outlet('Marschenbote', 'de', REGIONAL),
  outlet('Oberwälder Zeitung', 'de', REGIONAL),
  outlet('Allgemeine Morgenpost', 'de', BROADSHEET),
  outlet('Der Tagesspiegel Nord', 'de', BROADSHEET),
  outlet('Frankfurter Abendblatt', 'de', BROADSHEET),
  outlet('Neue Landeszeitung', 'de', BROADSHEET),
  outlet('Die Wochenpost', 'de', BROADSHEET),
  outlet('Blitz am Mittag', 'de', TABLOID),
  outlet('Express Nord', 'de', TABLOID),
  outlet('Bild der Region', 'de', TABLOID),
  outlet('nachrichten-jetzt.de', 'de', PORTAL),
  outlet('Infoportal Mitte', 'de', PORTAL),
  outlet('heute-kompakt', 'de', PORTAL),
  outlet('Stadtspiegel Kessling', 'de', REGIONAL),
  outlet('Kurier am Sonntag', 'de', BROADSHEET),
  outlet('The Continental Ledger', 'en', BROADSHEET),
  outlet('Northern Herald', 'en', TABLOID),
  outlet('Europe Today Online', 'en', PORTAL),
  outlet('Daily Meridian', 'en', TABLOID),
  outlet('The Rhine Observer', 'en', BROADSHEET),
];
