// Science: a study is published. Study reports share "Studie", "Forschende", "Prozent", "Teilnehmende"; the
// institute, the subject and the figures tell them apart.

import { TOWNS } from '../names';
import type { Rng } from '../prng';
import type { World } from '../world';
import type { EventCast, EventKind } from './types';

const SUBJECTS = [
  { de: 'Mikroplastik in Flüssen', en: 'microplastics in rivers', group: 'Messstellen', groupEn: 'sampling sites' },
  { de: 'Schlafmangel bei Jugendlichen', en: 'sleep deprivation in teenagers', group: 'Jugendliche', groupEn: 'teenagers' },
  { de: 'Hitzestress in Innenstädten', en: 'heat stress in city centres', group: 'Haushalte', groupEn: 'households' },
  { de: 'Antibiotikaresistenzen in Kliniken', en: 'antibiotic resistance in hospitals', group: 'Patientinnen und Patienten', groupEn: 'patients' },
  { de: 'Wildbienen in Agrarlandschaften', en: 'wild bees in farmland', group: 'Untersuchungsflächen', groupEn: 'plots' },
  { de: 'Feinstaub an Schulen', en: 'fine dust at schools', group: 'Schulen', groupEn: 'schools' },
];

const INSTITUTES = ['Institut für Umweltforschung', 'Zentrum für Gesundheitsstudien', 'Leibnitz-Kolleg', 'Forschungszentrum Nord', 'Universitätsklinikum'];
const JOURNALS = ['Nordic Science Letters', 'Journal of Applied Environmental Research', 'European Review of Public Health', 'Frontiers in Field Studies'];

function castStudy(rng: Rng, world: World): EventCast {
  const town = rng.pick(TOWNS);
  const institute = `${rng.pick(INSTITUTES)} ${town}`;
  const subject = rng.pick(SUBJECTS);
  const journal = rng.pick(JOURNALS);
  return {
    people: {
      lead: world.figure(`researcher:${institute}:${rng.int(1, 2)}`, { m: 'Studienleiter', f: 'Studienleiterin', en: 'lead author' }),
      expert: world.person({ m: 'Epidemiologe', f: 'Epidemiologin', en: 'epidemiologist', mDat: 'Epidemiologen' }),
    },
    words: {
      institute: { de: institute, en: institute },
      subject: { de: subject.de, en: subject.en },
      group: { de: subject.group, en: subject.groupEn },
      journal: { de: journal, en: journal },
      town: { de: town, en: town },
    },
    quantities: {
      sample: { kind: 'count', value: rng.int(12, 900) * 10 },
      share: { kind: 'percent', value: rng.int(8, 75) },
      period: { kind: 'months', value: rng.pick([12, 24, 36, 60, 120]) },
      funding: { kind: 'money', value: rng.int(3, 90) * 1e5 },
    },
    laterDays: {},
  };
}

export const STUDY: EventKind = {
  domain: 'science',
  name: 'study',
  cast: castStudy,
  titles: {
    de: ['Studie über {w.subject}: [alarmierende|überraschende] Ergebnisse', 'Forschende aus {w.town} [untersuchen|messen] {w.subject}', '{q.share} – neue Zahlen über {w.subject}'],
    en: ['Study on {w.subject} finds {q.share} affected'],
  },
  lead: [
    { de: ['Forschende vom {w.institute} haben {w.subject} [untersucht|erforscht].', 'Eine neue Studie aus dem {w.institute} [befasst sich mit|widmet sich] {w.subject}.', 'Das {w.institute} hat eine Studie über {w.subject} [vorgelegt|veröffentlicht].'], en: ['Researchers at the {w.institute} have studied {w.subject}.'] },
    { de: ['Demnach [sind|waren] {q.share} der untersuchten {w.group} betroffen.', 'Das Ergebnis: Bei {q.share} der {w.group} stellten die Forschenden [Auffälligkeiten|deutliche Belastungen] fest.'], en: ['They found that {q.share} of the {w.group} were affected.'] },
    { de: ['Die Ergebnisse [erschienen {day} in der Fachzeitschrift {w.journal}|wurden {day} in der Fachzeitschrift {w.journal} veröffentlicht].', '{day} [veröffentlichte|präsentierte] das Team die Studie [im Fachjournal|in der Zeitschrift] {w.journal}.'], en: ['The results were published in {w.journal} {day}.'] },
  ],
  facts: [
    { de: ['Untersucht wurden {q.sample} {w.group}.', 'Die Forschenden werteten Daten von {q.sample} {w.group} aus.', 'Grundlage sind Daten von {q.sample} {w.group}.'], en: ['The study covered {q.sample} {w.group}.'] },
    { de: ['Die Untersuchung [lief|erstreckte sich] über {q.period}.', 'Über {q.period} [sammelte|erhob] das Team Daten.'], en: ['The research ran over {q.period}.'] },
    { de: ['Gefördert wurde das Projekt mit {q.funding}.', 'Die Förderung [betrug|belief sich auf] {q.funding}.'], en: ['The project received {q.funding} in funding.'] },
    { de: ['Die Autoren [mahnen|warnen], die Ergebnisse seien [nicht auf alle Regionen übertragbar|vorläufig].', 'Einschränkend [heißt es|schreiben die Forschenden], die Stichprobe sei [nicht repräsentativ|begrenzt].'], en: ['The authors caution that the findings are preliminary.'] },
    { de: ['[Frühere|Ältere] Studien waren zu [niedrigeren|ähnlichen] Werten gekommen.', 'Die Werte [liegen|sind] [deutlich höher|höher] als in früheren Erhebungen.'], en: ['Earlier studies had found lower values.'] },
    { de: ['[Weitere Untersuchungen sollen folgen|Eine Folgestudie soll im kommenden Jahr beginnen].', 'Das Team will die Untersuchung [ausweiten|fortsetzen].'], en: ['A follow-up study is planned.'] },
  ],
  statements: [
    {
      speaker: 'lead',
      direct: ['Die Ergebnisse haben uns [überrascht|selbst überrascht]', 'Wir brauchen [dringend|jetzt] bessere Daten'],
      reported: ['die Ergebnisse hätten das Team [überrascht|selbst überrascht]', 'man brauche [dringend|jetzt] bessere Daten'],
      en: ['The results surprised us', 'We urgently need better data'],
    },
    {
      speaker: 'expert',
      direct: ['Die Studie ist [solide gemacht|methodisch sauber]', 'Man sollte die Zahlen [nicht überbewerten|mit Vorsicht lesen]'],
      reported: ['die Studie sei [solide gemacht|methodisch sauber]', 'man solle die Zahlen [nicht überbewerten|mit Vorsicht lesen]'],
      en: ['The study is solid', 'The figures should be read with caution'],
    },
  ],
  sequelKeeps: ['lead', 'institute', 'town'],
};
