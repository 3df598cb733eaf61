// Economy: a company cuts jobs, or reports its quarter. The same companies and managers recur all year, so
// reports about one firm in different months share most of their names and words.

import { TOWNS } from '../names';
import type { Rng } from '../prng';
import type { World } from '../world';
import type { EventCast, EventKind } from './types';

const COMPANIES = [
  'Halvorsen Werke', 'Nordstahl', 'Kessling Automotive', 'Vitrea Glas', 'Ostrauer Pumpenwerk', 'Mahnke Logistik',
  'Elbtal Chemie', 'Brakenhof Textil', 'Rabenau Elektronik', 'Sülzheimer Brauerei', 'Tessinau Solartechnik', 'Fehrstedt Papier',
];

function castCompany(rng: Rng, world: World): EventCast {
  const company = rng.pick(COMPANIES);
  const town = rng.pick(TOWNS);
  const ceo = world.figure(`ceo:${company}`, { m: 'Vorstandschef', f: 'Vorstandschefin', en: 'Chief Executive' });
  const union = world.figure(`works-council:${company}`, { m: 'Betriebsratschef', f: 'Betriebsratschefin', en: 'works council head' });
  const analyst = world.person({ m: 'Analyst', f: 'Analystin', en: 'analyst', mDat: 'Analysten' });
  return {
    people: { ceo, union, analyst },
    words: { company: { de: company, en: company }, town: { de: town, en: town } },
    quantities: {
      jobs: { kind: 'count', value: rng.int(8, 300) * 10 },
      share: { kind: 'percent', value: rng.int(4, 25) },
      savings: { kind: 'money', value: rng.int(20, 600) * 1e6 },
      period: { kind: 'months', value: rng.pick([12, 18, 24, 36]) },
      revenue: { kind: 'money', value: rng.int(80, 4000) * 1e6 },
      change: { kind: 'percent', value: rng.int(2, 30) },
      jobsSite: { kind: 'count', value: rng.int(60, 900) * 10 },
    },
    laterDays: { talks: rng.int(5, 30) },
  };
}

const CEO_STATEMENTS: EventKind['statements'] = [
  {
    speaker: 'ceo',
    direct: ['Die Lage [ist ernst|ist schwierig], aber wir haben einen klaren Plan', 'Wir müssen [wettbewerbsfähig bleiben|unsere Kosten senken], sonst gefährden wir alle Arbeitsplätze'],
    reported: ['die Lage sei [ernst|schwierig], man habe aber einen klaren Plan', 'das Unternehmen müsse [wettbewerbsfähig bleiben|seine Kosten senken], sonst seien alle Arbeitsplätze gefährdet'],
    en: ['The situation is serious, but we have a clear plan', 'We have to cut costs or we put every job at risk'],
  },
  {
    speaker: 'union',
    direct: ['Die Beschäftigten [zahlen die Zeche|bezahlen] für Fehler des Managements', 'Wir werden um jeden Arbeitsplatz kämpfen'],
    reported: ['die Beschäftigten [zahlten die Zeche|bezahlten] für Fehler des Managements', 'man werde um jeden Arbeitsplatz kämpfen'],
    en: ['The workers are paying for the management’s mistakes', 'We will fight for every job'],
  },
  {
    speaker: 'analyst',
    direct: ['Der Schritt kommt [nicht überraschend|spät, aber nicht zu spät]', 'Die Branche steht [unter enormem Druck|vor einem harten Jahr]'],
    reported: ['der Schritt komme [nicht überraschend|spät, aber nicht zu spät]', 'die Branche stehe [unter enormem Druck|vor einem harten Jahr]'],
    en: ['The move does not come as a surprise'],
  },
];

