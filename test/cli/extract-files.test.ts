import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Document } from '../../src/core/document.js';
import { sharedDir } from '../../src/core/paths.js';
import {
  encodeEucKr,
  encodeWindows1252,
} from '../../src/stages/extract/decode/__fixtures__/legacy-encode.js';
import { runCli, stderrRuleId, tempDir } from './run-cli.js';

const SEED = join(sharedDir(), 'data', 'seed', '000_9d94f2f1227101d4.txt');
const tmp = tempDir();
after(tmp.remove);

/** Writes a test file into the temporary folder and returns its path. */
const file = (name: string, content: string | Uint8Array) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
};

const CURLY =
  'The envoys vowed to “resolutely” counter the arms trade, the ministry said on Thursday in Seoul.';
const KOREAN =
  '북한은 18일 동해상으로 단거리 탄도미사일 2발을 발사했다고 합동참모본부가 밝혔다. 군은 추가 발사에 대비하고 있다.';
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

describe('sitroom extract on real files', { concurrency: 3 }, () => {
  test('the seed scrape: a readable summary with the title and the text', async () => {
    const { code, stdout, stderr } = await runCli(['extract', SEED]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Title: {5}\S/m);
    assert.match(stdout, /^Language: {2}en$/m);
    assert.ok(stdout.split('\n').length > 20, 'the text follows the fields');
    assert.ok(!stdout.includes('\u001b['), 'no ANSI escapes when stdout is not a terminal');
  });

  test('the seed scrape with --json and --published: one Document, sorted keys, the date as given', async () => {
    const { code, stdout } = await runCli(['extract', SEED, '--json', '--published', '2024-01-18']);
    assert.equal(code, 0);
    const doc = JSON.parse(stdout) as Document;
    assert.equal(doc.publishedAt, '2024-01-18');
    assert.equal(doc.language, 'en');
    assert.ok(doc.text.length > 1000);
    assert.deepEqual(Object.keys(doc), [...Object.keys(doc)].sort());
  });

  test('a Windows-1252 HTML page declared by <meta charset>, with --url', async () => {
    const html = `<html><head><meta charset="windows-1252"><title>Envoys meet</title></head><body><article><h1>Envoys meet</h1><p>${CURLY}</p><p>${CURLY}</p></article></body></html>`;
    const path = file('curly.html', encodeWindows1252(html));
    const { code, stdout } = await runCli(['extract', path, '--json', '--url', 'https://example.org/news/1']);
    assert.equal(code, 0);
    const doc = JSON.parse(stdout) as Document;
    assert.ok(doc.text.includes('“resolutely”'), doc.text);
    assert.equal(doc.url, 'https://example.org/news/1');
  });

  test('an EUC-KR page with no declared charset is read as Korean', async () => {
    const path = file(
      'korean.html',
      encodeEucKr(`<html><body><article><p>${KOREAN}</p></article></body></html>`),
    );
    const { code, stdout } = await runCli(['extract', path, '--json']);
    assert.equal(code, 0);
    const doc = JSON.parse(stdout) as Document;
    assert.ok(doc.text.includes('탄도미사일'), doc.text);
    assert.equal(doc.language, 'ko');
    assert.ok(doc.messages.some((m) => m.ruleId === 'extract/encoding-guessed'));
  });

  test('a page on stdin with -', async () => {
    const html = `<html><body><article><p>${CURLY}</p><p>${CURLY}</p></article></body></html>`;
    const { code, stdout, stderr } = await runCli(['extract', '-', '--json'], html);
    assert.equal(code, 0, stderr);
    assert.ok((JSON.parse(stdout) as Document).text.includes('resolutely'));
  });

  test('a page nested 100,000 levels deep returns, with a result or a clear message', async () => {
    const depth = 100_000;
    const deep = `<html><body>${'<div>'.repeat(depth)}<p>${CURLY}</p>${'</div>'.repeat(depth)}</body></html>`;
    const { code, stdout, stderr } = await runCli(['extract', file('deep.html', deep), '--json']);
    const doc = JSON.parse(stdout) as Document;
    if (code === 0) assert.ok(doc.text.includes('resolutely'), 'the deep paragraph is found');
    else assert.ok(stderrRuleId(stderr), `a one-line message with a rule id, got: ${stderr}`);
  });
});

