// Sport: a league match. Every match report has a score, scorers, a coach's verdict and the crowd, so reports
// of different matchdays of one club read alike; the date and the opponent tell them apart.

import type { Rng } from '../prng';
import type { World } from '../world';
import type { EventCast, EventKind } from './types';

const CLUBS = [
  'FC Ostrau 09', 'SV Lindenbrück', 'TuS Marschhagen', 'VfB Kaltenbronn', 'Eintracht Grauwitz', 'SC Nordheide',
  'Borussia Altenmoor', 'FC Wettersbach', 'Rot-Weiß Rabenau', 'SpVgg Dünnwald', 'FSV Mühlhaven', 'Union Tessinau',
];

function player(world: World, rng: Rng, club: string) {
  return world.figure(`player:${club}:${rng.int(1, 4)}`, { m: 'Stürmer', f: 'Stürmerin', en: 'striker' });
}

function ordinalEn(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function castMatch(rng: Rng, world: World): EventCast {
  const [home, away] = rng.sample(CLUBS, 2) as [string, string];
  const goalsAway = rng.int(0, 2);
  const goalsHome = goalsAway + rng.int(1, 3);
  const minute = rng.int(3, 90);
  const coachHome = world.figure(`coach:${home}`, { m: 'Trainer', f: 'Trainerin', en: 'coach' });
  const coachAway = world.figure(`coach:${away}`, { m: 'Trainer', f: 'Trainerin', en: 'coach' });
  return {
    people: { coachHome, coachAway, scorer: player(world, rng, home), keeper: world.figure(`keeper:${away}`, { m: 'Torwart', f: 'Torhüterin', en: 'goalkeeper' }) },
    words: {
      home: { de: home, en: home },
      away: { de: away, en: away },
      score: { de: `${goalsHome}:${goalsAway}`, en: `${goalsHome}-${goalsAway}` },
      minute: { de: `${minute}.`, en: ordinalEn(minute) },
      league: { de: 'Nordliga', en: 'Northern League' },
    },
    quantities: {
      crowd: { kind: 'count', value: rng.int(18, 420) * 100 },
      rank: { kind: 'count', value: rng.int(2, 12), agreed: true },
      points: { kind: 'count', value: rng.int(12, 60), agreed: true },
    },
    laterDays: { next: 7 },
  };
}

export const LEAGUE_MATCH: EventKind = {
  domain: 'sport',
  name: 'league-match',
  cast: castMatch,
  titles: {
    de: ['{w.home} [schlägt|besiegt] {w.away} {w.score}', '{w.score}-Sieg für {w.home}', '[Verdienter|Knapper] Heimsieg: {w.home} gewinnt gegen {w.away}', '{w.away} [verliert|unterliegt] in {w.home}'],
    en: ['{w.home} beat {w.away} {w.score}'],
  },
  lead: [
    { de: ['{w.home} hat {day} [das Heimspiel|die Partie] gegen {w.away} mit {w.score} gewonnen.', '{day} [besiegte|schlug] {w.home} vor heimischer Kulisse {w.away} mit {w.score}.', 'Mit {w.score} setzte sich {w.home} {day} gegen {w.away} durch.'], en: ['{w.home} beat {w.away} {w.score} at home {day}.'] },
    { de: ['Das [entscheidende|wichtige] Tor erzielte {p.scorer} in der {w.minute} Minute.', 'In der {w.minute} Minute traf {p.scorer} zur [Entscheidung|Führung].', '{p.scorer} sorgte in der {w.minute} Minute für die Entscheidung.'], en: ['{p.scorer} scored the decisive goal in the {w.minute} minute.'] },
    { de: ['{q.crowd} Zuschauer [verfolgten|sahen] die Partie.', 'Vor {q.crowd} Zuschauern [entwickelte sich|sahen die Fans] ein [intensives|umkämpftes] Spiel.'], en: ['{q.crowd} spectators watched the match.'] },
  ],
  facts: [
    { de: ['Mit dem Sieg [klettert|springt] {w.home} auf Platz {q.rank} der {w.league}.', 'In der Tabelle [liegt|steht] {w.home} nun auf Rang {q.rank}.'], en: ['{w.home} climb to position {q.rank} in the {w.league}.'] },
    { de: ['{w.home} hat nun {q.points} Punkte auf dem Konto.', 'Das Team kommt jetzt auf {q.points} Punkte.'], en: ['{w.home} now have {q.points} points.'] },
    { de: ['{p.keeper} [verhinderte|vereitelte] mit mehreren Paraden eine höhere Niederlage.', 'Ohne {p.keeper.acc} im Tor wäre die Niederlage höher ausgefallen.'], en: ['{p.keeper} kept the score down with several saves.'] },
    { de: ['In der ersten Halbzeit [hatten beide Teams|gab es auf beiden Seiten] kaum Chancen.', 'Die erste Hälfte [war|blieb] [ereignisarm|zäh].'], en: ['The first half produced few chances.'] },
    { de: ['Nach der Pause [drängte|drückte] {w.home} auf den Treffer.', 'Im zweiten Durchgang [übernahm|bestimmte] {w.home} das Spiel.'], en: ['After the break {w.home} took control.'] },
    { de: ['{w.away} wartet damit seit mehreren Spielen auf einen Sieg.', 'Für {w.away} war es die [dritte|nächste] Niederlage in Folge.'], en: ['{w.away} have now lost several games in a row.'] },
    { de: ['Kommende Woche [tritt {w.home} auswärts an|muss {w.home} auswärts ran].', 'Das nächste Spiel bestreitet {w.home} in einer Woche auswärts.'], en: ['{w.home} play away next week.'] },
  ],
  statements: [
    {
      speaker: 'coachHome',
      direct: ['Die Mannschaft hat [eine starke Moral|Charakter] gezeigt', 'Wir haben [geduldig|diszipliniert] gespielt und uns belohnt'],
      reported: ['die Mannschaft habe [eine starke Moral|Charakter] gezeigt', 'man habe [geduldig|diszipliniert] gespielt und sich belohnt'],
      en: ['The team showed real character', 'We were patient and got our reward'],
    },
    {
      speaker: 'coachAway',
      direct: ['Wir [waren|sind] heute [nicht gut genug|einfach nicht zwingend genug]', 'Das Tor [darf so nicht fallen|war vermeidbar]'],
      reported: ['man sei [nicht gut genug|nicht zwingend genug] gewesen', 'das Tor [hätte so nicht fallen dürfen|sei vermeidbar gewesen]'],
      en: ['We were not good enough today'],
    },
    {
      speaker: 'scorer',
      direct: ['Der Ball musste [einfach|nur] aufs Tor', 'Das Tor gehört den Fans'],
      reported: ['der Ball habe [einfach|nur] aufs Tor gemusst', 'das Tor gehöre den Fans'],
      en: ['I just wanted to get it on target'],
    },
  ],
  sequelKeeps: ['coachHome', 'scorer', 'home', 'league'],
};
