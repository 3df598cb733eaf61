// Courts: a verdict. Verdict reports share a rigid vocabulary (Landgericht, verurteilt, Haft, Staatsanwaltschaft
// forderte); the charge, the sentence and the defendant's initialled name are what differ.

import { FIRST_NAMES_F, FIRST_NAMES_M, TOWNS } from '../names';
import type { Rng } from '../prng';
import type { World } from '../world';
import type { EventCast, EventKind } from './types';

const CHARGES = [
  { de: 'Betrugs', en: 'fraud', nom: 'Betrug' },
  { de: 'Untreue', en: 'breach of trust', nom: 'Untreue' },
  { de: 'Totschlags', en: 'manslaughter', nom: 'Totschlag' },
  { de: 'schwerer Brandstiftung', en: 'arson', nom: 'Brandstiftung' },
  { de: 'Bestechlichkeit', en: 'bribery', nom: 'Bestechlichkeit' },
  { de: 'Steuerhinterziehung', en: 'tax evasion', nom: 'Steuerhinterziehung' },
];

const DEFENDANT_ROLES = [
  { m: 'Steuerberater', f: 'Steuerberaterin', en: 'tax adviser' },
  { m: 'Bauunternehmer', f: 'Bauunternehmerin', en: 'builder' },
  { m: 'Pfleger', f: 'Pflegerin', en: 'carer' },
  { m: 'Vereinskassierer', f: 'Vereinskassiererin', en: 'club treasurer' },
  { m: 'Ex-Bürgermeister', f: 'Ex-Bürgermeisterin', en: 'former mayor' },
];

function castVerdict(rng: Rng, world: World): EventCast {
  const town = rng.pick(TOWNS);
  const charge = rng.pick(CHARGES);
  const defendant = world.person(rng.pick(DEFENDANT_ROLES));
  // German court reporting names a defendant by first name and initial ("Markus K.") every time.
  defendant.last = `${rng.pick(defendant.female ? FIRST_NAMES_F : FIRST_NAMES_M)} ${defendant.last[0]}.`;
  defendant.first = '';
  const sentence = rng.pick([6, 9, 12, 18, 24, 30, 36, 42, 48, 60, 72, 84, 96, 108, 120]);
  return {
    people: {
      defendant,
      judge: world.figure(`judge:${town}:${rng.int(1, 3)}`, { m: 'Richter', f: 'Richterin', en: 'Judge' }),
      prosecutor: world.figure(`prosecutor:${town}`, { m: 'Oberstaatsanwalt', f: 'Oberstaatsanwältin', en: 'prosecutor' }),
      lawyer: world.person({ m: 'Verteidiger', f: 'Verteidigerin', en: 'defence lawyer' }),
    },
    words: {
      court: { de: `Landgericht ${town}`, en: `regional court in ${town}` },
      courtDat: { de: `dem Landgericht ${town}`, en: `the regional court in ${town}` },
      town: { de: town, en: town },
      charge: { de: charge.de, en: charge.en },
      chargeNom: { de: charge.nom, en: charge.en },
    },
    quantities: {
      sentence: { kind: 'months', value: sentence, agreed: true },
      demand: { kind: 'months', value: sentence + rng.pick([6, 12, 18, 24]), agreed: true },
      damage: { kind: 'money', value: rng.int(40, 9000) * 1000 },
      trialDays: { kind: 'count', value: rng.int(3, 40) },
    },
    laterDays: {},
  };
}

