import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core (no browser download). Flags keep it from phoning home
 * (component updates, sync, background networking), so any request a test sees came from our page.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The chromium on PATH (`command -v chromium`), or null. */
export function findChromium(): string | null {
  try {
    const path = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
    return path || null;
  } catch {
    return null;
  }
}

/**
 * Why the browser tests cannot run here, or null when they can. In CI a missing chromium is a failure
 * (the caller throws), never a skip: .ci/run installs it.
 */
export function browserUnavailable(): string | null {
  if (findChromium() !== null) return null;
  const reason = 'chromium is not installed (apt-get install -y chromium)';
  if (process.env['CI'] === 'true') throw new Error(`UI tests need a browser in CI: ${reason}`);
  return reason;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless chromium with a fresh profile folder, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('chromium is not installed');
  const profile = mkdtempSync(join(tmpdir(), 'sitroom-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
