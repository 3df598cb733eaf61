// Context sentences per domain. They use only words every kind of the domain casts, and they recur in events
// that have nothing else in common: noise that a lexical matcher must not mistake for a shared fact.

import type { DomainBackground } from './types';

export const BACKGROUNDS: readonly DomainBackground[] = [
  { domain: 'politics', sentences: {
    de: ['Über {w.bill} wird in {w.region} seit Monaten [gestritten|diskutiert].', 'Die Koalition hatte das Vorhaben im Koalitionsvertrag vereinbart.',
      'Verbände [begrüßten|kritisierten] die Pläne.', 'Kritiker sprechen von einem [Bürokratiemonster|Schnellschuss].',
      'Die nächste Landtagswahl findet [im kommenden Jahr|in zwei Jahren] statt.', 'Ähnliche Regelungen gibt es bereits in anderen Ländern.'],
    en: ['The plans have been debated in {w.region} for months.', 'Similar rules already exist in other states.'],
  } },
  { domain: 'economy', sentences: {
    de: ['Die Branche [leidet|ächzt] unter [hohen Energiepreisen|schwacher Nachfrage].', '{w.company} ist einer der größten Arbeitgeber der Region.',
      'Das Unternehmen wurde vor mehr als hundert Jahren gegründet.', 'Bereits im vergangenen Jahr hatte {w.company} Stellen abgebaut.',
      'Die Gewerkschaft fordert seit Langem Investitionen in den Standort.'],
    en: ['{w.company} is one of the largest employers in the region.', 'The whole sector is struggling with weak demand.'],
  } },
  { domain: 'sport', sentences: {
    de: ['Die {w.league} ist in dieser Saison [ausgeglichen|eng] wie selten.', '{w.home} war mit [hohen Erwartungen|großen Ambitionen] in die Saison gestartet.',
      'Der Verein hatte im Sommer [mehrere|zahlreiche] Neuzugänge verpflichtet.', 'Die Fans [feierten|bejubelten] ihre Mannschaft nach dem Abpfiff.',
      'Das Stadion war [gut gefüllt|fast ausverkauft].'],
    en: ['The {w.league} is unusually tight this season.', 'The fans celebrated after the final whistle.'],
  } },
  { domain: 'weather', sentences: {
    de: ['Der Wetterdienst hatte [vor Orkanböen|vor dem Sturm] gewarnt.', 'Schulen blieben [vorsorglich|teilweise] geschlossen.',
      'Auch in den kommenden Tagen bleibt es [unbeständig|windig].', 'Für {w.region} [galt|bestand] die höchste Warnstufe.',
      'Experten rechnen mit häufigeren Stürmen.'],
    en: ['Forecasters had issued warnings in advance.', 'Schools stayed closed as a precaution.'],
  } },
  { domain: 'courts', sentences: {
    de: ['Der Fall hatte in {w.town} für [Aufsehen|Empörung] gesorgt.', 'Der Saal war [bis auf den letzten Platz besetzt|voll besetzt].',
      'Beide Seiten können Rechtsmittel einlegen.', 'Im Verfahren hatten zahlreiche Zeugen ausgesagt.',
      'Die Kammer blieb unter dem Antrag der Staatsanwaltschaft.'],
    en: ['The case had caused a stir in {w.town}.', 'Both sides can appeal.'],
  } },
  { domain: 'science', sentences: {
    de: ['Das {w.institute} forscht seit Jahren zu [Umwelt- und Gesundheitsthemen|ähnlichen Fragen].', 'Die Studie wurde [von unabhängigen Fachleuten begutachtet|einem Peer-Review unterzogen].',
      'Bislang gab es dazu kaum [belastbare Daten|verlässliche Zahlen].', 'Politik und Behörden [verfolgen|beobachten] das Thema [aufmerksam|seit Langem].'],
    en: ['The study was peer-reviewed.', 'Until now there has been little reliable data.'],
  } },
  { domain: 'local', sentences: {
    de: ['Das Thema beschäftigt die Lokalpolitik in {w.town} seit Langem.', 'Anwohner [verfolgten|beobachteten] das Geschehen [aus sicherer Entfernung|vom Straßenrand].',
      'Die Stadtverwaltung will die Anwohner [regelmäßig|zeitnah] informieren.', 'Erst im vergangenen Jahr hatte es in {w.town} [einen ähnlichen Fall|eine ähnliche Debatte] gegeben.'],
    en: ['Residents watched from a safe distance.', 'The town plans to keep residents informed.'],
  } },
];
