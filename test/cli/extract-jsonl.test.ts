import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import type { Document } from '../../src/core/document.js';
import { repoDir } from '../../src/core/paths.js';
import { runCli, SITROOM_BIN } from './run-cli.js';

type Line = { id: string | number } & Document;

const STORY =
  'SEOUL, Jan. 18 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Sunday, the Joint Chiefs of Staff said.';
const PAGE = `<html><body><article><h1>Envoys meet</h1><p>${STORY}</p></article></body></html>`;

/** One batch with every kind of line: each row is the input line and what its output line must show. */
const rows: { label: string; line: string; id: string | number; fatal: string | null }[] = [
  { label: 'a text record', line: JSON.stringify({ id: 'a', text: STORY }), id: 'a', fatal: null },
  { label: 'malformed JSON', line: '{"id": "b", "text": ', id: 'line:2', fatal: 'extract/bad-record' },
  {
    label: 'a binary-ish record (a PDF read as text)',
    line: JSON.stringify({ id: 3, text: '%PDF-1.7\n%\ufffd\ufffd\n1 0 obj << /Type /Catalog >>' }),
    id: 3,
    fatal: 'extract/binary-input',
  },
  {
    label: 'a record without text or html',
    line: JSON.stringify({ id: 'd', title: 'T' }),
    id: 'd',
    fatal: 'extract/bad-record',
  },
  { label: 'a JSON array, not an object', line: '[1, 2]', id: 'line:5', fatal: 'extract/bad-record' },
  {
    label: 'an HTML record with a given title and date',
    line: JSON.stringify({
      id: 'f',
      html: PAGE,
      title: 'Given title',
      publishedAt: '2024-01-18',
      url: 'https://example.org/a',
    }),
    id: 'f',
    fatal: null,
  },
  {
    label: 'an empty text',
    line: JSON.stringify({ id: 'g', text: '' }),
    id: 'g',
    fatal: 'extract/empty-input',
  },
];

test('--jsonl writes one line per input line, in order, and goes on past bad lines', async () => {
  // A blank line in the middle is skipped, not answered.
  const stdin = `${rows.map((r) => r.line).join('\n')}\n\n`;
  const { code, stdout, stderr } = await runCli(['extract', '--jsonl'], stdin);
  assert.equal(code, 0, stderr);
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  assert.deepEqual(
    lines.map((l) => l.id),
    rows.map((r) => r.id),
  );
  rows.forEach((row, i) => {
    const fatal = lines[i]?.messages.find((m) => m.severity === 'fatal')?.ruleId ?? null;
    assert.equal(fatal, row.fatal, row.label);
  });
  const given = lines[5];
  assert.equal(given?.title, 'Given title');
  assert.equal(given?.publishedAt, '2024-01-18');
  assert.equal(given?.url, 'https://example.org/a');
  assert.ok(lines[0]?.text.includes('ballistic missile'));
});

test('--jsonl streams: the first answer comes before stdin is closed', async () => {
  const child = spawn(process.execPath, [SITROOM_BIN, 'extract', '--jsonl'], {
    cwd: repoDir(),
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    const out = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write(`${JSON.stringify({ id: 1, text: STORY })}\n`);
    const first = await out.next();
    assert.equal((JSON.parse(String(first.value)) as Line).id, 1, 'answered while stdin is still open');
    child.stdin.end(`${JSON.stringify({ id: 2, text: STORY })}\n`);
    const second = await out.next();
    assert.equal((JSON.parse(String(second.value)) as Line).id, 2);
    assert.equal((await out.next()).done, true);
  } finally {
    clearTimeout(timer);
    child.kill();
  }
});
