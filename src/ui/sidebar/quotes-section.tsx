// Quotes: one statement per card, its renderings side by side (direct or reported, the outlets, and which
// words differ from the most common rendering); a statement only one outlet carries says so.

import type { QuoteRendering, QuoteStatement } from '../../engine';
import { t } from '../i18n';
import { OutletTags } from './outlet-tags';
import { Section } from './section';
import type { OutletColumn } from './view-model';
import type { WordingState } from './load-view';
import { WordingNotice } from './wording-notice';

function Rendering({ rendering, columns, textLang }: { rendering: QuoteRendering; columns: readonly OutletColumn[]; textLang: string }) {
  const { diff } = rendering;
  return (
    <li class={`rendering ${rendering.direct ? 'is-direct' : 'is-reported'}`}>
      <p class="rendering-kind small">{t(rendering.direct ? 'quoteDirect' : 'quoteReported')}</p>
      <blockquote class="rendering-text" lang={textLang}>{rendering.text}</blockquote>
      {diff && diff.added.length > 0 && <p class="diff diff-added small" lang={textLang}>{t('quoteAdds', diff.added.join(' '))}</p>}
      {diff && diff.removed.length > 0 && <p class="diff diff-removed small" lang={textLang}>{t('quoteDrops', diff.removed.join(' '))}</p>}
      <OutletTags ids={rendering.articleIds} columns={columns} label={t('quotedBy')} />
    </li>
  );
}

function Statement({ quote, index, columns, textLang }: { quote: QuoteStatement; index: number; columns: readonly OutletColumn[]; textLang: string }) {
  return (
    <li class="card" id={`quotes-${index}`} tabIndex={-1}>
      <h3 class="card-title">
        {quote.speaker === null ? t('speakerUnknown') : <span lang={textLang}>{quote.speaker}</span>}
        {!quote.shared && <span class="fact-tag tag-single">{t('quoteOnlyOne')}</span>}
      </h3>
      <ul class="renderings">
        {quote.variants.map((v, i) => <Rendering key={i} rendering={v} columns={columns} textLang={textLang} />)}
      </ul>
    </li>
  );
}

export function QuotesSection({ quotes, wording, columns, textLang }: { quotes: QuoteStatement[]; wording: WordingState; columns: readonly OutletColumn[]; textLang: string }) {
  return (
    <Section id="quotes" title={t('sectionQuotes')} count={wording === 'done' ? quotes.length : undefined}>
      {wording !== 'done' ? (
        <WordingNotice wording={wording} />
      ) : quotes.length === 0 ? (
        <p class="empty">{t('quotesEmpty')}</p>
      ) : (
        <>
          <p class="hint muted">{t('quotesIntro')}</p>
          <ul class="cards">{quotes.map((q, i) => <Statement key={i} index={i} quote={q} columns={columns} textLang={textLang} />)}</ul>
        </>
      )}
    </Section>
  );
}
