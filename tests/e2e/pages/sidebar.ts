// The Parallax sidebar as a reader sees it: the extension page inside the frame the content script adds.
// Reached through its frame (the host's shadow root is closed), with role and text locators; every name
// matches the English and the German UI (public/_locales).
import type { Frame, Locator } from 'playwright-core';

const NAMES = {
  eventLabel: /^(The event|Das Ereignis)$/,
  outlets: /^(Outlets|Medien)\b/,
  facts: /^(Facts|Fakten)\b/,
  marks: /^(Who reports it|Wer berichtet)$/,
  /** The screen-reader name of another outlet's ✓ mark ("Reported by Junge Freiheit (B)"). */
  reportedByOther: /^(Reported by .* \([A-Z]\)|.* \([A-Z]\) berichtet das)$/,
  /** The screen-reader name of this article's ✓ mark. */
  reportedHere: /^(Reported in this article|Steht in diesem Artikel)$/,
  coverage: /^(Mark sentences in the article by coverage|Sätze im Artikel nach Abdeckung markieren)$/,
  coverageMarked: /^(Sentences marked in the article|Im Artikel markierte Sätze): [1-9]/,
  close: /^(Close Parallax|Parallax schließen)$/,
  add: /^(Add this article to my corpus|Diesen Artikel zu meinem Korpus hinzufügen)$/,
  alreadyInCorpus: /^(This article is already in your corpus\.|Dieser Artikel ist bereits in Ihrem Korpus\.)$/,
  showInArticle: /^(Show in the article|Im Artikel zeigen)$/,
};

export class Sidebar {
  constructor(readonly frame: Frame) {}

  /** The view's title: the event, "No other reports of this story", or what went wrong. */
  get mainHeading(): Locator {
    return this.frame.getByRole('heading', { level: 1 });
  }

  /** The event's title, under "The event". */
  get eventTitle(): Locator {
    return this.frame
      .getByRole('region')
      .filter({ has: this.frame.getByText(NAMES.eventLabel) })
      .getByRole('heading', { level: 1 });
  }

  get outletsSection(): Locator {
    return this.frame.getByRole('region', { name: NAMES.outlets });
  }

  /** One item per outlet compared, this article first (evidence lists stay closed, so are not counted). */
  get outlets(): Locator {
    return this.outletsSection.getByRole('listitem');
  }

  get factsSection(): Locator {
    return this.frame.getByRole('region', { name: NAMES.facts });
  }

  /** One row per fact: the items that carry a "who reports it" list of marks. */
  get factRows(): Locator {
    return this.factsSection.getByRole('listitem').filter({ has: this.frame.getByRole('list', { name: NAMES.marks }) });
  }

  /** Fact rows where at least one other outlet's mark says "reported". */
  get factRowsReportedByOthers(): Locator {
    return this.factRows.filter({ has: this.frame.getByText(NAMES.reportedByOther) });
  }

  /** Fact rows this article reports and at least one other outlet does too. */
  get factRowsShared(): Locator {
    return this.factRowsReportedByOthers.filter({ has: this.frame.getByText(NAMES.reportedHere) });
  }

  /** The button that opens a fact row (each outlet's sentence; the page shows this article's). */
  factToggle(row: Locator): Locator {
    return row.getByRole('button').first();
  }

  /** The switch that marks the article's sentences in the page by coverage. */
  get coverageSwitch(): Locator {
    return this.frame.getByRole('checkbox', { name: NAMES.coverage });
  }

  /** The status line once sentences are marked in the page. */
  get coverageMarkedStatus(): Locator {
    return this.frame.getByText(NAMES.coverageMarked);
  }

  /** The section headings (h2): "Outlets (6)", "Facts (19)", "Word choice (2)", … */
  get sectionHeadings(): Locator {
    return this.frame.getByRole('heading', { level: 2 });
  }

