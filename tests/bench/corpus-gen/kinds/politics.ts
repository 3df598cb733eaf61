// Politics: a state cabinet approves a bill, and weeks later the state parliament passes it. Both kinds
// share the people and most words of a story, which is exactly the "same actors, other event" case.

import { REGIONS, PARTIES } from '../names';
import type { Rng } from '../prng';
import type { World } from '../world';
import type { EventCast, EventKind } from './types';

const BILLS = [
  { bare: 'Polizeigesetz', nom: 'das neue Polizeigesetz', dat: 'dem neuen Polizeigesetz', en: 'the new police law', ministry: 'Innen', enMinistry: 'Interior' },
  { bare: 'Grundsteuerreform', nom: 'die Grundsteuerreform', dat: 'der Grundsteuerreform', en: 'the property tax reform', ministry: 'Finanz', enMinistry: 'Finance' },
  { bare: 'Kita-Gesetz', nom: 'das Kita-Gesetz', dat: 'dem Kita-Gesetz', en: 'the childcare law', ministry: 'Sozial', enMinistry: 'Social Affairs' },
  { bare: 'Schulgesetz', nom: 'das Schulgesetz', dat: 'dem Schulgesetz', en: 'the schools law', ministry: 'Bildungs', enMinistry: 'Education' },
  { bare: 'Klimaschutzgesetz', nom: 'das Klimaschutzgesetz', dat: 'dem Klimaschutzgesetz', en: 'the climate protection law', ministry: 'Umwelt', enMinistry: 'Environment' },
  { bare: 'Krankenhausreform', nom: 'die Krankenhausreform', dat: 'der Krankenhausreform', en: 'the hospital reform', ministry: 'Gesundheits', enMinistry: 'Health' },
  { bare: 'Wohnraumförderung', nom: 'die neue Wohnraumförderung', dat: 'der neuen Wohnraumförderung', en: 'the housing subsidy scheme', ministry: 'Bau', enMinistry: 'Housing' },
  { bare: 'Ladenöffnungsgesetz', nom: 'das Ladenöffnungsgesetz', dat: 'dem Ladenöffnungsgesetz', en: 'the shop opening law', ministry: 'Wirtschafts', enMinistry: 'Economy' },
];

function castBill(rng: Rng, world: World): EventCast {
  const region = rng.pick(REGIONS);
  const bill = rng.pick(BILLS);
  const party = rng.pick(PARTIES);
  const minister = world.figure(`minister:${bill.ministry}:${region.name}`,
    { m: `${bill.ministry}minister`, f: `${bill.ministry}ministerin`, en: `${bill.enMinistry} Minister` }, rng.chance(0.3) ? `von ${region.name}` : '');
  const opposition = world.figure(`opposition:${region.name}`, { m: `${party}-Fraktionschef`, f: `${party}-Fraktionschefin`, en: 'opposition leader' });
  const premier = world.figure(`premier:${region.name}`, { m: 'Ministerpräsident', f: 'Ministerpräsidentin', en: 'State Premier', mDat: 'Ministerpräsidenten' });
  const yes = rng.int(48, 80);
  return {
    people: { minister, opposition, premier },
    words: {
      region: { de: region.name, en: region.name },
      regionAdj: { de: region.adjective, en: region.name },
      bill: { de: bill.nom, en: bill.en },
      billDat: { de: bill.dat, en: bill.en },
      billBare: { de: bill.bare, en: bill.en },
    },
    quantities: {
      cost: { kind: 'money', value: rng.int(12, 900) * 1e6 },
      affected: { kind: 'count', value: rng.int(20, 900) * 100 },
      yes: { kind: 'count', value: yes, agreed: true },
      no: { kind: 'count', value: rng.int(20, yes - 5), agreed: true },
      hours: { kind: 'minutes', value: rng.pick([60, 90, 120, 180, 240]) },
    },
    laterDays: { start: rng.int(40, 200) },
  };
}

