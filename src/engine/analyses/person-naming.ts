// Detected framing: how each outlet introduces the same person ("Rathauschefin" / "Lindaus Stadtoberhaupt" /
// "die Bürgermeisterin"). The styling is read off the words an outlet puts before a name (offices and
// country words); quotations are skipped, since words inside them are the speaker's, not the outlet's.

import type { EventAlignment } from '../align/align-event';
import { findCountries } from '../names/gazetteer';
import { isPersonTitle } from '../names/person-titles';
import { quotedRanges } from '../reuse';
import { stemWord } from '../text/stem';
import type { Token } from '../text/tokens';
import type { Framing } from '../types';
import { VariantTally } from './variant-tally';

function isStyling(token: Token): boolean {
  return isPersonTitle(token.lower) || findCountries([token]).length > 0;
}

export function personNaming(alignment: EventAlignment): Framing[] {
  const { names, language, tokens: tokensOf } = alignment.context;
  const tallies = new Map<string, VariantTally>();
  const order = new Map(alignment.articles.map((a, i) => [a.id, i]));
  for (const { id, article } of alignment.articles) {
    const quoted = quotedRanges(article.text);
    const inQuote = (offset: number) => quoted.some(([start, end]) => offset >= start && offset < end);
    (tokensOf.get(article) ?? []).forEach((tokens, s) => {
      const sentence = article.sentences[s]!;
      tokens.forEach((token, i) => {
        const person = names.personOf(token);
        // Handle each mention once, at its last token ("… Anna Berger" at "Berger").
        if (!person || (tokens[i + 1] && names.personOf(tokens[i + 1]!) === person)) return;
        let first = i;
        while (first > 0 && (isStyling(tokens[first - 1]!) || names.personOf(tokens[first - 1]!) === person)) first--;
        const styling = tokens.slice(first, i + 1).filter(isStyling);
        if (styling.length === 0 || inQuote(sentence.start + tokens[first]!.start)) return;
        const surface = sentence.text.slice(styling[0]!.start, styling[styling.length - 1]!.end);
        const key = styling.map((t) => stemWord(t.lower, language)).join(' ');
        const tally = tallies.get(person) ?? new VariantTally();
        tally.add(key, surface, id);
        tallies.set(person, tally);
      });
    });
  }
  const framings: Framing[] = [];
  for (const [person, tally] of tallies) {
    if (tally.size < 2 || tally.articleCount() < 2) continue;
    const name = `${person.charAt(0).toUpperCase()}${person.slice(1)}`;
    framings.push({
      concept: `Naming of ${name}`,
      labelDe: `Benennung von ${name}`,
      category: 'person-naming',
      variants: tally.toVariants((a) => order.get(a) ?? 0),
      source: 'detected',
    });
  }
  return framings;
}