/** Inputs the command must refuse: exit code, and the rule id on stderr and in the --json Document. */
const refusals: { label: string; args: () => string[]; code: number; ruleId: string }[] = [
  { label: 'an empty file', args: () => [file('empty.txt', '')], code: 1, ruleId: 'extract/empty-input' },
  {
    label: 'a missing file',
    args: () => [join(tmp.dir, 'no-such-file.html')],
    code: 1,
    ruleId: 'source/not-found',
  },
  { label: 'a directory', args: () => [tmp.dir], code: 1, ruleId: 'source/not-a-file' },
  { label: 'a PNG', args: () => [file('image.png', PNG)], code: 1, ruleId: 'extract/binary-input' },
  {
    label: 'a gzip file',
    args: () => [file('page.html.gz', gzipSync('<p>x</p>'))],
    code: 1,
    ruleId: 'extract/binary-input',
  },
  {
    label: 'a 50 MB page (over the default limit)',
    args: () => [
      file(
        'big.html',
        `<html><body>${'<p>Artillery fire was reported.</p>\n'.repeat(1_500_000)}</body></html>`,
      ),
    ],
    code: 1,
    ruleId: 'source/too-large',
  },
  {
    label: 'a file over --max-bytes',
    args: () => [file('small.txt', 'Seoul said on Thursday that talks would resume.'), '--max-bytes', '10'],
    code: 1,
    ruleId: 'source/too-large',
  },
  {
    label: 'a loopback URL',
    args: () => ['http://127.0.0.1:9/page'],
    code: 3,
    ruleId: 'fetch/private-address',
  },
  {
    label: 'a cloud metadata URL',
    args: () => ['http://169.254.169.254/'],
    code: 3,
    ruleId: 'fetch/private-address',
  },
];

describe('sitroom extract refuses bad input with a clear message', { concurrency: 3 }, () => {
  for (const c of refusals) {
    test(c.label, async () => {
      const { code, stdout, stderr } = await runCli(['extract', ...c.args(), '--json']);
      assert.equal(code, c.code, stderr);
      assert.equal(stderr.trim().split('\n').length, 1, 'one line on stderr');
      assert.equal(stderrRuleId(stderr), c.ruleId);
      const doc = JSON.parse(stdout) as Document;
      assert.deepEqual(
        doc.messages.filter((m) => m.severity === 'fatal').map((m) => m.ruleId),
        [c.ruleId],
      );
    });
  }

  test('without --json a refusal prints nothing on stdout', async () => {
    const { code, stdout } = await runCli(['extract', file('empty2.txt', '  \n')]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
  });
});

const usage: { label: string; args: string[]; code: number; out: RegExp }[] = [
  { label: 'sitroom --version', args: ['--version'], code: 0, out: /^\d+\.\d+\.\d+\n$/ },
  { label: 'sitroom --help', args: ['--help'], code: 0, out: /extract\s+Extract the article/ },
  { label: 'sitroom extract --help', args: ['extract', '--help'], code: 0, out: /--jsonl[\s\S]*Exit status/ },
];

const misuse: { label: string; args: string[] }[] = [
  { label: 'no command', args: [] },
  { label: 'an unknown command', args: ['summarize'] },
  { label: 'extract with nothing to read', args: ['extract'] },
  { label: 'an impossible --published date', args: ['extract', SEED, '--published', '2024-02-30'] },
  { label: 'an unknown option', args: ['extract', SEED, '--fast'] },
  { label: 'a FILE with --jsonl', args: ['extract', SEED, '--jsonl'] },
  { label: 'a negative --max-bytes', args: ['extract', SEED, '--max-bytes', '-5'] },
];

describe('sitroom usage', { concurrency: 3 }, () => {
  for (const c of usage) {
    test(c.label, async () => {
      const { code, stdout } = await runCli(c.args);
      assert.equal(code, c.code);
      assert.match(stdout, c.out);
    });
  }
  for (const c of misuse) {
    test(`exit 2 on ${c.label}`, async () => {
      const { code, stderr } = await runCli(c.args);
      assert.equal(code, 2);
      assert.match(stderr, /^sitroom: /);
    });
  }
});
