// Scores the fact alignment the reader sees against the hand-made gold alignment of the seeds
// (tests/fixtures/claims-gold/seeds-gold.json): each seed is compared with the bundled corpus, and every
// pair "this article's claim ~ that outlet's claim" shown under one fact is checked against the gold facts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareArticle } from '../../src/engine/compare';
import { parseArticle } from '../../src/engine/article/parse-article';
import type { CorpusIndex } from '../../src/engine/match/corpus-index';
import type { Comparison, FactMention } from '../../src/engine/types';
import { SEED_FILES, seedInput, seedText } from './seeds';

export interface GoldClaim {
  seed: string;
  text: string;
}

export interface Gold {
  facts: { id: string; fact: string; claims: GoldClaim[] }[];
  lookalikes: { why: string; a: GoldClaim; b: GoldClaim }[];
}

export const GOLD_FILE = join(import.meta.dirname, '..', 'fixtures', 'claims-gold', 'seeds-gold.json');

export function readGold(file = GOLD_FILE): Gold {
  return JSON.parse(readFileSync(file, 'utf8')) as Gold;
}

export const SEEDS = SEED_FILES.map((f) => f.slice(0, 3));

/** A place in a seed: sentence index and character span in that sentence. */
interface Place {
  seed: string;
  sentence: number;
  start: number;
  end: number;
}

const sentencesOf = new Map(SEEDS.map((s) => [s, parseArticle(seedInput(s)).sentences.map((x) => x.text)]));

export function placeOf(claim: GoldClaim): Place {
  const sentences = sentencesOf.get(claim.seed);
  if (!sentences) throw new Error(`gold names seed "${claim.seed}", which does not exist`);
  const sentence = sentences.findIndex((s) => s.includes(claim.text));
  if (sentence < 0) throw new Error(`gold claim not found in seed ${claim.seed}: "${claim.text}"`);
  const start = sentences[sentence]!.indexOf(claim.text);
  return { seed: claim.seed, sentence, start, end: start + claim.text.length };
}

/** A shown mention stands for a gold claim when it is in the same sentence and their spans mostly overlap. */
function covers(mention: Place, gold: Place): boolean {
  if (mention.seed !== gold.seed || mention.sentence !== gold.sentence) return false;
  const overlap = Math.min(mention.end, gold.end) - Math.max(mention.start, gold.start);
  return overlap >= 0.5 * Math.min(mention.end - mention.start, gold.end - gold.start);
}

export interface Score {
  goldPairs: number;
  recalled: number;
  shownPairs: number;
  correct: number;
  recall: number;
  precision: number;
  /** Look-alike pairs shown under one fact, with why they must stay apart. */
  merges: string[];
  wrong: string[];
  missed: string[];
}

function mentionPlace(m: FactMention, seedOf: (id: string) => string | undefined): Place | null {
  const seed = seedOf(m.articleId);
  if (!seed) return null;
  return { seed, sentence: m.sentence, start: m.span?.start ?? 0, end: m.span?.end ?? m.text.length };
}

/** Each seed compared with the corpus (which holds the seeds: a seed is compared with the other four). */
export function comparisons(corpus: CorpusIndex): Map<string, Comparison> {
  return new Map(SEEDS.map((s) => [s, compareArticle(seedInput(s), corpus)]));
}

export function scoreAgainstGold(gold: Gold, corpus: CorpusIndex, results = comparisons(corpus)): Score {
  const idToSeed = new Map<string, string>();
  for (const s of SEEDS) {
    const text = seedText(s);
    for (const [id, a] of corpus.articles) if (a.text === text) idToSeed.set(id, s);
  }
  const goldFacts = gold.facts.map((f) => ({ id: f.id, places: f.claims.map(placeOf) }));
  const sameGoldFact = (x: Place, y: Place) => goldFacts.some((f) => f.places.some((p) => covers(x, p)) && f.places.some((p) => covers(y, p)));
  let goldPairs = 0;
  let recalled = 0;
  let shownPairs = 0;
  let correct = 0;
  const merges: string[] = [];
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const [seed, c] of results) {
    const seedOf = (id: string) => (id === 'current' ? seed : idToSeed.get(id));
    const shown: [Place, Place][] = [];
    for (const fact of c.facts) {
      const own = fact.mentions.find((m) => m.articleId === 'current');
      if (!own) continue;
      const a = mentionPlace(own, seedOf)!;
      for (const m of fact.mentions) {
        const b = m === own ? null : mentionPlace(m, seedOf);
        if (!b) continue;
        shown.push([a, b]);
        shownPairs++;
        if (sameGoldFact(a, b)) correct++;
        else wrong.push(`${seed}→${b.seed}: «${own.claim ?? own.text}» ~ «${m.claim ?? m.text}»`);
      }
    }
    for (const f of goldFacts) {
      const mine = f.places.filter((p) => p.seed === seed);
      if (mine.length === 0) continue;
      for (const other of SEEDS) {
        if (other === seed) continue;
        const theirs = f.places.filter((p) => p.seed === other);
        if (theirs.length === 0) continue;
        goldPairs++;
        if (shown.some(([a, b]) => mine.some((p) => covers(a, p)) && theirs.some((p) => covers(b, p)))) recalled++;
        else missed.push(`${f.id}: ${seed}→${other}`);
      }
    }
    for (const l of gold.lookalikes) {
      const [x, y] = [placeOf(l.a), placeOf(l.b)];
      for (const [p, q] of [[x, y], [y, x]] as const) {
        if (p.seed === seed && shown.some(([a, b]) => covers(a, p) && covers(b, q))) merges.push(`${seed}: ${l.why}`);
      }
    }
  }
  return {
    goldPairs,
    recalled,
    shownPairs,
    correct,
    recall: goldPairs ? recalled / goldPairs : 0,
    precision: shownPairs ? correct / shownPairs : 0,
    merges,
    wrong,
    missed,
  };
}
