import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, type Browser } from './browser.js';
import { startUiFixture, type UiFixture } from './fixture.js';

const skip = browserUnavailable();
const TOKEN = 'read-secret-for-the-ui-test';

/** A server that requires a read token (sitroom serve --read-token): the UI asks for it once per tab. */
describe('read token in chromium', { skip: skip ?? false }, () => {
  let fixture: UiFixture;
  let browser: Browser;
  let page: Page;
  const authorizations: string[] = [];

  before(async () => {
    fixture = await startUiFixture(TOKEN);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/v1/'))
        authorizations.push(r.headers()['authorization'] ?? '');
    });
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  const rendered = () => page.locator('#main[aria-busy]').waitFor({ state: 'detached' });

  test('a 401 says a token is needed and offers one labelled field, once per page', async () => {
    await page.goto(`${fixture.url}/`);
    await rendered();
    assert.match((await page.textContent('.token-needed')) ?? '', /needs a read token/);
    assert.equal(await page.locator('.token-form').count(), 1, 'one form although two requests failed');
    assert.equal(await page.getAttribute('.token-form input', 'type'), 'password');
    assert.equal(await page.getByLabel('Read token', { exact: true }).count(), 1, 'the field has a label');
    assert.equal(await page.locator('table.event-table').count(), 0);
  });

  test('a wrong token is refused and forgotten', async () => {
    await page.getByLabel('Read token', { exact: true }).fill('not-the-token');
    await page.click('.token-form button');
    await page.waitForSelector('text=refused the read token');
    assert.equal(
      await page.evaluate(() =>
        (
          globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }
        ).sessionStorage.getItem('sitroom.read-token'),
      ),
      null,
    );
  });

  test('the right token is kept for the tab, sent as a bearer header, and the page loads', async () => {
    await page.getByLabel('Read token', { exact: true }).fill(TOKEN);
    await page.click('.token-form button');
    await page.waitForSelector('table.event-table tbody tr');
    assert.equal(authorizations.at(-1), `Bearer ${TOKEN}`);
    // Another page of the same tab needs no second entry: the view summaries carry it too.
    await page.click('a[data-nav=timeline]');
    await page.waitForSelector('.timeline-chart .event-mark');
    assert.equal(await page.locator('.token-form').count(), 0);
  });
});

if (skip) test(`read token in chromium: skipped, ${skip}`, { skip });
