// @vitest-environment jsdom
// The sidebar rendered into a div with the background stubbed: a real comparison from the engine (event,
// outlets, fact rows with marks, the sections), hostile text staying text, the no-match view, and words
// for every error.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { compareArticle } from '../../src/engine/compare';
import type { Comparison } from '../../src/engine/types';
import type { ComparisonResult, ProtocolErrorCode } from '../../src/messaging/protocol';
import { SidebarApp } from '../../src/ui/sidebar/sidebar-app';
import { coverageMarks, errorKey } from '../../src/ui/sidebar/view-model';
import { fixtureArticle, seedCorpus, seedCorpusWithout, seedInput } from '../helpers/seeds';

// WXT's own stand-in for wxt/browser loads its build tooling, which cannot start under jsdom: use the fake
// browser directly.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('../../src/messaging/send', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/messaging/send')>()),
  sendToBackground: vi.fn(),
}));
const { sendToBackground, ProtocolCallError } = await import('../../src/messaging/send');
const send = sendToBackground as unknown as Mock<(type: string, payload: unknown) => Promise<unknown>>;

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** browser.i18n.getMessage over a catalogue, placeholders and $1…$9 as Chrome fills them. */
function getMessageFrom(catalogue: Catalogue) {
  return (key: string, substitutions?: string | string[]) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return entry.message
      .replace(/\$([a-z0-9_]+)\$/gi, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
const EN = getMessageFrom(en as Catalogue);
const say = (key: keyof typeof en, ...subs: (string | number)[]) => EN(key, subs.map(String));

const TOKEN = 'b6f0c1e2-token';
let matched: Comparison;
let noMatch: Comparison;
let root: HTMLElement;

beforeAll(async () => {
  matched = compareArticle(seedInput('003'), await seedCorpusWithout('003'));
  noMatch = compareArticle(fixtureArticle('unrelated-bahn-strike', '2025-02-12'), await seedCorpus());
});

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(EN as typeof fakeBrowser.i18n.getMessage);
  send.mockReset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  // Preact's pending frame is waited for by tests/setup/preact-frames.ts, after this hook.
});

const ready = (comparison: Comparison): ComparisonResult => ({
  state: 'ready', comparison, complete: true, article: { title: comparison.article.title, url: 'https://apa.at/a', siteName: 'apa.at' },
});

/** Answers getComparison with `answer` and every other message with a plausible success. */
function backgroundAnswers(answer: () => Promise<unknown>) {
  send.mockImplementation(async (type) => {
    if (type === 'getComparison') return answer();
    if (type === 'highlight') return { found: true };
    if (type === 'markCoverage') return { marked: 7 };
    if (type === 'addArticle') return { articleId: 'a-1', eventId: 'e-1' };
    if (type === 'closeSidebar') return { closed: true };
    return { opened: true };
  });
}

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

async function mount(token: string | null = TOKEN) {
  await act(() => { render(h(SidebarApp, { token }), root); });
  await flush();
}

async function click(el: Element | null | undefined) {
  expect(el).toBeTruthy();
  await act(() => { (el as HTMLElement).click(); });
  await flush();
}

const buttonNamed = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
/** Every fact row in the DOM: "show all" under the ranked facts, and the one-outlet background opened. */
async function showAllFacts() {
  const more = root.querySelector('.facts-more');
  if (more) await click(more);
  const background = root.querySelector('.facts-background .section-toggle');
  if (background) await click(background);
}
const sectionToggle = (id: string) => root.querySelector(`[data-section="${id}"] .section-toggle`);
const text = () => root.textContent ?? '';
const callsOf = (type: string) => send.mock.calls.filter(([t]) => t === type).map(([, payload]) => payload);