export const JOB_CUTS: EventKind = {
  domain: 'economy',
  name: 'job-cuts',
  cast: castCompany,
  titles: {
    de: ['{w.company} [streicht {q.jobs} Stellen|baut {q.jobs} Stellen ab]', 'Stellenabbau bei {w.company}', '{w.company}: [Hunderte|Viele] Jobs in {w.town} [in Gefahr|vor dem Aus]', '[Sparprogramm|Kahlschlag] bei {w.company}'],
    en: ['{w.company} to cut {q.jobs} jobs', 'Job cuts at {w.company}'],
  },
  lead: [
    { de: ['Der [Konzern|Hersteller] {w.company} will {q.jobs} Stellen [streichen|abbauen].', '{w.company} [streicht {q.jobs} Arbeitsplätze|baut {q.jobs} Arbeitsplätze ab].', 'Bei {w.company} sollen {q.jobs} Stellen wegfallen.'], en: ['{w.company} plans to cut {q.jobs} jobs.'] },
    { de: ['[Das gab das Unternehmen {day} in {w.town} bekannt|Das teilte das Unternehmen {day} in {w.town} mit].', '{day} [informierte|unterrichtete] die Konzernspitze in {w.town} die Belegschaft.'], en: ['The company announced the plan in {w.town} {day}.'] },
    { de: ['Das entspricht {q.share} der Belegschaft.', 'Betroffen sind damit {q.share} der Beschäftigten.'], en: ['That is {q.share} of the workforce.'] },
  ],
  facts: [
    { de: ['Bis [Ende|zum Ende] des Programms sollen {q.savings} eingespart werden.', 'Das Sparprogramm soll {q.savings} [bringen|einsparen].'], en: ['The programme is meant to save {q.savings}.'] },
    { de: ['Der Abbau soll [innerhalb von|binnen] {q.period.dat} [umgesetzt werden|erfolgen].', 'Der Stellenabbau [zieht sich|erstreckt sich] über {q.period}.'], en: ['The cuts are to be made over {q.period}.'] },
    { de: ['Betriebsbedingte Kündigungen [schließt das Unternehmen nicht aus|will das Unternehmen nicht ausschließen].', 'Kündigungen seien [nicht ausgeschlossen|nicht vom Tisch], hieß es.'], en: ['Compulsory redundancies have not been ruled out.'] },
    { de: ['Gespräche mit dem Betriebsrat sollen [im kommenden Monat|in den nächsten Wochen] beginnen.', 'Die Verhandlungen mit der Arbeitnehmerseite beginnen [demnächst|in Kürze].'], en: ['Talks with the works council are to start soon.'] },
    { de: ['Als Gründe nannte {p.ceo} [hohe Energiekosten|die schwache Nachfrage] und [den Preisdruck aus Asien|hohe Zinsen].', '{p.ceo} [verwies auf die schwache Nachfrage|begründete den Schritt mit hohen Energiekosten].'], en: ['{p.ceo} blamed weak demand and high energy costs.'] },
    { de: ['Der Betriebsrat [kündigte Widerstand an|rief zum Widerstand auf].', 'Die Gewerkschaft [kündigte Proteste an|drohte mit Protesten].'], en: ['The works council vowed to resist.'] },
    { de: ['Am Standort {w.town} arbeiten derzeit {q.jobsSite} Menschen.', 'In {w.town} beschäftigt {w.company} {q.jobsSite} Menschen.'], en: ['{w.company} employs {q.jobsSite} people in {w.town}.'] },
    { de: ['Die Aktie [gab nach der Ankündigung deutlich nach|verlor nach der Ankündigung an Wert].', 'An der Börse [reagierten Anleger verhalten|legte die Aktie zu].'], en: ['The shares moved after the announcement.'] },
  ],
  statements: CEO_STATEMENTS,
  sequelKeeps: ['ceo', 'union', 'company', 'town'],
};

export const QUARTER_RESULTS: EventKind = {
  domain: 'economy',
  name: 'quarter-results',
  cast: castCompany,
  titles: {
    de: ['{w.company}: Umsatz [bricht ein|sinkt deutlich]', '{w.company} [legt Zahlen vor|mit schwachem Quartal]', '[Gewinnwarnung|Schwaches Quartal] bei {w.company}'],
    en: ['{w.company} reports weaker quarter'],
  },
  lead: [
    { de: ['{w.company} hat im [abgelaufenen|vergangenen] Quartal {q.revenue} umgesetzt.', 'Der Umsatz von {w.company} lag im Quartal bei {q.revenue}.'], en: ['{w.company} reported quarterly sales of {q.revenue}.'] },
    { de: ['Das sind {q.change} weniger als im Vorjahreszeitraum.', 'Im Vergleich zum Vorjahr ging der Umsatz um {q.change} zurück.'], en: ['That is {q.change} less than a year earlier.'] },
    { de: ['Die Zahlen [legte das Unternehmen {day} in {w.town} vor|veröffentlichte das Unternehmen {day} in {w.town}].', '{day} [präsentierte {p.ceo} die Zahlen in {w.town}|stellte {p.ceo} die Zahlen in {w.town} vor].'], en: ['The company published the figures in {w.town} {day}.'] },
  ],
  facts: [
    { de: ['Die Prognose für das Gesamtjahr [senkte|kappte] der Vorstand.', 'Für das Gesamtjahr rechnet das Management nun mit [weniger Umsatz|einem Rückgang].'], en: ['The board lowered its full-year forecast.'] },
    { de: ['Als Gründe nannte {p.ceo} [hohe Energiekosten|die schwache Nachfrage] und [den Preisdruck aus Asien|hohe Zinsen].', '{p.ceo} [verwies auf die schwache Nachfrage|begründete das mit hohen Energiekosten].'], en: ['{p.ceo} blamed weak demand and high energy costs.'] },
    { de: ['Bereits [angekündigt|beschlossen] ist ein Sparprogramm über {q.savings}.', 'Das laufende Sparprogramm soll {q.savings} [bringen|einsparen].'], en: ['A savings programme of {q.savings} is already under way.'] },
    { de: ['Die Aktie [gab nach der Veröffentlichung deutlich nach|verlor nach der Veröffentlichung an Wert].', 'An der Börse [reagierten Anleger verhalten|legte die Aktie zu].'], en: ['The shares moved after the release.'] },
    { de: ['Am Standort {w.town} arbeiten derzeit {q.jobsSite} Menschen.', 'In {w.town} beschäftigt {w.company} {q.jobsSite} Menschen.'], en: ['{w.company} employs {q.jobsSite} people in {w.town}.'] },
  ],
  statements: CEO_STATEMENTS,
  sequelKeeps: ['ceo', 'union', 'company', 'town'],
};
