// The options page in a real browser: the reader manages the corpus. Importing a generated pack (progress,
// plan, result, the new events in the Overview, and the sidebar then matching a page of one of its articles),
// refusing invalid records, corrupt files and unknown versions without a write, an export → reset → import
// round trip, deleting an outlet (the sidebar no longer lists it; Undo brings it back), adding a pasted
// article, and moving an article between events. Each test starts from a fresh profile (the bundled corpus).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus';
import { launchExtension, type ExtensionSession } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { testServer, type TestServer } from './harness/server';
import { newsPageHtml, OptionsPage, startPageServer, TempFiles, type ExportedPack, type PageServer } from './pages/options-page';
import { NewsPage } from './pages/news-page';

const NEWS = 'news-trump-putin.html';
/** The bundled corpus: five reports of one event by three named outlets (two texts name none). */
const BUNDLED = { articles: 5, events: 1, outlets: 3 };

let demoServer: TestServer;
let pageServer: PageServer;
let session: ExtensionSession;
let files: TempFiles;

/** Articles of an export by id (the file's order and its createdAt may differ between two exports). */
function articlesById(pack: ExportedPack): Map<string, Record<string, unknown>> {
  return new Map(pack.articles.map((a) => [a.id as string, a]));
}

/** The events of an export as sets of article ids, sorted: who is with whom, whatever the events are called. */
function eventMembership(pack: ExportedPack): string[] {
  return pack.events.map((e) => [...e.articleIds].sort().join(' ')).sort();
}