describe('a comparison from the engine', () => {
  beforeEach(() => backgroundAnswers(async () => ready(matched)));

  it('shows the loading state, then the event, how sure the match is, and the five columns of outlets', async () => {
    send.mockImplementationOnce(() => new Promise(() => undefined));
    await mount();
    expect(text()).toContain(say('loading'));
    expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    render(null, root);

    send.mockClear();
    backgroundAnswers(async () => ready(matched));
    await mount();
    expect(callsOf('getComparison')).toEqual([{ token: TOKEN }]);
    expect(root.querySelector('h1')!.textContent).toBe(matched.event!.title);
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2025-02-12');
    expect(text()).toContain(say('matchVeryLikely'));
    const outlets = [...root.querySelectorAll('.outlet')];
    expect(outlets).toHaveLength(5);
    expect(outlets[0]!.textContent).toContain(say('thisArticle'));
    const names = outlets.slice(1).map((o) => o.querySelector('.outlet-name')!.textContent);
    // Two unknown outlets are told apart by number.
    let unknown = 0;
    expect(names).toEqual(matched.event!.articles.map((a) => a.outlet ?? say('unknownOutletNumbered', ++unknown)));
    expect(unknown).toBe(2);
    expect(text()).toContain(say('knownInferred'));
    expect(text()).toContain(say('knownUnknown'));
  });

  it('shows the evidence for an outlet attribution on request', async () => {
    await mount();
    const jf = matched.event!.articles.find((a) => a.outlet === 'Junge Freiheit')!;
    const button = buttonNamed(say('evidenceFor', 'Junge Freiheit'))!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list.hidden).toBe(true);
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(jf.outletEvidence);
  });

  it('has a row per fact with a mark per outlet, this article first, in words for screen readers', async () => {
    await mount();
    await showAllFacts();
    const rows = [...root.querySelectorAll('.fact')];
    expect(rows).toHaveLength(matched.facts.length);
    rows.forEach((row) => {
      const fact = matched.facts.find((f) => f.id === row.getAttribute('data-fact'))!;
      const marks = [...row.querySelectorAll('.mark')];
      expect(marks).toHaveLength(5);
      const reporters = new Set(fact.mentions.map((m) => m.articleId));
      expect(row.querySelectorAll('.mark.is-reported')).toHaveLength(reporters.size);
      expect(marks[0]!.classList.contains('is-reported')).toBe(reporters.has('current'));
      const maybes = new Set(fact.maybe.map((m) => m.articleId));
      const stateOf = (id: string) => (reporters.has(id) ? 'reported' : maybes.has(id) ? 'maybe' : 'missing');
      const here = { reported: 'markReportedHere', maybe: 'markMaybeHere', missing: 'markNotReportedHere' } as const;
      expect(marks[0]!.querySelector('.sr-only')!.textContent).toBe(say(here[stateOf('current')]));
      const a = matched.event!.articles[0]!;
      const name = a.outlet ?? say('unknownOutletNumbered', 1);
      const other = { reported: `Reported by ${name} (A)`, maybe: `Maybe reported by ${name} (A): a similar sentence`, missing: `Not reported by ${name} (A)` };
      expect(marks[1]!.querySelector('.sr-only')!.textContent).toBe(other[stateOf(a.id)]);
    });
  });

  it('names each outlet letter for screen readers in the outlet list ("Letter A in the facts:")', async () => {
    await mount();
    const items = [...root.querySelectorAll('.outlet')];
    expect(items[0]!.querySelector('.sr-only')).toBeNull(); // this article has no letter, its name says "This article"
    expect(items[1]!.querySelector('.sr-only')!.textContent).toBe('Letter A in the facts:');
    expect(items[1]!.querySelector('.badge')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('says in words which facts only this article has and which it leaves out, and counts reprinted copy', async () => {
    await mount();
    await showAllFacts();
    const onlyHere = root.querySelectorAll('.fact-only-here');
    const omitted = root.querySelectorAll('.fact-omitted');
    expect(onlyHere).toHaveLength(matched.coverage.onlyHere.length);
    // "Left out here" only of facts at least two independent outlets report.
    const strictOmitted = matched.facts.filter((f) => matched.coverage.omitted.includes(f.id) && f.independent >= 2);
    expect(omitted).toHaveLength(strictOmitted.length);
    for (const row of omitted) expect(strictOmitted.some((f) => f.id === row.getAttribute('data-fact'))).toBe(true);
    for (const row of onlyHere) expect(row.querySelector('.fact-toggle')!.textContent).toContain(say('tagOnlyHere'));
    for (const row of omitted) expect(row.querySelector('.fact-toggle')!.textContent).toContain(say('tagOmitted'));
    const reprinted = matched.facts.find((f) => f.independent < new Set(f.mentions.map((m) => m.articleId)).size)!;
    const outlets = new Set(reprinted.mentions.map((m) => m.articleId)).size;
    expect(root.querySelector(`[data-fact="${reprinted.id}"]`)!.textContent).toContain(say('reprintedCount', outlets, reprinted.independent));
    const inArticle = matched.facts.filter((f) => f.mentions.some((m) => m.articleId === 'current')).length;
    expect(text()).toContain(say('factsSummary', inArticle, matched.coverage.onlyHere.length, strictOmitted.length));
    // Facts whose coverage is uncertain say "maybe reported", never "left out" or "only here".
    const maybe = root.querySelectorAll('.fact-maybe');
    expect(maybe).toHaveLength(matched.coverage.maybe.length);
    for (const row of maybe) expect(row.querySelector('.fact-toggle')!.textContent).toContain(say('tagMaybe'));
  });

  it('opens a fact to each outlet’s sentence and attribution, and scrolls the page to this article’s', async () => {
    await mount();
    await showAllFacts();
    const fact = matched.facts.find((f) => f.mentions.length > 2 && f.mentions[0]!.articleId === 'current' && f.mentions.some((m) => m.attribution))!;
    const toggle = root.querySelector(`[data-fact="${fact.id}"] .fact-toggle`)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const mentions = [...root.querySelectorAll(`[data-fact="${fact.id}"] .mention:not(.is-maybe)`)];
    expect(mentions.map((m) => m.querySelector('.mention-text')!.textContent)).toEqual(fact.mentions.map((m) => m.text));
    const withAttribution = fact.mentions.find((m) => m.attribution)!;
    expect(text()).toContain(say('attribution', withAttribution.attribution!));
    expect(callsOf('highlight')).toEqual([{ token: TOKEN, sentence: fact.mentions[0]!.sentence, scroll: true, span: fact.mentions[0]!.span }]);

    await click(toggle);
    expect(callsOf('highlight').at(-1)).toEqual({ token: TOKEN, sentence: null, scroll: false, span: null });

    const omitted = root.querySelector(`[data-fact="${matched.coverage.omitted[0]}"] .fact-toggle`);
    await click(omitted);
    expect(callsOf('highlight')).toHaveLength(2);
  });

  it('marks the article’s sentences by coverage, and removes the marks', async () => {
    await mount();
    const box = root.querySelector('.coverage input[type="checkbox"]') as HTMLInputElement;
    expect(box.closest('label')!.textContent).toContain(say('coverageToggle'));
    await click(box);
    expect(callsOf('markCoverage')).toEqual([{ token: TOKEN, marks: coverageMarks(matched) }]);
    expect(text()).toContain(say('coverageMarked', 7));
    await click(box);
    expect(callsOf('markCoverage').at(-1)).toEqual({ token: TOKEN, marks: null });
  });

  it('filters the facts to those only here or left out', async () => {
    await mount();
    await click(buttonNamed(`${say('filterOnlyHere')} (${matched.coverage.onlyHere.length})`));
    expect(root.querySelectorAll('.fact')).toHaveLength(matched.coverage.onlyHere.length);
    const strictOmitted = matched.facts.filter((f) => matched.coverage.omitted.includes(f.id) && f.independent >= 2);
    await click(buttonNamed(`${say('filterOmitted')} (${strictOmitted.length})`));
    expect(root.querySelectorAll('.fact')).toHaveLength(strictOmitted.length);
  });

  it('has word choice, quotes, numbers and reprints as collapsible sections, each saying when it is empty', async () => {
    await mount();
    for (const id of ['outlets', 'facts', 'framing', 'quotes', 'numbers', 'reprints']) {
      const toggle = sectionToggle(id)!;
      expect(toggle.closest('h2')).toBeTruthy();
      const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
      const open = ['outlets', 'facts'].includes(id);
      expect(toggle.getAttribute('aria-expanded')).toBe(String(open));
      expect(body.hidden).toBe(!open);
      if (!open) await click(toggle);
      expect(body.hidden).toBe(false);
    }
    expect(text()).toContain(matched.framing[0]!.concept);
    expect(text()).toContain(matched.framing[0]!.variants[0]!.note!);
    expect(text()).toContain(say('framingSource', matched.framing[0]!.variants[0]!.source!));
    expect(root.querySelectorAll('[data-section="quotes"] .card')).toHaveLength(matched.quotes.length);
    expect(text()).toContain(say('quoteAdds', 'lange hochproduktiv'));
    expect(root.querySelector('[data-section="numbers"]')!.textContent).toContain(say('numbersEmpty'));
    expect(root.querySelector('[data-section="reprints"]')!.textContent).toContain(matched.reuse[0]!.passages[0]!);
    expect(root.querySelectorAll('h3').length).toBeGreaterThan(matched.quotes.length);
  });

  it('shows numbers that disagree with each outlet’s value', async () => {
    const [a, b] = matched.event!.articles;
    const fact = matched.facts[0]!;
    const conflicting: Comparison = {
      ...matched,
      conflicts: [{ factId: fact.id, values: [
        { value: 90, unit: 'min', kind: 'duration', texts: ['eineinhalb Stunden'], articleIds: ['current', a!.id] },
        { value: 120, unit: 'min', kind: 'duration', texts: ['zwei Stunden'], articleIds: [b!.id] },
      ] }],
    };
    backgroundAnswers(async () => ready(conflicting));
    await mount();
    await click(sectionToggle('numbers'));
    const card = root.querySelector('[data-section="numbers"] .card')!;
    expect(card.querySelector('h3')!.textContent).toBe(fact.label);
    const values = [...card.querySelectorAll('.value')];
    expect(values.map((v) => v.querySelector('.value-text')!.textContent)).toEqual(['eineinhalb Stunden', 'zwei Stunden']);
    expect(values[1]!.textContent).toContain(`B ${b!.outlet ?? say('unknownOutlet')}`);
  });

  it('closes on the close button and on Esc, and opens the corpus manager', async () => {
    await mount();
    const close = buttonNamed(say('closeSidebar'))!;
    expect(close.textContent!.trim()).toBe(''); // an icon button: named by its label
    await click(close);
    await act(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })); });
    await flush();
    expect(callsOf('closeSidebar')).toEqual([{ token: TOKEN }, { token: TOKEN }]);
    await click(buttonNamed(say('manageCorpus')));
    expect(callsOf('openOptions')).toEqual([{}]);
  });

  it('speaks German when the browser does', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageFrom(de as Catalogue) as typeof fakeBrowser.i18n.getMessage);
    await mount();
    expect(sectionToggle('facts')!.textContent).toContain('Fakten');
    expect(text()).toContain('Sehr wahrscheinlich dasselbe Ereignis');
    expect(root.querySelector('time')!.textContent).toBe('12. Februar 2025');
    const marks = [...root.querySelectorAll('.fact .mark .sr-only')].map((mark) => mark.textContent);
    expect(marks.some((name) => /^Steht (nicht )?in diesem Artikel$/.test(name!))).toBe(true);
    expect(marks.some((name) => /^.+ \(A\) berichtet das( nicht)?$/.test(name!))).toBe(true);
  });
});