  /** Scrolls the sidebar so the Facts heading is at its top (for a screenshot of the rows). */
  async scrollToFacts(): Promise<void> {
    await this.frame.getByRole('heading', { level: 2, name: NAMES.facts }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  }

  get addButton(): Locator {
    return this.frame.getByRole('button', { name: NAMES.add });
  }

  get alreadyInCorpus(): Locator {
    return this.frame.getByText(NAMES.alreadyInCorpus);
  }

  get closeButton(): Locator {
    return this.frame.getByRole('button', { name: NAMES.close });
  }

  /** What the main area says (a comparison, or why there is none). */
  get content(): Locator {
    return this.frame.getByRole('main');
  }

  async eventTitleText(): Promise<string> {
    return (await this.eventTitle.innerText()).trim();
  }

  /** The outlets' names as shown: "This article · Rheintaler Rundschau", "Junge Freiheit", … */
  async outletNames(): Promise<string[]> {
    const names = await this.outlets.evaluateAll((items) =>
      items.map((item) => item.querySelector('p')?.textContent?.trim() ?? ''),
    );
    return names;
  }

  /** The title of the article the reader is on, after "You are reading:". */
  async readingTitleText(): Promise<string> {
    return (await this.frame.locator('.event .reading > span[lang]').innerText()).trim();
  }

  /** The other outlets' article titles, as shown under their names. */
  async outletTitles(): Promise<string[]> {
    return (await this.outlets.locator('.outlet-title').allInnerTexts()).map((text) => text.trim());
  }

  /** A fact row's label (the fact in words, without its tags and marks). */
  factLabel(row: Locator): Locator {
    return row.locator('.fact-label');
  }

  /** The sentences of an opened fact row, one per outlet that reports it. */
  async mentionTexts(row: Locator): Promise<string[]> {
    await row.locator('.mention-text').first().waitFor({ state: 'visible' });
    return (await row.locator('.mention-text').allInnerTexts()).map((text) => text.trim());
  }

  async factRowTexts(): Promise<string[]> {
    return (await this.factRows.allInnerTexts()).map((text) => text.trim());
  }

  async headingTexts(): Promise<string[]> {
    return (await this.sectionHeadings.allInnerTexts()).map((text) => text.trim());
  }

  async contentText(): Promise<string> {
    return (await this.content.innerText()).trim();
  }

  /** Waits until the comparison is rendered (the first fact row is visible). */
  /**
   * Opens shared fact rows one by one until one whose mention in this article is one claim of a longer
   * sentence (the claim marked inside its sentence); returns that row with its sentence and claim as shown,
   * or null when no row has one.
   */
  async openFactWithPartialClaimHere(): Promise<{ row: Locator; sentence: string; claim: string } | null> {
    const rows = this.factRowsShared;
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      await this.factToggle(row).click();
      const own = row.locator('.mention').filter({ has: this.frame.getByRole('button', { name: NAMES.showInArticle }) }).first();
      await own.waitFor({ state: 'visible', timeout: 5_000 });
      const quote = own.locator('.mention-text.has-claim');
      if ((await quote.count()) > 0) {
        return { row, sentence: await quote.innerText(), claim: await quote.locator('mark.claim').innerText() };
      }
      await this.factToggle(row).click();
    }
    return null;
  }

  /** The "Show in the article" button of this article's mention in an opened row. */
  showInArticle(row: Locator): Locator {
    return row.getByRole('button', { name: NAMES.showInArticle });
  }

  /** The facts shown, and the comparison complete: word choice and quotes follow the facts (its second stage),
   *  and the sidebar's main region is busy until they are there. */
  async waitForFacts(timeout = 20_000): Promise<void> {
    await this.factRows.first().waitFor({ state: 'visible', timeout });
    await this.frame.locator('main[aria-busy="false"]').waitFor({ state: 'attached', timeout });
  }

  /** The sections of a comparison, by the English UI's names. */
  static readonly sectionNames = ['Outlets', 'Facts', 'Word choice', 'Quotes', 'Numbers', 'Reprints'];
}