describe('Options page: the reader manages the corpus (Chromium, English UI)', () => {
  beforeAll(async () => {
    demoServer = await testServer();
    pageServer = await startPageServer();
  });

  beforeEach(async () => {
    files = new TempFiles();
    session = await launchExtension({ lang: 'en', extensionDir: inject('extensionDir'), viewport: { width: 1280, height: 900 } });
  });

  afterEach(async () => {
    await session?.close();
    files?.cleanup();
  });

  afterAll(async () => {
    await pageServer?.close();
    await demoServer?.close();
  });

  test('importing 1,000 generated articles: progress, plan, result, new events, and the sidebar matches one of them', async () => {
    const { pack } = generateCorpus({ articles: 1000, seed: 7 });
    const file = files.json('generated-1000.json', pack);
    const options = await OptionsPage.open(session);
    expect(await options.counts()).toEqual(BUNDLED);

    // Choosing the file: it is read and checked with progress shown, then the plan says what would change.
    await options.chooseImportFile(file);
    expect(await options.waitForPlanOrError()).toBe('plan');
    const planning = await options.progressSeen();
    expect(planning.length, 'a <progress> element while the file was read and checked').toBeGreaterThan(0);
    expect(planning.some((p) => p.label === 'Checking the articles…' && p.max === 1000), JSON.stringify(planning.slice(-3))).toBe(true);
    expect(await options.planCount('New articles')).toBe(1000);
    expect(await options.planCount('Updated articles')).toBe(0);
    expect(await options.planCount('Already in your corpus (skipped)')).toBe(0);
    expect(await options.planCount('Invalid (left out)')).toBe(0);
    expect(await options.planCount('Events in the file')).toBe(pack.events.length);
    await expect.poll(() => options.importButton.innerText()).toBe('Import 1,000 articles');
    await saveScreenshot(options.page, 'options-import-plan');

    // Importing: progress while writing, then the result.
    await options.recordProgress();
    const result = await options.confirmImport();
    const applying = await options.progressSeen();
    expect(applying.some((p) => p.label === 'Saving the articles…'), JSON.stringify(applying.slice(-3))).toBe(true);
    // The import indexes what it wrote for matching (with the meaning data), so the next click need not.
    expect(applying.some((p) => p.label === 'Indexing the articles for matching…' && (p.max ?? 0) >= 1000), JSON.stringify(applying.slice(-3))).toBe(true);
    expect(result).toContain(`Imported. New: 1,000 · updated: 0 · skipped: 0 · new events: ${pack.events.length}.`);
    await saveScreenshot(options.page, 'options-import-done');

    // The Overview counts the new articles and lists the new events, newest first.
    expect(await options.counts()).toEqual({
      articles: BUNDLED.articles + 1000,
      events: BUNDLED.events + pack.events.length,
      outlets: BUNDLED.outlets + new Set(pack.articles.map((a) => a.outlet.name)).size,
    });
    const newest = [...pack.events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title)).slice(0, 5);
    const rows = await options.overviewEvents();
    expect(rows).toHaveLength(50); // the first page of the events table
    expect(rows.slice(0, 5).map((r) => r.title)).toEqual(newest.map((e) => e.title));
    expect(rows[0]!.articles).toBe(newest[0]!.articleIds.length);
    await saveScreenshot(options.page, 'options-import-overview');

    // A news page carrying one of the imported articles: the sidebar finds its event and lists its outlets.
    const event = pack.events.find((e) => {
      const members = e.articleIds.map((id) => pack.articles.find((a) => a.id === id)!);
      return members.length >= 5 && members.every((a) => a.language === 'de') && new Set(members.map((a) => a.outlet.name)).size === members.length;
    })!;
    expect(event, 'a German event reported by five or more distinct outlets').toBeDefined();
    const members = event.articleIds.map((id) => pack.articles.find((a) => a.id === id)!);
    const article = members[0]!;
    const news = await NewsPage.open(session, pageServer.add(`${article.id}.html`, newsPageHtml(article)));
    const sidebar = await news.openSidebar();
    await sidebar.waitForFacts(30_000);
    await expect.poll(() => sidebar.frame.locator('.event-meta .match').innerText()).toMatch(/the same event$/);
    const outlets = await sidebar.outletNames();
    expect(outlets[0]).toBe(`This article · ${article.outlet.name}`);
    const others = outlets.slice(1);
    expect(others.length).toBeGreaterThanOrEqual(2);
    // Every other report of the event is listed, by its outlet, and nothing else.
    expect([...others].sort()).toEqual(members.slice(1).map((a) => a.outlet.name).sort());
    await saveScreenshot(news.page, 'options-import-sidebar-match');
  });

  test('a pack with invalid records names each; declining it leaves the corpus unchanged', async () => {
    const { pack } = generateCorpus({ articles: 30, seed: 3 });
    const records: Record<string, unknown>[] = pack.articles.slice(0, 10).map((a) => ({ ...a }));
    for (const i of [1, 4, 8]) delete records[i]!.text; // records 2, 5 and 9
    records[6]!.url = 'javascript:alert(document.cookie)'; // record 7
    const file = files.json('mixed-10.json', { format: 'parallax-corpus', version: 1, articles: records, events: [] });
    const options = await OptionsPage.open(session);
    const before = await options.exportAll();
    const countBefore = await options.articleTotal();
    expect(countBefore).toBe(BUNDLED.articles);

    await options.chooseImportFile(file);
    expect(await options.waitForPlanOrError()).toBe('plan');
    expect(await options.planCount('New articles')).toBe(6);
    expect(await options.planCount('Invalid (left out)')).toBe(4);
    expect(await options.planProblems()).toEqual([
      `record 2 ("id": "${records[1]!.id}") has no "text"`,
      `record 5 ("id": "${records[4]!.id}") has no "text"`,
      `record 7 ("id": "${records[6]!.id}") "url" is not an http(s) address: javascript:alert(document.cookie)`,
      `record 9 ("id": "${records[8]!.id}") has no "text"`,
    ]);
    await expect.poll(() => options.importButton.innerText()).toBe('Import 6 valid articles');
    await saveScreenshot(options.page, 'options-import-invalid');

    await options.declineButton.click();
    await expect.poll(() => options.announcement.textContent()).toBe('Import cancelled. Nothing was changed.');
    await expect.poll(() => options.importFileInput.count()).toBe(1);
    expect(await options.articleTotal()).toBe(countBefore);
    const after = await options.exportAll();
    expect(after.pack.articles).toEqual(before.pack.articles);
    expect(after.pack.events).toEqual(before.pack.events);
  });

  test('impossible days, an empty event, an article named twice and a repeated event id are each refused by name', async () => {
    const { pack } = generateCorpus({ articles: 30, seed: 5 });
    const records = pack.articles.slice(0, 4).map((a) => ({ ...a }));
    records[1]!.date = '2025-13-45'; // record 2
    const ids = records.map((r) => r.id);
    const events = [
      { id: 'ev-1', title: 'Eins', date: '2025-03-01', articleIds: [ids[0], ids[2]] },
      { id: 'ev-2', title: 'Leer', date: '2025-03-01', articleIds: [] },
      { id: 'ev-3', title: 'Doppelt', date: '2025-03-01', articleIds: [ids[3], ids[3]] },
      { id: 'ev-1', title: 'Noch einmal', date: '2025-03-01', articleIds: [ids[3]] },
    ];
    const file = files.json('defects.json', { format: 'parallax-corpus', version: 1, articles: records, events });
    const options = await OptionsPage.open(session);
    const before = await options.exportAll();

    await options.chooseImportFile(file);
    expect(await options.waitForPlanOrError()).toBe('plan');
    expect(await options.planCount('Invalid (left out)')).toBe(4);
    expect(await options.planProblems()).toEqual([
      `record 2 ("id": "${ids[1]}") "date" is not a day of the calendar: 2025-13-45 (there is no month 13)`,
      'event 2 ("id": "ev-2") has no members ("articleIds" is empty)',
      `event 3 ("id": "ev-3") names article "${ids[3]}" more than once`,
      'event 4 ("id": "ev-1") repeats an id used by an earlier event',
    ]);
    await saveScreenshot(options.page, 'options-import-pack-defects');

    await options.declineButton.click();
    await expect.poll(() => options.announcement.textContent()).toBe('Import cancelled. Nothing was changed.');
    const after = await options.exportAll();
    expect(after.pack.articles).toEqual(before.pack.articles);
    expect(after.pack.events).toEqual(before.pack.events);
  });

  test('a corrupt file and a pack of an unknown version are refused before anything is written', async () => {
    const options = await OptionsPage.open(session);
    const before = await options.exportAll();
    const cases = [
      { name: 'corrupt.json', content: '{ "format": ', detail: /^Details: corrupt\.json: is a corpus pack that is not valid JSON \(.+\); the file may be cut short$/, shot: 'options-import-corrupt' },
      {
        name: 'future.json',
        content: JSON.stringify({ format: 'parallax-corpus', version: 99, articles: [{ id: 'x-1', title: 'Zukunft', text: 'Ein Text aus der Zukunft.' }], events: [] }),
        detail: /^Details: future\.json: has format version 99; this Parallax reads versions 1 and 2$/,
        shot: 'options-import-version',
      },
    ];
    for (const c of cases) {
      await options.chooseImportFile(files.write(c.name, c.content));
      expect(await options.waitForPlanOrError(), c.name).toBe('error');
      expect(await options.errorBox.locator('.error-message').innerText()).toBe('Parallax cannot use this file.');
      expect((await options.errorBox.locator('.error-details').innerText()).trim()).toMatch(c.detail);
      await expect.poll(() => options.page.getByText('Your corpus was not changed.').count()).toBe(1);
      expect(await options.planHeading.count(), 'no plan, no Import button').toBe(0);
      expect(await options.importButton.count()).toBe(0);
      await saveScreenshot(options.page, c.shot);
    }
    expect(await options.articleTotal()).toBe(BUNDLED.articles);
    const after = await options.exportAll();
    expect(after.pack.articles).toEqual(before.pack.articles);
    expect(after.pack.events).toEqual(before.pack.events);
  });

  test('export → reset dropping everything → import of the export gives back the same corpus', async () => {
    const options = await OptionsPage.open(session);
    // A corpus worth the round trip: the bundled reports, 40 imported ones, one of each the reader moved.
    const bundledMoved = (await options.exportAll()).pack.articles[2]!.id as string;
    const { pack } = generateCorpus({ articles: 40, seed: 11 });
    expect(await options.importFile(files.json('generated-40.json', pack))).toContain('Imported. New: 40 ·');
    const total = BUNDLED.articles + 40;
    const moved = pack.events.find((e) => e.articleIds.length >= 3)!.articleIds.at(-1)!;
    await options.goto('article', { id: moved });
    await options.page.getByRole('button', { name: 'Move to event…' }).click();
    await options.dialog.getByRole('radio', { name: 'A new event of its own' }).check();
    await options.confirmDialog('Move');
    await expect.poll(() => options.announcement.textContent()).toBe('Moved to a new event of its own.');
    await options.goto('article', { id: bundledMoved });
    await options.page.getByRole('button', { name: 'Move to event…' }).click();
    await options.dialog.getByRole('radio', { name: 'A new event of its own' }).check();
    await options.confirmDialog('Move');
    await expect.poll(() => options.page.locator('.article-header').innerText()).toContain('you placed it here');
    expect(await options.articleTotal()).toBe(total);
    // The export carries the reader's placement as the event itself and the "placed by you" mark.
    const row = (r: Awaited<ReturnType<OptionsPage['articleRows']>>[number]) => JSON.stringify(r);
    const placedBefore = (await options.articleRows()).filter((r) => r.event.endsWith(' · placed by you'));
    expect(placedBefore).toHaveLength(2);
    const rowsBefore = (await options.articleRows()).map(row).sort();
    expect(rowsBefore).toHaveLength(total); // one page holds them all
    const countsBefore = await options.counts();
    const exported = await options.exportAll();
    expect(exported.fileName).toMatch(/^parallax-corpus-\d{4}-\d{2}-\d{2}\.json$/);
    // Version 2 since article ids tell outlets apart (issue 17); version 1 packs are still read (line 121).
    expect(exported.pack).toMatchObject({ format: 'parallax-corpus', version: 2 });
    expect(exported.pack.articles).toHaveLength(total);
    expect(exported.pack.articles.filter((a) => a.placedByReader !== undefined).map((a) => [a.id, a.placedByReader]).sort())
      .toEqual([[moved, true], [bundledMoved, true]].sort());
    const movedEvents = [moved, bundledMoved].map((id) => exported.pack.events.find((e) => e.articleIds.includes(id))!);
    expect(movedEvents.map((e) => e.articleIds)).toEqual([[moved], [bundledMoved]]);

    // Reset, dropping the reader's own and imported articles: only the bundled corpus is left.
    await options.goto('reset');
    await options.page.getByRole('button', { name: 'Reset to the bundled corpus…' }).click();
    await options.dialog.getByRole('radio', { name: 'Delete them too' }).check();
    await options.confirmDialog('Reset');
    await expect.poll(() => options.announcement.textContent()).toBe('The corpus is back to the bundled articles only.');
    expect(await options.counts()).toEqual(BUNDLED);

    // Importing the export: the bundled articles are already there (the one the reader moved goes back to its
    // event), the rest comes back.
    await options.chooseImportFile(exported.file);
    expect(await options.waitForPlanOrError()).toBe('plan');
    expect(await options.planCount('New articles')).toBe(40);
    expect(await options.planCount('Moved to the file’s event')).toBe(1);
    expect(await options.planCount('Already in your corpus (skipped)')).toBe(BUNDLED.articles - 1);
    expect(await options.planCount('Events in the file')).toBe(exported.pack.events.length - BUNDLED.events);
    expect(await options.planCount('Invalid (left out)')).toBe(0);
    expect(await options.confirmImport()).toContain(`Imported. New: 40 · updated: 1 · skipped: ${BUNDLED.articles - 1} ·`);

    expect(await options.counts()).toEqual(countsBefore);
    expect(await options.articleTotal()).toBe(total);
    expect((await options.articleRows()).map(row).sort()).toEqual(rowsBefore);
    expect((await options.articleRows()).filter((r) => r.event.endsWith(' · placed by you'))).toEqual(placedBefore);
    await saveScreenshot(options.page, 'options-roundtrip-articles');
    const again = await options.exportAll();
    expect(articlesById(again.pack)).toEqual(articlesById(exported.pack));
    expect(eventMembership(again.pack)).toEqual(eventMembership(exported.pack));
    expect(again.pack.events).toEqual(exported.pack.events);
    for (const event of movedEvents) expect(again.pack.events).toContainEqual(event);
  });

  test('deleting an outlet (confirmed) removes it from the sidebar; Undo brings it back', async () => {
    const news = await NewsPage.open(session, demoServer.url(NEWS));
    let sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    expect(await sidebar.outletNames()).toContain('RT DE');
    await news.closeWithButton(sidebar);

    const options = await OptionsPage.open(session, 'delete');
    await options.page.getByLabel('Outlet', { exact: true }).selectOption('RT DE');
    await options.page.getByRole('button', { name: 'Delete its articles…' }).click();
    await expect.poll(() => options.dialog.locator('.dialog-body p').first().innerText()).toBe('All articles from “RT DE” (1) will be removed from your corpus.');
    await expect.poll(() => options.dialog.getByRole('heading').innerText()).toBe("Delete this outlet's articles?");
    await saveScreenshot(options.page, 'options-delete-outlet-confirm');
    await options.confirmDialog('Delete');
    await expect.poll(() => options.notice.innerText()).toBe('Deleted. Articles: 1 · events: 0.');
    await expect.poll(() => options.undoButton.count()).toBe(1);
    expect(await options.counts()).toEqual({ articles: BUNDLED.articles - 1, events: 1, outlets: BUNDLED.outlets - 1 });
    await saveScreenshot(options.page, 'options-delete-outlet-done');

    await news.page.bringToFront();
    await news.reload();
    sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    const without = await sidebar.outletNames();
    expect(without.length).toBeGreaterThanOrEqual(2);
    expect(without).not.toContain('RT DE');
    await saveScreenshot(news.page, 'options-delete-outlet-sidebar');
    await news.closeWithButton(sidebar);

    await options.page.bringToFront();
    await options.undoButton.click();
    await expect.poll(() => options.notice.innerText()).toBe('Restored. Articles: 1 · events: 0.');
    expect(await options.undoButton.count()).toBe(0);
    await saveScreenshot(options.page, 'options-delete-outlet-undone');
    expect(await options.counts()).toEqual(BUNDLED);

    await news.page.bringToFront();
    await news.reload();
    sidebar = await news.openSidebar();
    await sidebar.waitForFacts();
    expect(await sidebar.outletNames()).toContain('RT DE');
  });

  test("a pasted article with its metadata is added as the reader's own", async () => {
    const title = 'Seilbahn am Kranzberg nach Blitzeinschlag gesperrt';
    const text = [
      title,
      '',
      'MITTENWALDE. Nach einem Blitzeinschlag in die Bergstation ist die Seilbahn am Kranzberg seit Dienstag gesperrt. Verletzt wurde niemand, teilte die Betreibergesellschaft mit.',
      '',
      'Der Blitz traf am Montagabend gegen 21 Uhr den Antrieb der Anlage. Techniker prüfen nun die Steuerung und die Tragseile. „Wir öffnen erst wieder, wenn jedes Bauteil geprüft ist“, sagte Betriebsleiterin Johanna Brandlechner.',
      '',
      'Die Bahn befördert im Sommer täglich rund 1.800 Fahrgäste. Wanderer können den Gipfel über den Steig von der Talstation aus erreichen; die Gemeinde rechnet mit einer Sperrung von mindestens zwei Wochen.',
    ].join('\n');
    const options = await OptionsPage.open(session, 'add');
    await options.page.getByLabel('Article text').fill(text);
    await expect.poll(() => options.page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
    await options.page.getByLabel('Outlet', { exact: true }).fill('Werdenfelser Bote');
    await options.page.getByLabel('Address (URL)').fill('https://www.werdenfelser-bote.example/region/seilbahn-kranzberg-gesperrt');
    await options.page.getByLabel('Date').fill('2025-06-03');
    await options.page.getByLabel('Language').fill('de');
    await saveScreenshot(options.page, 'options-add-form');
    await options.page.getByRole('button', { name: 'Add to my corpus' }).click();
    await options.importResult.waitFor({ timeout: 30_000 });
    expect(await options.importResult.locator('p').first().innerText()).toBe('Added. No other article in your corpus reports this event, so it is in an event of its own.');
    await saveScreenshot(options.page, 'options-add-result');

    expect(await options.articleTotal()).toBe(BUNDLED.articles + 1);
    expect(await options.articleTotal({ origin: 'user' })).toBe(1);
    const [row] = await options.articleRows();
    expect(row).toMatchObject({ title, outlet: 'Werdenfelser Bote · stated', date: 'June 3, 2025', event: title, origin: 'Added by you' });
    await saveScreenshot(options.page, 'options-add-articles');
    expect(await options.counts()).toEqual({ articles: BUNDLED.articles + 1, events: BUNDLED.events + 1, outlets: BUNDLED.outlets + 1 });

    // Its own view: the metadata as given, the text without the title line.
    await options.page.goto(`${options.baseUrl}${row!.href}`);
    await options.page.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(await options.page.getByLabel('Address (URL)').inputValue()).toBe('https://www.werdenfelser-bote.example/region/seilbahn-kranzberg-gesperrt');
    expect(await options.page.getByLabel('How the outlet is known').inputValue()).toBe('stated');
    expect(await options.page.locator('.article-header').innerText()).toContain('Added by you');
  });

  test('moving articles to a new event and to another event shows in the Overview and the Articles table', async () => {
    const options = await OptionsPage.open(session);
    const [bundledEvent] = await options.overviewEvents();

    // RT DE's report into an event of its own.
    await options.openArticles({ outlet: 'RT DE' });
    const [rt] = await options.articleRows();
    await options.page.goto(`${options.baseUrl}${rt!.href}`);
    await options.page.getByRole('button', { name: 'Move to event…' }).click();
    await options.dialog.getByRole('radio', { name: 'A new event of its own' }).check();
    await saveScreenshot(options.page, 'options-move-new-dialog');
    await options.confirmDialog('Move');
    await expect.poll(() => options.announcement.textContent()).toBe('Moved to a new event of its own.');
    await expect.poll(() => options.page.locator('.article-header').innerText()).toContain('you placed it here');
    // The header names the event by its id until the overview has reloaded with the new event's title.
    const eventLink = options.page.locator('.article-header a');
    await expect.poll(() => eventLink.innerText(), { timeout: 10_000 }).not.toMatch(/^(e-[0-9a-f]{12}|Trump: .*)$/);
    const newEvent = (await eventLink.innerText()).trim();
    expect(newEvent).not.toBe(bundledEvent!.title);

    expect(await options.counts()).toEqual({ ...BUNDLED, events: 2 });
    let events = await options.overviewEvents();
    expect(events.map((e) => [e.title, e.articles]).sort()).toEqual([[bundledEvent!.title, 4], [newEvent, 1]].sort());

    // Junge Freiheit's report into that event, chosen in the list of events.
    await options.openArticles({ outlet: 'Junge Freiheit' });
    const [jf] = await options.articleRows();
    await options.page.goto(`${options.baseUrl}${jf!.href}`);
    await options.page.getByRole('button', { name: 'Move to event…' }).click();
    const list = options.dialog.getByRole('listbox', { name: 'Event', exact: true });
    await list.waitFor();
    await expect.poll(() => list.locator('option').count()).toBeGreaterThan(0);
    const labels = await list.locator('option').allInnerTexts();
    expect(labels, 'the article’s own event is not offered').toHaveLength(1);
    expect(labels[0]).toContain(newEvent);
    await options.dialog.getByLabel('Find an event').fill(newEvent.split(' ')[0]!);
    await list.selectOption({ label: labels[0]! });
    await saveScreenshot(options.page, 'options-move-existing-dialog');
    await options.confirmDialog('Move');
    await expect.poll(() => options.announcement.textContent()).toBe(`Moved to “${newEvent}”.`);

    expect(await options.counts()).toEqual({ ...BUNDLED, events: 2 });
    events = await options.overviewEvents();
    expect(events.map((e) => [e.title, e.articles]).sort()).toEqual([[bundledEvent!.title, 3], [newEvent, 2]].sort());
    await saveScreenshot(options.page, 'options-move-overview');

    await options.openArticles({ sort: 'outlet' });
    const rows = await options.articleRows();
    const byOutlet = new Map(rows.map((r) => [r.outlet.split(' · ')[0], r.event]));
    expect(byOutlet.get('RT DE')).toBe(`${newEvent} · placed by you`);
    expect(byOutlet.get('Junge Freiheit')).toBe(`${newEvent} · placed by you`);
    expect(byOutlet.get('APA – Austria Presse Agentur (apa.at)')).toBe(bundledEvent!.title);
    await saveScreenshot(options.page, 'options-move-articles');
  });
});
