// Local news: a house fire, and a town council decision. Both come from the same towns and the same mayors
// and fire brigade spokespeople, as local pages do, all year round.

import { TOWNS } from '../names';
import type { Rng } from '../prng';
import type { World } from '../world';
import type { EventCast, EventKind } from './types';

const BUILDINGS = [
  { de: 'ein Mehrfamilienhaus', dat: 'einem Mehrfamilienhaus', en: 'an apartment building' },
  { de: 'eine Lagerhalle', dat: 'einer Lagerhalle', en: 'a warehouse' },
  { de: 'eine Scheune', dat: 'einer Scheune', en: 'a barn' },
  { de: 'ein Autohaus', dat: 'einem Autohaus', en: 'a car dealership' },
  { de: 'eine Gaststätte', dat: 'einer Gaststätte', en: 'a restaurant' },
];

const STREETS = ['Lindenstraße', 'Bahnhofstraße', 'Mühlenstraße', 'Schulstraße', 'Gartenstraße', 'Industriestraße'];

const PROJECTS = [
  { de: 'den Neubau des Hallenbads', bare: 'Hallenbad', en: 'a new indoor pool' },
  { de: 'die Sanierung der Stadthalle', bare: 'Stadthalle', en: 'the renovation of the town hall' },
  { de: 'eine Umgehungsstraße', bare: 'Umgehungsstraße', en: 'a bypass road' },
  { de: 'ein neues Baugebiet', bare: 'Baugebiet', en: 'a new housing estate' },
  { de: 'den Ausbau der Grundschule', bare: 'Grundschule', en: 'extending the primary school' },
];

function castFire(rng: Rng, world: World): EventCast {
  const town = rng.pick(TOWNS);
  const building = rng.pick(BUILDINGS);
  const street = rng.pick(STREETS);
  return {
    people: {
      spokesperson: world.figure(`fire-spokes:${town}`, { m: 'Feuerwehrsprecher', f: 'Feuerwehrsprecherin', en: 'fire service spokesman' }),
      police: world.figure(`police-spokes:${town}`, { m: 'Polizeisprecher', f: 'Polizeisprecherin', en: 'police spokesman' }),
    },
    words: {
      town: { de: town, en: town },
      street: { de: street, en: street },
      building: { de: building.de, en: building.en },
      buildingDat: { de: building.dat, en: building.en },
    },
    quantities: {
      crews: { kind: 'count', value: rng.int(4, 18) * 10 },
      injured: { kind: 'count', value: rng.int(2, 12) },
      damage: { kind: 'money', value: rng.int(5, 300) * 10_000 },
      duration: { kind: 'minutes', value: rng.pick([60, 90, 120, 180, 240, 300]) },
      residents: { kind: 'count', value: rng.int(3, 60) },
    },
    laterDays: {},
  };
}

export const HOUSE_FIRE: EventKind = {
  domain: 'local',
  name: 'house-fire',
  cast: castFire,
  titles: {
    de: ['[Großbrand|Feuer] in {w.town}: {q.injured} Verletzte', 'Brand in der {w.street}', '{w.town}: [Flammen zerstören|Feuer verwüstet] {w.building}'],
    en: ['Fire in {w.town} injures {q.injured}'],
  },
  lead: [
    { de: ['In {w.town} ist {day} {w.building} in der {w.street} in Brand geraten.', '{day} brach in {w.buildingDat} in der {w.street} in {w.town} ein Feuer aus.', 'Ein Feuer hat {day} {w.building} in {w.town} [schwer beschädigt|zerstört].'], en: ['Fire broke out in {w.building} in {w.town} {day}.'] },
    { de: ['{q.injured} Menschen wurden verletzt.', 'Dabei [erlitten {q.injured} Menschen Rauchvergiftungen|wurden {q.injured} Menschen verletzt].', '[Die Polizei meldete {q.injured} Verletzte|Die Polizei sprach von {q.injured} Verletzten].'], en: ['{q.injured} people were injured.'] },
    { de: ['Die Feuerwehr war mit {q.crews} Einsatzkräften vor Ort.', '{q.crews} Feuerwehrleute [kämpften gegen die Flammen an|waren im Einsatz].'], en: ['{q.crews} firefighters were deployed.'] },
  ],
  facts: [
    { de: ['Die Löscharbeiten dauerten {q.duration}.', 'Erst nach {q.duration.dat} war das Feuer [gelöscht|unter Kontrolle].'], en: ['It took {q.duration} to put out the fire.'] },
    { de: ['Den Schaden [schätzt|beziffert] die Polizei auf {q.damage}.', 'Es entstand ein Schaden von {q.damage.dat}.'], en: ['Police estimate the damage at {q.damage}.'] },
    { de: ['{q.residents} Bewohner mussten [das Gebäude verlassen|in Sicherheit gebracht werden].', '[Die Einsatzkräfte evakuierten {q.residents} Menschen|Die Einsatzkräfte brachten {q.residents} Menschen in Sicherheit].'], en: ['{q.residents} residents had to be evacuated.'] },
    { de: ['Die Brandursache ist [noch unklar|bislang unbekannt].', 'Warum das Feuer ausbrach, ist [noch offen|unklar]; die Kriminalpolizei ermittelt.'], en: ['The cause of the fire is unclear.'] },
    { de: ['Die {w.street} war [stundenlang|während der Löscharbeiten] gesperrt.', 'Anwohner wurden gebeten, Fenster und Türen [geschlossen zu halten|zu schließen].'], en: ['The street was closed for hours.'] },
  ],
  statements: [
    {
      speaker: 'spokesperson',
      direct: ['Beim Eintreffen [schlugen|loderten] bereits Flammen aus dem Dach', 'Ein Übergreifen auf die Nachbarhäuser konnten wir verhindern'],
      reported: ['beim Eintreffen hätten bereits Flammen aus dem Dach [geschlagen|gelodert]', 'ein Übergreifen auf die Nachbarhäuser habe man verhindern können'],
      en: ['Flames were already coming out of the roof when we arrived'],
    },
    {
      speaker: 'police',
      direct: ['Wir ermitteln in alle Richtungen', 'Hinweise auf Brandstiftung gibt es [bislang|derzeit] nicht'],
      reported: ['man ermittle in alle Richtungen', 'Hinweise auf Brandstiftung gebe es [bislang|derzeit] nicht'],
      en: ['We are investigating in all directions'],
    },
  ],
  sequelKeeps: ['spokesperson', 'police', 'town'],
};

