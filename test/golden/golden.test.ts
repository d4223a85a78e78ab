import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { stableStringify } from '../../src/cli/output.js';
import { expectedPath, goldenCases, runGolden } from './cases.js';

for (const c of goldenCases()) {
  test(`golden: ${c.name}`, async () => {
    assert.ok(existsSync(expectedPath(c)), `no expected.json: run npm run golden:update and review it`);
    const expected: unknown = JSON.parse(readFileSync(expectedPath(c), 'utf8'));
    const actual: unknown = JSON.parse(stableStringify(await runGolden(c)));
    assert.deepEqual(actual, expected);
  });
}
