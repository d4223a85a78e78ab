import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoDir } from '../../src/core/paths.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Longest any one CLI run may take before the test kills it and fails (a hang is a failure). */
const RUN_LIMIT_MS = 60_000;

/** The installed command, as `npx sitroom` runs it; the test runner builds dist/ before any test. */
export const SITROOM_BIN = join('bin', 'sitroom.js');

/**
 * Runs `sitroom` (bin/sitroom.js over the fresh build) in a child process, as a user would, with
 * optional stdin. Asynchronous, so a test's own HTTP server keeps answering while the CLI runs.
 */
export function runCli(args: string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SITROOM_BIN, ...args], {
      cwd: repoDir(),
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sitroom ${args.join(' ')} did not finish within ${RUN_LIMIT_MS} ms`));
    }, RUN_LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitroom-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The rule id at the end of the one-line stderr report, e.g. "extract/binary-input". */
export const stderrRuleId = (stderr: string): string | undefined =>
  /\[(?<ruleId>[a-z]+\/[a-z-]+)\]\s*$/.exec(stderr)?.groups?.['ruleId'];
