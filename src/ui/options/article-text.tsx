// An article's text as stored, read-only, as text: paragraphs split on blank lines, never parsed as HTML.

export function ArticleText({ text, language }: { text: string; language: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div class="article-text" lang={language === 'und' ? undefined : language}>
      {paragraphs.map((p, i) => <p key={i}>{p}</p>)}
    </div>
  );
}