describe('facts first, word choice and quotes after', () => {
  /** The background's first answer: the comparison's first stage, without word choice and quotes. */
  const firstStage = (): ComparisonResult => ({ ...ready({ ...matched, framing: [], quotes: [] }), complete: false } as ComparisonResult);
  const digestLines = () => [...root.querySelectorAll('.digest-item')].map((li) => [...li.classList].find((c) => c !== 'digest-item'));

  it('shows the facts at once, says word choice and quotes are coming, then shows them without moving focus', async () => {
    let answerWording: (value: unknown) => void = () => undefined;
    backgroundAnswers(async () => firstStage());
    const answers = send.getMockImplementation()!;
    send.mockImplementation((type, payload) => (type === 'getWordingAndQuotes' ? new Promise((r) => (answerWording = r)) : answers(type, payload)));
    await mount();
    expect(root.querySelectorAll('[data-section="facts"] li.fact').length).toBeGreaterThan(0);
    expect(root.querySelector('.digest .wording-pending')!.textContent).toBe(say('wordingPending'));
    expect(digestLines()).toEqual([]);
    expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[data-section="framing"] .count')).toBeNull();
    expect(callsOf('getWordingAndQuotes')).toEqual([{ token: TOKEN }]);

    await act(() => answerWording({ framing: matched.framing, quotes: matched.quotes }));
    await flush();
    expect(root.querySelector('.wording-pending')).toBeNull();
    expect(digestLines()).toContain('digest-framing');
    expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('[data-section="framing"] .count')!.textContent).toBe(`(${matched.framing.length})`);
    expect(root.querySelector('[data-section="quotes"] .count')!.textContent).toBe(`(${matched.quotes.length})`);
    expect(callsOf('getWordingAndQuotes')).toHaveLength(1);
  });

  it('asks for word choice and quotes only once the facts are on screen, so their work does not hold up the first paint', async () => {
    const factRowsWhenAsked: number[] = [];
    backgroundAnswers(async () => firstStage());
    const answers = send.getMockImplementation()!;
    send.mockImplementation(async (type, payload) => {
      if (type === 'getWordingAndQuotes') factRowsWhenAsked.push(root.querySelectorAll('[data-section="facts"] li.fact').length);
      return answers(type, payload);
    });
    await mount();
    await flush();
    expect(factRowsWhenAsked).toHaveLength(1);
    expect(factRowsWhenAsked[0]).toBeGreaterThan(0);
  });

  it('says so when word choice and quotes could not be computed, and keeps the facts', async () => {
    backgroundAnswers(async () => firstStage());
    const answers = send.getMockImplementation()!;
    send.mockImplementation(async (type, payload) => {
      if (type === 'getWordingAndQuotes') throw new ProtocolCallError('internal', 'getWordingAndQuotes: the comparison failed');
      return answers(type, payload);
    });
    await mount();
    await flush();
    expect(root.querySelectorAll('[data-section="facts"] li.fact').length).toBeGreaterThan(0);
    expect(root.querySelector('.digest .wording-failed')!.textContent).toBe(say('wordingFailed'));
    // Not "the outlets name things alike": nothing is known about word choice.
    expect(text()).not.toContain(say('digestEmpty'));
    await click(sectionToggle('framing'));
    expect(root.querySelector('[data-section="framing"] .wording-failed')!.textContent).toBe(say('wordingFailed'));
    expect(text()).not.toContain(say('framingEmpty'));
    expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('false');
  });
});

