import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ArticlePage, EventPage } from '../../src/store/index.js';
import { UI_CSP } from '../../src/api/routes/ui.js';
import { browserUnavailable, launchBrowser, type Browser } from './browser.js';
import { HOSTILE_MARKERS, startUiFixture, type UiFixture } from './fixture.js';

const skip = browserUnavailable();

/** Pages of the UI in headless chromium over a real server and a small real database (issue 6). */
describe('web UI in chromium', { skip: skip ?? false }, () => {
  let fixture: UiFixture;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const dialogs: string[] = [];

  before(async () => {
    fixture = await startUiFixture();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    const origin = new URL(fixture.url).origin;
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) foreignRequests.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  const api = async <T>(path: string): Promise<T> =>
    (await fetch(`${fixture.url}/api/v1${path}`)).json() as Promise<T>;
  // The router sets aria-busy on <main> while a page loads and removes it once the page is drawn.
  const rendered = () => page.locator('#main[aria-busy]').waitFor({ state: 'detached' });

  test('the home page lists events under the UI CSP', async () => {
    const response = await page.goto(`${fixture.url}/`);
    assert.equal(response?.headers()['content-security-policy'], UI_CSP);
    await page.waitForSelector('table.event-table tbody tr');
    const { total } = await api<EventPage>('/events?limit=1');
    assert.ok(total > 0, 'the fixture has events');
    assert.match((await page.textContent('#events-heading')) ?? '', new RegExp(`^${total} events`));
  });

  test('filtering by type puts the filter in the URL and lists only that type', async () => {
    const { events } = await api<EventPage>('/events?limit=1');
    const type = events[0]?.type ?? '';
    await page.selectOption('#filter-type', type);
    await page.click('form.filters button[type=submit]');
    await page.waitForURL((url) => url.searchParams.get('type') === type);
    await rendered();
    const types = await page.$$eval('table.event-table tbody tr td:nth-child(2)', (cells) =>
      cells.map((c) => c.textContent ?? ''),
    );
    assert.ok(types.length > 0);
    assert.ok(
      types.every((t) => t.split(' / ')[0] === type),
      types.join(', '),
    );
  });

  test('an event page shows its evidence marked, and the link leads to it in the article', async () => {
    await page.click('table.event-table tbody tr:first-child a');
    await page.waitForURL(/\/event\//);
    await rendered();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    const event = await api<{ reports: Array<{ event: { evidence: { text: string } } }> }>(`/events/${id}`);
    const evidence = event.reports[0]?.event.evidence.text ?? '';
    assert.ok(evidence.length > 0);
    assert.equal((await page.textContent('.report mark.evidence'))?.trim(), evidence.trim());
    await page.click('.report a.evidence-link');
    await page.waitForURL(/\/article\/.*hl=/);
    await page.waitForSelector('#target');
    // Entity marks cut the evidence into pieces; together the pieces are the sentence.
    const marked = await page.$$eval('.article-text mark.evidence', (marks) =>
      marks.map((m) => m.textContent).join(''),
    );
    assert.equal(marked.trim(), evidence.trim());
    assert.ok((await page.$$('.article-text mark.entity')).length > 0, 'entities are marked too');
  });

  test('a saved query is listed on /saved and leads back to its URL', async () => {
    await page.goto(`${fixture.url}/?actor=PRK`);
    await rendered();
    await page.fill('#save-name', 'North Korea as actor');
    await page.click('form.save-query button');
    await page.click('a[data-nav=saved]');
    await page.waitForURL(/\/saved$/);
    assert.equal(await page.getAttribute('.saved-list a', 'href'), '/?actor=PRK');
  });

  test('a hostile article renders as text and nothing in it runs', async () => {
    const { articles } = await api<ArticlePage>('/articles?q=hostile');
    const hostile = articles[0];
    assert.ok(hostile, 'the hostile page was ingested');
    await page.goto(`${fixture.url}/article/${encodeURIComponent(hostile.id)}`);
    await rendered();
    const text = (await page.textContent('.article-text')) ?? '';
    for (const marker of HOSTILE_MARKERS) assert.ok(text.includes(marker), `shown as text: ${marker}`);
    const injected = {
      pwned: await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned ?? null),
      elements: await page.locator('main script, main img, main svg, main [onerror], main [onload]').count(),
      jsLinks: await page.locator('a[href^="javascript:"]').count(),
    };
    assert.deepEqual(injected, { pwned: null, elements: 0, jsLinks: 0 });
    assert.deepEqual(dialogs, []);
  });

  test('every filter is in the URL: the form reads it back and submits it unchanged', async () => {
    const query =
      'type=CONSULT&actor=PRK&recipient=KOR&country=PRK&place=Seoul&from=2022-01-01&to=2022-12-31' +
      '&status=occurred&contradiction=true&q=missile';
    await page.goto(`${fixture.url}/?${query}`);
    await rendered();
    for (const [name, value] of new URLSearchParams(query)) {
      assert.equal(await page.inputValue(`#filter-${name}`), value, name);
    }
    await page.click('form.filters button[type=submit]');
    await page.waitForURL((url) => url.search === `?${query}`);
  });

  test('the keyboard reaches the skip link first, and it leads into the content', async () => {
    await page.goto(`${fixture.url}/`);
    await rendered();
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('a.skip-link:focus').count(), 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop after the skip target is in <main> (the first filter), not the site navigation.
    assert.equal(await page.locator('main :focus').count(), 1);
    assert.ok(await page.locator('main :focus').getAttribute('id'));
  });

  test('no request went to any other host', () => {
    assert.deepEqual(foreignRequests, []);
  });
});

if (skip) test(`web UI in chromium: skipped, ${skip}`, { skip });