function castCouncil(rng: Rng, world: World): EventCast {
  const town = rng.pick(TOWNS);
  const project = rng.pick(PROJECTS);
  const yes = rng.int(16, 40);
  return {
    people: {
      mayor: world.figure(`mayor:${town}`, { m: 'Bürgermeister', f: 'Bürgermeisterin', en: 'Mayor' }),
      critic: world.person({ m: 'Stadtrat', f: 'Stadträtin', en: 'councillor' }),
    },
    words: { town: { de: town, en: town }, project: { de: project.de, en: project.en }, projectBare: { de: project.bare, en: project.en } },
    quantities: {
      cost: { kind: 'money', value: rng.int(8, 400) * 1e5 },
      yes: { kind: 'count', value: yes, agreed: true },
      no: { kind: 'count', value: rng.int(2, yes - 2), agreed: true },
      buildMonths: { kind: 'months', value: rng.pick([12, 18, 24, 30, 36]) },
    },
    laterDays: { start: rng.int(60, 300) },
  };
}

export const COUNCIL_DECISION: EventKind = {
  domain: 'local',
  name: 'council-decision',
  cast: castCouncil,
  titles: {
    de: ['Stadtrat [gibt grünes Licht für|beschließt] {w.projectBare}', '{w.town}: [Mehrheit für|Ja zu] {w.projectBare}', '{w.projectBare} kommt – [trotz Kritik|nach langer Debatte]'],
    en: ['{w.town} council approves {w.project}'],
  },
  lead: [
    { de: ['Der Stadtrat von {w.town} hat {day} {w.project} beschlossen.', '{day} [stimmte|votierte] der Stadtrat in {w.town} für {w.project}.'], en: ['The town council of {w.town} approved {w.project} {day}.'] },
    { de: ['{q.yes} Ratsmitglieder stimmten dafür, {q.no} dagegen.', 'Das Votum fiel mit {q.yes} zu {q.no} Stimmen.'], en: ['The vote was {q.yes} to {q.no}.'] },
    { de: ['[Die Kosten werden auf {q.cost} geschätzt|Die Kosten liegen bei {q.cost}].', 'Veranschlagt sind {q.cost}.'], en: ['The cost is estimated at {q.cost}.'] },
  ],
  facts: [
    { de: ['Die Bauarbeiten sollen {later.start} beginnen.', 'Baubeginn ist {later.start}.'], en: ['Construction is to start {later.start}.'] },
    { de: ['Die Bauzeit ist auf {q.buildMonths} veranschlagt.', 'Gebaut werden soll {q.buildMonths} lang.'], en: ['Construction is expected to take {q.buildMonths}.'] },
    { de: ['Das Land [übernimmt|trägt] einen Teil der Kosten.', 'Fördermittel des Landes sollen [einen Teil|rund die Hälfte] der Kosten decken.'], en: ['The state will cover part of the cost.'] },
    { de: ['Eine Bürgerinitiative hatte [gegen das Vorhaben protestiert|Unterschriften gesammelt].', 'Anwohner hatten [Bedenken|Einwände] erhoben.'], en: ['Residents had raised objections.'] },
    { de: ['{p.critic} [kritisierte|bemängelte] die [hohen Kosten|Planung].', 'Kritik kam von {p.critic.dat}.'], en: ['{p.critic} criticised the cost.'] },
  ],
  statements: [
    {
      speaker: 'mayor',
      direct: ['Das ist ein guter Tag für {w.town}', 'Wir investieren in die Zukunft unserer Stadt'],
      reported: ['es sei ein guter Tag für {w.town}', 'die Stadt investiere in ihre Zukunft'],
      en: ['This is a good day for {w.town}'],
    },
    {
      speaker: 'critic',
      direct: ['Die Stadt [übernimmt sich|hebt ab]', 'Niemand weiß, was das am Ende kostet'],
      reported: ['die Stadt [übernehme sich|hebe ab]', 'niemand wisse, was das am Ende koste'],
      en: ['Nobody knows what this will cost in the end'],
    },
  ],
  sequelKeeps: ['mayor', 'town'],
};