describe('hostile text', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '<script>alert(1)</script>';

  function hostile(c: Comparison): Comparison {
    const evil = (s: string) => `${IMG}${s}${SCRIPT}`;
    const event = c.event!;
    return {
      ...c,
      article: { ...c.article, title: evil(c.article.title), outlet: evil('APA') },
      event: {
        ...event,
        title: evil(event.title),
        articles: event.articles.map((a) => ({ ...a, outlet: evil(a.outlet ?? ''), title: evil(a.title), outletEvidence: a.outletEvidence.map(evil), url: 'javascript:alert(1)' })),
      },
      facts: c.facts.map((f) => ({ ...f, label: evil(f.label), mentions: f.mentions.map((m) => ({ ...m, text: evil(m.text), attribution: evil(m.attribution ?? '') })) })),
      framing: c.framing.map((f) => ({ ...f, concept: evil(f.concept), context: evil(''), variants: f.variants.map((v) => ({ ...v, term: evil(v.term), note: evil(''), source: evil('') })) })),
      quotes: c.quotes.map((q) => ({ ...q, speaker: evil(q.speaker ?? ''), variants: q.variants.map((v) => ({ ...v, text: evil(v.text), diff: { added: [IMG], removed: [SCRIPT] } })) })),
      conflicts: [{ factId: c.facts[0]!.id, values: [{ value: 1, unit: 'x', kind: 'count', texts: [IMG], articleIds: ['current'] }] }],
      reuse: c.reuse.map((r) => ({ ...r, passages: r.passages.map(evil) })),
    } as Comparison;
  }

  it('renders titles, names, sentences, quotes and passages as literal text and creates no elements from them', async () => {
    backgroundAnswers(async () => ready(hostile(matched)));
    await mount();
    for (const id of ['framing', 'quotes', 'numbers', 'reprints']) await click(sectionToggle(id));
    for (const toggle of root.querySelectorAll('.fact-toggle, .evidence button')) await click(toggle);
    expect(root.querySelectorAll('img, script, iframe, object')).toHaveLength(0);
    expect(root.querySelector('h1')!.textContent).toBe(`${IMG}${matched.event!.title}${SCRIPT}`);
    expect(text()).toContain(IMG);
    expect(text()).toContain(SCRIPT);
    expect(root.querySelectorAll('a')).toHaveLength(0); // javascript: addresses are never linked
    expect([...root.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
  });

  it('shows an extraction message and an error detail as text', async () => {
    backgroundAnswers(async () => ({ state: 'extraction-failed', message: IMG, url: 'https://x' }));
    await mount();
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(text()).toContain(say('errorDetails', IMG));
  });
});

describe('no matching event', () => {
  it('says so plainly and adds the article to the reader’s corpus', async () => {
    expect(noMatch.event).toBeNull();
    backgroundAnswers(async () => ready(noMatch));
    await mount();
    expect(root.querySelector('h1')!.textContent).toBe(say('noMatchHeading'));
    expect(text()).toContain(say('noMatchText'));
    await click(buttonNamed(say('addArticle')));
    expect(callsOf('addArticle')).toEqual([{ token: TOKEN }]);
    expect(text()).toContain(say('added'));
    expect(buttonNamed(say('addArticle'))).toBeUndefined();
  });

  it('says why adding failed, in words', async () => {
    backgroundAnswers(async () => ready(noMatch));
    send.mockImplementation(async (type) => {
      if (type === 'getComparison') return ready(noMatch);
      throw new ProtocolCallError('storage-full', 'QuotaExceededError');
    });
    await mount();
    await click(buttonNamed(say('addArticle')));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(say('errorStorageFull'));
    expect(buttonNamed(say('addArticle'))).toBeTruthy();
  });

  it('a full disk says how much of the allowed space Parallax uses', async () => {
    const estimate = vi.fn(async () => ({ usage: 52 * 1024 * 1024, quota: 60 * 1024 * 1024 }));
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate } });
    try {
      send.mockImplementation(async (type) => {
        if (type === 'getComparison') return ready(noMatch);
        throw new ProtocolCallError('storage-full', 'QuotaExceededError');
      });
      await mount();
      await click(buttonNamed(say('addArticle')));
      await act(async () => { await estimate.mock.results[0]!.value; });
      expect(estimate).toHaveBeenCalledTimes(1);
      expect(root.querySelector('[role="alert"]')!.textContent).toBe(say('errorStorageFullUsage', '52', '60'));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  const DEMO_SUMMARY = { articles: 5, events: 1, dated: 5, firstDate: '2025-02-12', lastDate: '2025-02-13', languages: [{ language: 'de', articles: 5 }] };
  /** The no-match comparison, with what the corpus holds answered by `summary`. */
  function noMatchWithSummary(summary: () => Promise<unknown>) {
    backgroundAnswers(async () => ready(noMatch));
    const answers = send.getMockImplementation()!;
    send.mockImplementation(async (type, payload) => (type === 'getCorpusSummary' ? summary() : answers(type, payload)));
  }
  /** The line once every answer the view asked for has arrived and been rendered. */
  const summaryLine = async () => {
    await act(async () => { for (const result of send.mock.results) await Promise.resolve(result.value).catch(() => undefined); });
    await flush();
    return root.querySelector('.corpus-summary')?.textContent?.replace(/\s+/g, ' ') ?? null;
  };

  it('says what the corpus holds: articles, events, the span of their dates and their languages', async () => {
    noMatchWithSummary(async () => DEMO_SUMMARY);
    await mount();
    expect(callsOf('getCorpusSummary')).toEqual([{}]);
    expect(await summaryLine()).toBe('Your corpus holds 5 articles about 1 event, Feb 12 – 13, 2025, in German.');
  });

  it('says it in German, with German dates and language names', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageFrom(de as Catalogue) as typeof fakeBrowser.i18n.getMessage);
    noMatchWithSummary(async () => ({ ...DEMO_SUMMARY, languages: [{ language: 'de', articles: 4 }, { language: 'en', articles: 1 }] }));
    await mount();
    expect(await summaryLine()).toBe('Ihr Korpus enthält 5 Artikel zu 1 Ereignis, 12.–13. Feb. 2025, auf Deutsch und Englisch.');
  });

  it('says plainly that the corpus is empty, that dates are missing, and sums up a long list of languages', async () => {
    noMatchWithSummary(async () => ({ articles: 0, events: 0, dated: 0, firstDate: null, lastDate: null, languages: [] }));
    await mount();
    expect(await summaryLine()).toBe('Your corpus holds no articles yet.');
    render(null, root);

    const languages = ['de', 'en', 'fr', 'pl', 'uk', 'ar'].map((language) => ({ language, articles: 2 }));
    noMatchWithSummary(async () => ({ articles: 12_000, events: 3, dated: 0, firstDate: null, lastDate: null, languages }));
    await mount();
    expect(await summaryLine()).toBe('Your corpus holds 12,000 articles about 3 events, all undated, in German, English, French, and 3 more.');
    render(null, root);

    noMatchWithSummary(async () => ({ articles: 1, events: 1, dated: 0, firstDate: null, lastDate: null, languages: null }));
    await mount();
    expect(await summaryLine()).toBe('Your corpus holds 1 article about 1 event, all undated.');
    render(null, root);

    noMatchWithSummary(async () => ({ ...DEMO_SUMMARY, dated: 3, lastDate: '2025-02-12' }));
    await mount();
    expect(await summaryLine()).toBe('Your corpus holds 5 articles about 1 event, Feb 12, 2025 (2 undated), in German.');
  });

  it('leaves the line out when the corpus cannot be read, and still offers to add the article', async () => {
    noMatchWithSummary(async () => { throw new ProtocolCallError('database', 'UnknownError'); });
    await mount();
    expect(callsOf('getCorpusSummary')).toHaveLength(1);
    expect(await summaryLine()).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe(say('noMatchHeading'));
    await click(buttonNamed(say('addArticle')));
    expect(text()).toContain(say('added'));
  });

  it('counts the article just added', async () => {
    let articles = 5;
    noMatchWithSummary(async () => ({ ...DEMO_SUMMARY, articles, dated: articles, events: articles - 4 }));
    await mount();
    articles = 6;
    await click(buttonNamed(say('addArticle')));
    expect(await summaryLine()).toBe('Your corpus holds 6 articles about 2 events, Feb 12 – 13, 2025, in German.');
  });

  it('does not offer to add an article the corpus already holds', async () => {
    backgroundAnswers(async () => ready({ ...noMatch, article: { ...noMatch.article, corpusId: 'a-123' } }));
    await mount();
    expect(text()).toContain(say('alreadyInCorpus'));
    expect(buttonNamed(say('addArticle'))).toBeUndefined();
  });
});