const STATEMENTS: EventKind['statements'] = [
  {
    speaker: 'minister',
    direct: ['Mit {w.billDat} schaffen wir endlich [Klarheit|Verlässlichkeit|Planungssicherheit] für die Menschen in {w.region}', 'Wir haben lange [gerungen|verhandelt], aber das Ergebnis kann sich sehen lassen'],
    reported: ['mit {w.billDat} schaffe die Regierung endlich [Klarheit|Verlässlichkeit|Planungssicherheit] für die Menschen im Land', 'man habe lange [gerungen|verhandelt], das Ergebnis könne sich aber sehen lassen'],
    en: ['This law finally gives the people of {w.region} certainty', 'We negotiated for a long time, but the result speaks for itself'],
  },
  {
    speaker: 'opposition',
    direct: ['Das ist ein [schlechter Tag|schwarzer Tag] für {w.region}', 'Die Regierung [ignoriert|übergeht] die Bedenken der Kommunen', 'Die Kosten [laufen aus dem Ruder|sind nicht gedeckt]'],
    reported: ['es sei ein [schlechter Tag|schwarzer Tag] für {w.region}', 'die Regierung [ignoriere|übergehe] die Bedenken der Kommunen', 'die Kosten [liefen aus dem Ruder|seien nicht gedeckt]'],
    en: ['This is a bad day for {w.region}', 'The government is ignoring the concerns of the municipalities'],
  },
  {
    speaker: 'premier',
    direct: ['Dieses Gesetz ist ein [Kernstück|zentrales Vorhaben] unserer Koalition', 'Wir halten Wort'],
    reported: ['das Gesetz sei ein [Kernstück|zentrales Vorhaben] der Koalition', 'die Regierung halte Wort'],
    en: ['This law is a centrepiece of our coalition'],
  },
];

const SHARED_FACTS: EventKind['facts'] = [
  { de: ['Die Kosten [beziffert|schätzt] das Ministerium auf {q.cost} [pro Jahr|jährlich].', 'Nach Angaben des Ministeriums kostet das Vorhaben {q.cost} im Jahr.', 'Insgesamt {q.cost} sollen dafür jährlich bereitgestellt werden.'], en: ['The ministry puts the cost at {q.cost} a year.'] },
  { de: ['Betroffen sind nach [Schätzungen|Berechnungen] des Ministeriums {q.affected} Menschen.', 'Die Neuregelung [betrifft|gilt für] {q.affected} Menschen in {w.region}.'], en: ['According to the ministry, {q.affected} people are affected.'] },
  { de: ['In Kraft treten [soll|wird] {w.bill} {later.start}.', '{later.start} [soll|wird] die Regelung gelten.'], en: ['The rules are to take effect {later.start}.'] },
  { de: ['Kommunale Spitzenverbände hatten zuvor [Nachbesserungen|Änderungen] verlangt.', 'Die Kommunen hatten im [Vorfeld|Anhörungsverfahren] [Kritik geübt|Bedenken angemeldet].'], en: ['Local authorities had called for changes beforehand.'] },
  { de: ['Die Opposition [kündigte eine Klage vor dem Verfassungsgericht an|drohte mit einer Klage vor dem Verfassungsgericht].', '{p.opposition.dat} zufolge [prüft|erwägt] die Opposition eine Verfassungsklage.'], en: ['The opposition is considering a constitutional complaint.'] },
];

