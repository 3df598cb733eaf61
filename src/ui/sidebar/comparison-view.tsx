// A ready comparison: the event and its outlets, then facts, word choice, quotes, numbers and reprints;
// or, when no event matched, the offer to add the article. The closed sections' bodies follow the first paint.

import type { ReadyResult, WordingState } from './load-view';
import { AddToEvent } from './add-to-event';
import { Digest } from './digest';
import { EventHeader } from './event-header';
import { FactTable } from './fact-table';
import { FramingSection } from './framing-section';
import { LaterBodies, useUntilFirstPaint } from './later-bodies';
import { NoMatch } from './no-match';
import { NumbersSection } from './numbers-section';
import { OutletList } from './outlet-list';
import { QuotesSection } from './quotes-section';
import { ReprintsSection } from './reprints-section';
import { outletColumns } from './view-model';

export function ComparisonView({ result, wording, token }: { result: ReadyResult; wording: WordingState; token: string }) {
  const { comparison: c, article } = result;
  // Called before the early return below: hooks run in the same order on every render.
  const bodiesLater = useUntilFirstPaint();
  const textLang = c.article.language;
  const title = c.article.title || article.title;
  if (!c.event) return <NoMatch token={token} title={title} inCorpus={c.article.corpusId !== null} textLang={textLang} />;
  const columns = outletColumns(c, { title, outlet: article.siteName, url: article.url });
  return (
    <LaterBodies.Provider value={bodiesLater}>
      <EventHeader event={c.event} readingTitle={title} textLang={textLang} />
      <Digest comparison={c} wording={wording} columns={columns} textLang={textLang} />
      <OutletList columns={columns} textLang={textLang} />
      {c.article.corpusId === null && <AddToEvent token={token} />}
      <FactTable comparison={c} columns={columns} token={token} textLang={textLang} />
      <FramingSection framing={c.framing} wording={wording} columns={columns} textLang={textLang} />
      <QuotesSection quotes={c.quotes} wording={wording} columns={columns} textLang={textLang} />
      <NumbersSection conflicts={c.conflicts} facts={c.facts} columns={columns} textLang={textLang} />
      <ReprintsSection reuse={c.reuse} columns={columns} textLang={textLang} />
    </LaterBodies.Provider>
  );
}
