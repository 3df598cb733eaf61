// One outlet's stored article read inside the sidebar: its title, outlet (and how that is known), date, and
// its text as paragraphs of plain text (never HTML), with the mentioned sentence — its claim, when found —
// marked and scrolled into view. Back returns to the fact; the caller puts focus back where it was.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProtocolErrorCode, StoredArticleText } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { t } from '../i18n';
import { ErrorText } from './error-text';
import { errorCodeOf } from './view-model';

type Load = { kind: 'loading' } | { kind: 'ready'; article: StoredArticleText | null } | { kind: 'failed'; code: ProtocolErrorCode };

/** Where `needle` sits in `text`, ignoring differences of spacing; null when it is not there. */
export function findLoosely(text: string, needle: string): { start: number; end: number } | null {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(escaped.join('\\s+'), 'u').exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

/** The article's paragraphs with the offsets they start at, so that a mark can be placed in one of them. */
function paragraphs(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, text: m[0] });
  return out;
}

/** The span to mark: the claim inside the sentence when both are found, else the sentence, else nothing. */
export function markedSpan(text: string, sentence: string, claim: string | null): { start: number; end: number } | null {
  const inText = findLoosely(text, sentence);
  if (!inText) return claim ? findLoosely(text, claim) : null;
  if (!claim) return inText;
  const inSentence = findLoosely(text.slice(inText.start, inText.end), claim);
  return inSentence ? { start: inText.start + inSentence.start, end: inText.start + inSentence.end } : inText;
}

function ArticleText({ text, lang, mark }: { text: string; lang: string; mark: { start: number; end: number } | null }) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [mark?.start, mark?.end]);
  return (
    <div class="reader-text" lang={lang}>
      {paragraphs(text).map((p) => {
        const end = p.start + p.text.length;
        if (!mark || mark.end <= p.start || mark.start >= end) return <p key={p.start}>{p.text}</p>;
        const from = Math.max(mark.start, p.start) - p.start;
        const to = Math.min(mark.end, end) - p.start;
        const first = mark.start >= p.start;
        return (
          <p key={p.start}>
            {p.text.slice(0, from)}
            <mark class="claim reader-mark" ref={first ? markRef : undefined}>{p.text.slice(from, to)}</mark>
            {p.text.slice(to)}
          </p>
        );
      })}
    </div>
  );
}

export function ReaderView({ articleId, sentence, claim, outletName, onBack }: { articleId: string; sentence: string; claim: string | null; outletName: string; onBack: () => void }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    sendToBackground('getArticle', { articleId }).then(
      ({ article }) => live && setLoad({ kind: 'ready', article }),
      (error: unknown) => live && setLoad({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [articleId]);
  useEffect(() => {
    if (load.kind === 'ready') headingRef.current?.focus({ preventScroll: true });
  }, [load.kind]);
  const back = (
    <button type="button" class="text-button small reader-back" onClick={onBack}>{t('readerBack')}</button>
  );
  if (load.kind === 'loading') return <section class="reader-view" aria-busy="true">{back}<p class="muted">{t('readerLoading')}</p></section>;
  if (load.kind === 'failed') return <section class="reader-view">{back}<ErrorText code={load.code} /></section>;
  const { article } = load;
  if (!article) return <section class="reader-view">{back}<p>{t('readerMissing')}</p></section>;
  return (
    <section class="reader-view" aria-label={t('readerLabel', article.outlet.name ?? outletName)}>
      {back}
      <h3 class="reader-title" tabIndex={-1} ref={headingRef} lang={article.language}>{article.title || outletName}</h3>
      <p class="reader-meta">
        {article.outlet.name ?? outletName}
        {article.date ? ` · ${article.date}` : ''}
        {article.dateNote ? ` (${article.dateNote})` : ''}
      </p>
      {article.outlet.evidence.length > 0 && <p class="reader-evidence muted">{article.outlet.evidence.join(' · ')}</p>}
      <ArticleText text={article.text} lang={article.language} mark={markedSpan(article.text, sentence, claim)} />
      {back}
    </section>
  );
}