export const VERDICT: EventKind = {
  domain: 'courts',
  name: 'verdict',
  cast: castVerdict,
  titles: {
    de: ['{w.chargeNom}: {q.sentence} Haft für {p.defendant}', 'Urteil am {w.court}: {p.defendant} muss in Haft', '[Haftstrafe|Gefängnis] für {w.chargeNom} in {w.town}', 'Prozess um {w.chargeNom}: Urteil gefallen'],
    en: ['{q.sentence} in prison for {w.charge} in {w.town}'],
  },
  lead: [
    { de: ['Das {w.court} hat {day} {p.defendant.acc} wegen {w.charge} zu {q.sentence.dat} Haft verurteilt.', '{day} verurteilte das {w.court} {p.defendant.acc} wegen {w.charge} zu {q.sentence.dat} [Haft|Gefängnis].', 'Wegen {w.charge} muss {p.defendant} für {q.sentence} ins Gefängnis, entschied das {w.court} {day}.'], en: ['The {w.court} sentenced {p.defendant} to {q.sentence} for {w.charge} {day}.'] },
    { de: ['Die Staatsanwaltschaft hatte {q.demand} gefordert.', 'Gefordert hatte die Anklage {q.demand} Haft.', 'Die Anklage hatte auf {q.demand} plädiert.'], en: ['Prosecutors had asked for {q.demand}.'] },
    { de: ['Der Schaden beläuft sich nach Überzeugung des Gerichts auf {q.damage}.', 'Den Schaden beziffert das Gericht auf {q.damage}.', 'Das Gericht [sah es als erwiesen an|war überzeugt], dass ein Schaden von {q.damage.dat} entstanden ist.'], en: ['The court put the damage at {q.damage}.'] },
  ],
  facts: [
    { de: ['Der Prozess hatte sich über {q.trialDays} Verhandlungstage [erstreckt|hingezogen].', 'An {q.trialDays} Verhandlungstagen hörte die Kammer [Zeugen|Gutachter] an.'], en: ['The trial ran for {q.trialDays} days.'] },
    { de: ['{p.defendant} [nahm das Urteil regungslos auf|hörte das Urteil ohne erkennbare Regung an].', 'Während der Urteilsverkündung [blickte|starrte] {p.defendant} zu Boden.'], en: ['{p.defendant} showed no emotion as the verdict was read.'] },
    { de: ['Das Urteil ist noch nicht rechtskräftig.', 'Rechtskräftig ist das Urteil [noch nicht|nicht].'], en: ['The verdict is not yet final.'] },
    { de: ['Die Verteidigung [kündigte Revision an|will Revision einlegen].', '{p.lawyer} [prüft eine Revision|kündigte eine Revision an].'], en: ['The defence plans to appeal.'] },
    { de: ['Die Verteidigung hatte auf Freispruch plädiert.', '{p.lawyer} hatte einen Freispruch gefordert.'], en: ['The defence had sought an acquittal.'] },
    { de: ['{p.defendant} hatte die Vorwürfe zu Prozessbeginn [bestritten|zurückgewiesen].', 'Zu Beginn des Verfahrens hatte {p.defendant} [geschwiegen|die Tat bestritten].'], en: ['{p.defendant} had denied the charges.'] },
  ],
  statements: [
    {
      speaker: 'judge',
      direct: ['Die Beweislage ist [erdrückend|eindeutig]', 'Sie haben das Vertrauen [vieler Menschen|Ihrer Mitmenschen] missbraucht'],
      reported: ['die Beweislage sei [erdrückend|eindeutig]', '{p.defendant} habe das Vertrauen [vieler Menschen|anderer] missbraucht'],
      en: ['The evidence is overwhelming'],
    },
    {
      speaker: 'prosecutor',
      direct: ['Das Urteil [ist angemessen|entspricht unseren Erwartungen]'],
      reported: ['das Urteil sei [angemessen|im Rahmen der Erwartungen]'],
      en: ['The sentence is appropriate'],
    },
    {
      speaker: 'lawyer',
      direct: ['Wir halten das Urteil für [falsch|nicht haltbar]', 'Mein Mandant ist [enttäuscht|fassungslos]'],
      reported: ['man halte das Urteil für [falsch|nicht haltbar]', 'der Mandant sei [enttäuscht|fassungslos]'],
      en: ['We consider the verdict wrong'],
    },
  ],
  sequelKeeps: ['judge', 'prosecutor', 'court', 'courtDat', 'town'],
};