export const CABINET_BILL: EventKind = {
  domain: 'politics',
  name: 'cabinet-bill',
  cast: castBill,
  titles: {
    de: ['Kabinett [billigt|beschließt] {w.billBare}', '{w.region}: [Landesregierung|Kabinett] bringt {w.billBare} auf den Weg', '[Streit um|Grünes Licht für] {w.billBare} in {w.region}', 'Entwurf für {w.billBare} steht'],
    en: ['{w.region} cabinet approves {w.billBare}', 'Government in {w.region} backs {w.billBare}'],
  },
  lead: [
    { de: ['Die Landesregierung von {w.region} hat {day} {w.bill} [auf den Weg gebracht|beschlossen|gebilligt].', 'Das {w.regionAdj}e Kabinett hat {day} den Entwurf für {w.bill} [gebilligt|verabschiedet].', '{day} [billigte|beschloss] das Kabinett in {w.region} den Entwurf für {w.bill}.'], en: ['The state government of {w.region} approved {w.bill} {day}.'] },
    { de: ['{p.minister} stellte den Entwurf [nach der Kabinettssitzung|anschließend] [vor|der Presse vor].', '{p.minister} präsentierte den Entwurf [nach der Kabinettssitzung|anschließend].', 'Den Entwurf hatte {p.minister} [erarbeitet|vorgelegt].'], en: ['{p.minister} presented the draft after the cabinet meeting.'] },
    { de: ['Der Entwurf geht nun in den Landtag.', 'Als Nächstes [befasst sich der Landtag mit dem Entwurf|berät der Landtag über den Entwurf].', 'Der Landtag soll [noch vor der Sommerpause|in den kommenden Wochen] darüber [abstimmen|beraten].'], en: ['The bill now goes to the state parliament.'] },
  ],
  facts: [
    ...SHARED_FACTS,
    { de: ['Die Kabinettssitzung dauerte {q.hours}.', 'Nach {q.hours.dat} [Beratung|Sitzung] stand der [Beschluss|Entwurf].'], en: ['The cabinet meeting lasted {q.hours}.'] },
    { de: ['{p.premier} [sprach|sprach im Anschluss] von einem [wichtigen Schritt|Meilenstein].', 'Aus der Staatskanzlei hieß es, man sei [zufrieden|erleichtert].'], en: ['{p.premier} called it an important step.'] },
  ],
  statements: STATEMENTS,
  sequelKeeps: ['minister', 'opposition', 'premier', 'region', 'regionAdj', 'bill', 'billDat', 'billBare'],
};

export const PARLIAMENT_VOTE: EventKind = {
  domain: 'politics',
  name: 'parliament-vote',
  cast: castBill,
  titles: {
    de: ['Landtag [verabschiedet|beschließt] {w.billBare}', '{w.billBare}: Landtag [stimmt zu|sagt Ja]', '[Mehrheit für|Knappe Mehrheit für] {w.billBare} in {w.region}', 'Nach [hitziger|langer] Debatte: {w.billBare} beschlossen'],
    en: ['{w.region} parliament passes {w.billBare}', 'State lawmakers back {w.billBare}'],
  },
  lead: [
    { de: ['Der Landtag von {w.region} hat {day} {w.bill} [verabschiedet|beschlossen].', '{day} [stimmte|votierte] der {w.regionAdj}e Landtag für {w.bill}.', 'Mit den Stimmen der Koalition hat der Landtag {day} {w.bill} [beschlossen|verabschiedet].'], en: ['The parliament of {w.region} passed {w.bill} {day}.'] },
    { de: ['{q.yes} Abgeordnete stimmten dafür, {q.no} dagegen.', 'Für das Gesetz [stimmten|votierten] {q.yes} Abgeordnete, dagegen {q.no}.', 'Das Ergebnis: {q.yes} Ja- und {q.no} Nein-Stimmen.'], en: ['{q.yes} members voted in favour and {q.no} against.'] },
    { de: ['Vorausgegangen war eine [hitzige|lebhafte|mehrstündige] Debatte.', 'Die Debatte [dauerte|zog sich über] {q.hours}.'], en: ['The debate lasted {q.hours}.'] },
  ],
  facts: [
    ...SHARED_FACTS,
    { de: ['{p.opposition} [warf|hielt] der Regierung [handwerkliche Fehler|Wortbruch] vor.', 'Die Opposition [kritisierte|bemängelte] das Gesetz als [unausgegoren|überhastet].'], en: ['{p.opposition} accused the government of rushing the law.'] },
    { de: ['{p.minister} [verteidigte|rechtfertigte] das Gesetz im Plenum.', 'Im Plenum [warb|warb erneut] {p.minister} für {w.bill}.'], en: ['{p.minister} defended the law in the chamber.'] },
  ],
  statements: STATEMENTS,
  sequelKeeps: ['minister', 'opposition', 'premier', 'region', 'regionAdj', 'bill', 'billDat', 'billBare'],
};
