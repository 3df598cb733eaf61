// The digest under the event header: the most telling differences, one line each, each a button that opens
// the section holding its evidence and takes focus there. Then skip links to the sections.

import type { ComponentChildren } from 'preact';
import type { Comparison } from '../../engine';
import { t } from '../i18n';
import type { MessageKey } from '../messages';
import { digestItems, type DigestItem } from './digest-model';
import { conceptText, hasGermanConcept, untranslatedMark } from './framing-text';
import { columnShort, outletLabel } from './outlet-label';
import { factTargetId, requestReveal, type RevealRequest } from './reveal';
import { columnsOf, type OutletColumn } from './view-model';
import type { WordingState } from './load-view';
import { WordingNotice } from './wording-notice';

const KIND_KEYS: Record<DigestItem['kind'], MessageKey> = {
  framing: 'digestKindFraming',
  number: 'digestKindNumber',
  quote: 'digestKindQuote',
  reprint: 'digestKindReprint',
  omitted: 'digestKindOmitted',
  'only-here': 'digestKindOnlyHere',
};

/** Where each kind's evidence is: the card of its section, or the fact's row. */
export function revealRequestFor(item: DigestItem): RevealRequest {
  switch (item.kind) {
    case 'framing':
      return { section: 'framing', target: `framing-${item.index}` };
    case 'number':
      return { section: 'numbers', target: `numbers-${item.index}` };
    case 'quote':
      return { section: 'quotes', target: `quotes-${item.index}` };
    case 'reprint':
      return { section: 'reprints', target: `reprints-${item.index}` };
    case 'omitted':
    case 'only-here':
      return { section: 'facts', target: factTargetId(item.fact.id), fact: item.fact.id };
  }
}

/** Outlet badges, compact: "Here", "A", "C"; names on hover and for screen readers. */
function Who({ ids, columns }: { ids: readonly string[]; columns: readonly OutletColumn[] }) {
  const cols = columnsOf(ids, columns);
  return (
    <span class="digest-who">
      {cols.map((col) => (
        <span class="badge" key={col.articleId} title={outletLabel(col)} aria-hidden="true">{columnShort(col)}</span>
      ))}
      <span class="sr-only">{cols.map(outletLabel).join(', ')}</span>
    </span>
  );
}

function Term({ text, textLang }: { text: string; textLang: string }) {
  return <q class="digest-term" lang={textLang}>{text}</q>;
}

function Line({ item, columns, textLang }: { item: DigestItem; columns: readonly OutletColumn[]; textLang: string }): ComponentChildren {
  switch (item.kind) {
    case 'framing':
      return (
        <>
          <span class="digest-topic" {...untranslatedMark(hasGermanConcept(item.framing))}>{conceptText(item.framing)}:</span>{' '}
          {item.terms.map((term, i) => (
            <span class="digest-part" key={i}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <Term text={term.term} textLang={textLang} /> <Who ids={term.articleIds} columns={columns} />
            </span>
          ))}
        </>
      );
    case 'number':
      return (
        <>
          {item.fact && <span class="digest-topic digest-fact" lang={textLang}>{item.fact.label}</span>}{' '}
          {item.conflict.values.map((value, i) => (
            <span class="digest-part" key={i}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <Term text={value.texts[0] ?? String(value.value)} textLang={textLang} /> <Who ids={value.articleIds} columns={columns} />
            </span>
          ))}
        </>
      );
    case 'quote':
      return (
        <>
          {item.quote.speaker && <span class="digest-topic" lang={textLang}>{t('digestQuoteBy', item.quote.speaker)}</span>}{' '}
          {item.renderings.map((r, i) => (
            <span class="digest-part" key={i}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <Term text={r.text} textLang={textLang} /> <Who ids={r.articleIds} columns={columns} />
            </span>
          ))}
        </>
      );
    case 'reprint':
      return (
        <>
          {t('digestReprint', item.group.articleIds.length)} <Who ids={item.group.articleIds} columns={columns} />
        </>
      );
    case 'omitted':
      return (
        <>
          {t('digestOmitted', item.fact.independent)} <span class="digest-fact" lang={textLang}>{item.fact.label}</span>
        </>
      );
    case 'only-here':
      return <span class="digest-fact" lang={textLang}>{item.fact.label}</span>;
  }
}

const SKIPS: [string, MessageKey][] = [['facts', 'sectionFacts'], ['framing', 'sectionFraming'], ['quotes', 'sectionQuotes'], ['numbers', 'sectionNumbers']];

export function SkipLinks() {
  return (
    <nav class="skip-links" aria-label={t('skipLabel')}>
      <span class="muted" aria-hidden="true">{t('skipLabel')}:</span>
      {SKIPS.map(([section, key]) => (
        <button key={section} type="button" class="text-button small skip-link" onClick={() => requestReveal({ section, target: `${section}-toggle` })}>
          {t(key)}
        </button>
      ))}
    </nav>
  );
}

export function Digest({ comparison, wording, columns, textLang }: { comparison: Comparison; wording: WordingState; columns: readonly OutletColumn[]; textLang: string }) {
  const items = digestItems(comparison);
  return (
    <section class="digest" aria-labelledby="digest-heading">
      <h2 id="digest-heading" class="digest-heading">{t('digestHeading')}</h2>
      {/* Word choice and quote lines come first in the digest: until they are computed it waits as a whole,
          rather than showing the other lines and pushing them down moments later. */}
      <WordingNotice wording={wording} class="digest-waiting" />
      {wording === 'pending' || (wording === 'failed' && items.length === 0) ? null : items.length === 0 ? (
        <p class="empty">{t('digestEmpty')}</p>
      ) : (
        <ul class="digest-list" aria-label={t('digestLabel')}>
          {items.map((item, i) => (
            <li key={i} class={`digest-item digest-${item.kind}`}>
              <button type="button" class="digest-link" onClick={() => requestReveal(revealRequestFor(item))}>
                <span class="digest-kind">{t(KIND_KEYS[item.kind])}</span>
                <span class="digest-text"><Line item={item} columns={columns} textLang={textLang} /></span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <SkipLinks />
    </section>
  );
}
