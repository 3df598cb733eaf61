// Weather: a storm hits a region. Storm reports repeat the same nouns (Sturm, Feuerwehr, Einsätze, Bäume) in
// every event; wind speeds, counts and the storm's name separate them, and those numbers drift between
// outlets and rise from one day's report to the next.

import { REGIONS, TOWNS } from '../names';
import type { Rng } from '../prng';
import type { World } from '../world';
import type { EventCast, EventKind } from './types';

const STORMS = ['Hilke', 'Bruno', 'Fenja', 'Ludger', 'Merle', 'Tjark', 'Swantje', 'Enno', 'Greta', 'Kuno', 'Imke', 'Rolf'];

function castStorm(rng: Rng, world: World): EventCast {
  const region = rng.pick(REGIONS);
  const town = rng.pick(TOWNS);
  const storm = rng.pick(STORMS);
  return {
    people: {
      meteorologist: world.figure(`met:${region.name}`, { m: 'Meteorologe', f: 'Meteorologin', en: 'meteorologist', mDat: 'Meteorologen' }),
      fireChief: world.figure(`fire-chief:${town}`, { m: 'Kreisbrandmeister', f: 'Kreisbrandmeisterin', en: 'fire chief' }),
    },
    words: {
      storm: { de: storm, en: storm },
      region: { de: region.name, en: region.name },
      town: { de: town, en: town },
    },
    quantities: {
      wind: { kind: 'kmh', value: rng.int(9, 17) * 10 },
      rain: { kind: 'litres', value: rng.int(3, 15) * 10 },
      calls: { kind: 'count', value: rng.int(15, 250) * 10 },
      injured: { kind: 'count', value: rng.int(2, 40) },
      damage: { kind: 'money', value: rng.int(2, 90) * 1e6 },
      outage: { kind: 'minutes', value: rng.pick([60, 90, 120, 180, 300, 480]) },
      households: { kind: 'count', value: rng.int(5, 400) * 100 },
    },
    laterDays: {},
  };
}

export const STORM: EventKind = {
  domain: 'weather',
  name: 'storm',
  cast: castStorm,
  titles: {
    de: ['Sturm {w.storm} [fegt über|wütet in] {w.region}', '[Unwetter|Schwere Sturmböen] in {w.region}: {q.injured} Verletzte', 'Sturmtief {w.storm} [sorgt für Chaos|richtet Millionenschäden an]', 'Nach dem Sturm: [Aufräumarbeiten|Bilanz] in {w.region}'],
    en: ['Storm {w.storm} batters {w.region}'],
  },
  lead: [
    { de: ['Sturmtief {w.storm} ist {day} über {w.region} [hinweggezogen|gefegt].', '{day} [wütete|tobte] das Sturmtief {w.storm} in {w.region}.', 'Schwere Sturmböen haben {day} in {w.region} [große Schäden|erhebliche Schäden] angerichtet.'], en: ['Storm {w.storm} swept across {w.region} {day}.'] },
    { de: ['Dabei wurden {q.injured} Menschen verletzt.', '{q.injured} Menschen [erlitten Verletzungen|trugen Verletzungen davon].', 'Die Polizei [meldete|zählte] {q.injured} Verletzte.'], en: ['{q.injured} people were injured.'] },
    { de: ['Die Böen erreichten [Spitzengeschwindigkeiten von|bis zu] {q.wind.dat}.', 'Gemessen wurden Windgeschwindigkeiten von bis zu {q.wind.dat}.'], en: ['Gusts reached {q.wind}.'] },
  ],
  facts: [
    { de: ['Die Feuerwehren [rückten zu {q.calls} Einsätzen aus|mussten zu {q.calls} Einsätzen ausrücken].', 'Die Einsatzkräfte zählten {q.calls} Einsätze.', 'Insgesamt [gab es|verzeichneten die Leitstellen] {q.calls} Einsätze.'], en: ['Fire services were called out {q.calls} times.'] },
    { de: ['Vielerorts [stürzten|fielen] Bäume auf Straßen und [Oberleitungen|Autos].', 'Umgestürzte Bäume blockierten [zahlreiche|viele] Straßen.'], en: ['Fallen trees blocked many roads.'] },
    { de: ['[Stellenweise|Örtlich] fielen {q.rain} Regen.', 'Binnen Stunden fielen [bis zu|] {q.rain}.'], en: ['Up to {q.rain} of rain fell in places.'] },
    { de: ['{q.households} Haushalte waren [zeitweise|stundenlang] ohne Strom.', 'In {q.households} Haushalten fiel der Strom aus, [teils|zum Teil] für {q.outage}.'], en: ['{q.households} households lost power.'] },
    { de: ['Den Schaden [schätzen|beziffern] Versicherer auf {q.damage}.', 'Versicherer rechnen mit Schäden von {q.damage.dat}.'], en: ['Insurers estimate the damage at {q.damage}.'] },
    { de: ['Der Bahnverkehr [wurde|war] auf mehreren Strecken [eingestellt|unterbrochen].', 'Zahlreiche Züge fielen aus.'], en: ['Rail services were suspended on several lines.'] },
    { de: ['Besonders betroffen war {w.town}.', 'In {w.town} [deckte|riss] der Sturm [Dächer ab|mehrere Dächer ab].'], en: ['{w.town} was hit particularly hard.'] },
  ],
  statements: [
    {
      speaker: 'meteorologist',
      direct: ['Der Höhepunkt [ist überschritten|liegt hinter uns], [aber|doch] es bleibt [windig|ungemütlich]', 'Solche Sturmlagen werden [häufiger|zunehmen]'],
      reported: ['der Höhepunkt sei überschritten, es bleibe aber [windig|ungemütlich]', 'solche Sturmlagen würden [häufiger|zunehmen]'],
      en: ['The worst is over, but it will stay windy', 'Storms like this are becoming more frequent'],
    },
    {
      speaker: 'fireChief',
      direct: ['Unsere Leute waren [die ganze Nacht|rund um die Uhr] im Einsatz', 'Bitte [meiden Sie|betreten Sie nicht] die Wälder'],
      reported: ['die Einsatzkräfte seien [die ganze Nacht|rund um die Uhr] im Einsatz gewesen', 'man rate dringend davon ab, die Wälder zu betreten'],
      en: ['Our crews worked through the night'],
    },
  ],
  sequelKeeps: ['meteorologist', 'region'],
};
