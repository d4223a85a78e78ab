import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { WEB_OUT } from '../../scripts/build-web.js';
import { copyViewAssets } from '../../scripts/build-world.js';
import { browserUnavailable, launchBrowser, type Browser } from './browser.js';
import { startUiFixture, type UiFixture } from './fixture.js';

const skip = browserUnavailable();

/** The timeline, map and network views in chromium over the UI fixture's database (issue 6). */
describe('views in chromium', { skip: skip ?? false }, () => {
  let fixture: UiFixture;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    fixture = await startUiFixture();
    // Until scripts/build-web.ts copies them itself: the world shapes and the views' CSS.
    copyViewAssets(WEB_OUT);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    const origin = new URL(fixture.url).origin;
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== origin) problems.push(`foreign request ${r.url()}`);
    });
    // A CSP refusal (a style attribute, an inline script) shows up as a console error.
    // The browser's own favicon probe is the one 404 allowed.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  /** Opens a view, waits for it, and returns its marks' aria-labels. */
  async function open(path: string, marks: string): Promise<string[]> {
    await page.goto(`${fixture.url}${path}`);
    await page.waitForSelector(`${marks}, .error`);
    assert.equal(await page.$('.view .error'), null, (await page.textContent('.view')) ?? '');
    return page.$$eval(marks, (els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  }

  /** Tabs into the chart's one focus stop, arrows once, and activates with Enter. */
  async function activateSecondMark(chart: string): Promise<string> {
    await page.focus(`${chart} [tabindex="0"]`);
    await page.keyboard.press('ArrowRight');
    const label = await page.$eval(':focus', (el) => el.getAttribute('aria-label') ?? '');
    await page.keyboard.press('Enter');
    return label;
  }

  test('timeline: one labelled mark per dated event, lanes by actor country; Enter opens the event', async () => {
    const labels = await open('/timeline', '.timeline-chart .event-mark');
    assert.ok(labels.length > 0);
    assert.ok(
      labels.every((l) => /^[A-Z]+: .+ → .+, \d{4}-\d{2}-\d{2}/.test(l)),
      labels.join(' | '),
    );
    assert.ok((await page.$$('.timeline-chart .lane-label')).length > 0, 'lanes are drawn');
    const label = await activateSecondMark('.timeline-chart');
    assert.notEqual(label, labels[0], 'the arrow key moved focus');
    await page.waitForURL(/\/event\//);
  });

  test('timeline: zoom links put from/to in the URL and keep the filters', async () => {
    await open('/timeline?status=occurred', '.timeline-chart .event-mark');
    await page.click('text=Zoom out');
    await page.waitForURL((url) => url.searchParams.has('from') && url.searchParams.has('to'));
    assert.equal(new URL(page.url()).searchParams.get('status'), 'occurred');
  });

  test('map: world and Korea inset drawn from local shapes; a place opens its events', async () => {
    const labels = await open('/map', '.map-chart .spot');
    assert.ok((await page.$$('.map-chart .country')).length > 200, 'country shapes');
    assert.ok((await page.$$('.map-inset .ref-line')).length === 2, 'DMZ and NLL lines');
    assert.ok(labels.length > 0, 'events are placed');
    assert.match((await page.textContent('.view-note')) ?? '', /\d+ events placed/);
    await page.focus('.map-chart [tabindex="0"]');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/event/') || url.searchParams.has('spot'));
  });

  test('network: countries and people as nodes, typed edges; Enter on a node lists its events', async () => {
    const labels = await open('/network', '.network-chart .node');
    assert.ok(labels.length > 1, labels.join(' | '));
    assert.ok((await page.$$('.network-chart .edge')).length > 0, 'edges');
    // A person's label names them with code, sector and title, as the seed page's Kim Gunn (KOR GOV, ...).
    const people = await page.$$eval('.network-chart .node-person', (els) =>
      els.map((el) => el.getAttribute('aria-label') ?? ''),
    );
    assert.ok(people.length > 0, 'people are nodes');
    assert.ok(
      people.every((l) => /^[^(]+ \([A-Z]{3} [A-Z]{3}.*\): \d+ events/.test(l)),
      people.join(' | '),
    );
    await page.focus('.network-chart .node-person');
    const label = await page.$eval(':focus', (el) => el.getAttribute('aria-label') ?? '');
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === '/network' && (url.searchParams.get('node') ?? '').includes('/'),
    );
    await page.waitForSelector('.network-selection li a');
    const heading = (await page.textContent('#selection-heading')) ?? '';
    assert.ok(heading.startsWith(label.split(':')[0] ?? '-'), `${heading} / ${label}`);
    assert.equal(await page.locator('.network-chart .node.selected').count(), 1, 'the node is marked');
    // The selection takes the focus, so the keyboard is at the events it asked for.
    assert.equal(await page.locator(':focus').getAttribute('id'), 'selection-heading');
    const node = new URL(page.url()).searchParams.get('node');
    await page.click('.network-selection li a');
    await page.waitForURL(/\/event\//);
    // The event page names the person among its people, a link back to their events.
    await page.waitForSelector('dl.fields a[href^="/network?node="]');
    const named = await page.$$eval('dl.fields a[href^="/network?node="]', (links) =>
      links.map((a) => new URLSearchParams((a.getAttribute('href') ?? '').split('?')[1]).get('node')),
    );
    assert.ok(node !== null && named.includes(node), `${node} in ${named.join(', ')}`);
  });

  test('timeline and network each draw their first screen from one API request', async () => {
    for (const [path, marks] of [
      ['/timeline?status=occurred', '.timeline-chart .event-mark'],
      ['/network?status=occurred', '.network-chart .node'],
    ] as const) {
      await page.goto('about:blank'); // no request of the page before is still under way
      const calls: string[] = [];
      const listen = (r: { url(): string }) => {
        if (new URL(r.url()).pathname.startsWith('/api/v1/')) calls.push(r.url());
      };
      page.on('request', listen);
      await open(path, marks);
      page.off('request', listen);
      assert.equal(calls.length, 1, calls.join(' '));
    }
  });

  test('timeline: bars count every event of a lane', async () => {
    await open('/timeline', '.timeline-chart .event-mark');
    const bars = await page.$$('.timeline-chart .lane-bars .bar');
    assert.ok(bars.length > 0, 'bars are drawn');
    const counts = await page.$$eval('.timeline-chart .lane-count', (els) => els.map((el) => el.textContent));
    assert.ok(counts.length > 0 && counts.every((c) => /^\d[\d,]*$/.test(c ?? '')), counts.join(','));
  });

  test('no view fetched from another host or tripped the CSP', () => {
    assert.deepEqual(problems, []);
  });
});
