// An opened fact: each outlet's own sentence, to whom it attributes the fact, and which outlets print the
// same text; this article's sentence can be shown in the page.

import type { Fact } from '../../engine/types';
import { t } from '../i18n';
import { columnShort, outletLabel } from './outlet-label';
import { columnsOf, CURRENT, type OutletColumn } from './view-model';

interface FactMentionsProps {
  fact: Fact;
  columns: readonly OutletColumn[];
  textLang: string;
  onShow: (sentence: number) => void;
}

export function FactMentions({ fact, columns, textLang, onShow }: FactMentionsProps) {
  const byId = new Map(columns.map((col) => [col.articleId, col]));
  return (
    <ul class="mentions">
      {fact.mentions.map((m) => {
        const col = byId.get(m.articleId);
        const reprinted = columnsOf(m.reprintedBy, columns).map(outletLabel);
        return (
          <li class="mention" key={`${m.articleId}#${m.sentence}`}>
            <p class="mention-who">
              {col && <span class="badge" aria-hidden="true">{columnShort(col)}</span>}
              {col ? outletLabel(col) : m.articleId}
            </p>
            <blockquote class="mention-text" lang={textLang}>{m.text}</blockquote>
            <p class="mention-attribution">{m.attribution ? t('attribution', m.attribution) : t('noAttribution')}</p>
            {reprinted.length > 0 && <p class="mention-reprint">{t('sameTextAs', reprinted.join(', '))}</p>}
            {m.articleId === CURRENT && (
              <button type="button" class="text-button small" onClick={() => onShow(m.sentence)}>{t('showInArticle')}</button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
