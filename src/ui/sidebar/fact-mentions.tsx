// An opened fact: each outlet's own sentence with the claim that states the fact marked inside it, to whom
// it attributes the fact, and which outlets print the same text; then, for outlets that maybe report it, the
// closest sentence, so the reader can judge. This article's claim can be shown in the page.

import { useRef, useState } from 'preact/hooks';
import type { Fact, FactMention } from '../../engine';
import { t } from '../i18n';
import { columnShort, outletLabel, outletName } from './outlet-label';
import { ReaderView } from './reader-view';
import { columnsOf, CURRENT, type OutletColumn } from './view-model';

interface FactMentionsProps {
  fact: Fact;
  columns: readonly OutletColumn[];
  textLang: string;
  onShow: (sentence: number, span: { start: number; end: number } | null) => void;
}

/** The sentence with its claim in a <mark>; the whole sentence marked when it is one claim. */
function SentenceWithClaim({ m, textLang }: { m: FactMention; textLang: string }) {
  const { start, end } = m.span ?? { start: 0, end: m.text.length };
  const before = m.text.slice(0, start);
  const after = m.text.slice(end);
  return (
    <blockquote class={`mention-text${before || after ? ' has-claim' : ''}`} lang={textLang}>
      {before}
      <mark class="claim">{m.text.slice(start, end)}</mark>
      {after}
    </blockquote>
  );
}

function Mention({ m, columns, textLang, onShow, maybe }: { m: FactMention; columns: readonly OutletColumn[]; textLang: string; onShow: FactMentionsProps['onShow']; maybe: boolean }) {
  const col = columns.find((c) => c.articleId === m.articleId);
  const reprinted = columnsOf(m.reprintedBy, columns).map(outletLabel);
  const [reading, setReading] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  if (reading) {
    const back = () => {
      setReading(false);
      // Focus back on the button that opened the article, once it is rendered again.
      requestAnimationFrame(() => openButton.current?.focus());
    };
    return (
      <li class="mention is-reading">
        <ReaderView articleId={m.articleId} sentence={m.text} claim={m.claim ?? null} outletName={col ? outletLabel(col) : m.articleId} onBack={back} />
      </li>
    );
  }
  return (
    <li class={`mention${maybe ? ' is-maybe' : ''}`}>
      <p class="mention-who">
        {col && <span class="badge" aria-hidden="true">{columnShort(col)}</span>}
        {/* The badge shows the letter; the words name the outlet once ("A Junge Freiheit", not "A A …"). */}
        {col ? <><span class="sr-only">{outletLabel(col)}</span><span aria-hidden="true">{col.letter === null ? t('thisArticle') : outletName(col)}</span></> : m.articleId}
      </p>
      <SentenceWithClaim m={m} textLang={textLang} />
      <p class="mention-attribution">{m.attribution ? t('attribution', m.attribution) : t('noAttribution')}</p>
      {reprinted.length > 0 && <p class="mention-reprint">{t('sameTextAs', reprinted.join(', '))}</p>}
      {m.articleId !== CURRENT && (
        <button type="button" class="text-button small read-article" ref={openButton} onClick={() => setReading(true)}>{t('readArticle')}</button>
      )}
      {m.articleId === CURRENT && (
        <button type="button" class="text-button small" onClick={() => onShow(m.sentence, m.span ?? null)}>{t('showInArticle')}</button>
      )}
    </li>
  );
}

export function FactMentions({ fact, columns, textLang, onShow }: FactMentionsProps) {
  const maybe = fact.maybe ?? [];
  return (
    <>
      <ul class="mentions">
        {fact.mentions.map((m) => <Mention key={`${m.articleId}#${m.sentence}`} m={m} columns={columns} textLang={textLang} onShow={onShow} maybe={false} />)}
      </ul>
      {maybe.length > 0 && (
        <>
          <p class="maybe-heading">{t('maybeHeading')}</p>
          <ul class="mentions maybe-mentions">
            {maybe.map((m) => <Mention key={`${m.articleId}#${m.sentence}`} m={m} columns={columns} textLang={textLang} onShow={onShow} maybe />)}
          </ul>
        </>
      )}
    </>
  );
}