describe('errors, in words', () => {
  const codes: ProtocolErrorCode[] = ['not-allowed', 'bad-request', 'not-found', 'database', 'storage-full', 'internal'];

  it.each(codes)('%s', async (code) => {
    backgroundAnswers(async () => { throw new ProtocolCallError(code, `technical ${code}`); });
    await mount();
    expect(root.querySelector('h1')!.textContent).toBe(say('errorHeading'));
    expect(root.querySelector('.error-message')!.textContent).toBe(say(errorKey(code)));
    expect(text()).not.toContain(`technical ${code}`);
    const retry = buttonNamed(say('retry'));
    if (code === 'database' || code === 'not-found' || code === 'internal' || code === 'storage-full') {
      backgroundAnswers(async () => ready(matched));
      await click(retry);
      expect(root.querySelector('h1')!.textContent).toBe(matched.event!.title);
    } else {
      expect(retry).toBeUndefined(); // asking again cannot help
    }
  });

  it('an extraction failure', async () => {
    backgroundAnswers(async () => ({ state: 'extraction-failed', message: 'the page has no article', url: 'https://x' }));
    await mount();
    expect(root.querySelector('.error-message')!.textContent).toBe(say('errorExtraction'));
    expect(text()).toContain(say('errorDetails', 'the page has no article'));
  });

  it('a failure that is no protocol error, and a frame opened without a token', async () => {
    backgroundAnswers(async () => { throw new Error('Could not establish connection'); });
    await mount();
    expect(root.querySelector('.error-message')!.textContent).toBe(say('errorInternal'));
    render(null, root);
    send.mockReset();
    await mount(null);
    expect(root.querySelector('.error-message')!.textContent).toBe(say('errorNoToken'));
    expect(send).not.toHaveBeenCalled();
  });
});
