import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { decodeInput, type Decoded } from './decode.js';
import { encodeEucKr, encodeWindows1252 } from './decode/__fixtures__/legacy-encode.js';
import type { RawInput } from './input.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());

const KOREAN = '북한은 18일 동해상으로 단거리 탄도미사일 2발을 발사했다고 합동참모본부가 밝혔다.';
const CURLY = 'The envoys vowed to “resolutely” counter the arms trade, Kim’s office said — café.';
const CURLY_PAGE = `<html><head><meta charset="windows-1252"><title>T</title></head><body><p>${CURLY}</p></body></html>`;

interface DecodeCase {
  label: string;
  input: RawInput;
  kind: Decoded['kind'];
  encoding?: string | null;
  includes?: string;
  ruleId?: string;
}

const cases: DecodeCase[] = [
  {
    label: 'plain UTF-8 text',
    input: { bytes: utf8('Seoul said on Thursday.') },
    kind: 'text',
    encoding: 'utf-8',
  },
  {
    label: 'UTF-8 with a byte order mark (dropped)',
    input: { bytes: concat([0xef, 0xbb, 0xbf], utf8('<p>안녕</p>')) },
    kind: 'html',
    encoding: 'utf-8',
    includes: '<p>안녕</p>',
  },
  {
    label: 'UTF-16LE with a byte order mark',
    input: { bytes: concat([0xff, 0xfe], utf16le('Pyongyang, July 3 (KCNA) -- 평양')) },
    kind: 'text',
    encoding: 'utf-16le',
    includes: 'Pyongyang, July 3 (KCNA) -- 평양',
  },
  {
    label: 'UTF-16BE with a byte order mark',
    input: { bytes: concat([0xfe, 0xff], utf16be('<html><body>서울</body></html>')) },
    kind: 'html',
    encoding: 'utf-16be',
    includes: '서울',
  },
  {
    label: '<meta charset> windows-1252 page with curly quotes',
    input: { bytes: encodeWindows1252(CURLY_PAGE) },
    kind: 'html',
    encoding: 'windows-1252',
    includes: CURLY,
  },
  {
    label: '<meta http-equiv> ISO-8859-1 (read as windows-1252, as browsers do)',
    input: {
      bytes: encodeWindows1252(
        `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>${CURLY}</body></html>`,
      ),
    },
    kind: 'html',
    encoding: 'windows-1252',
    includes: CURLY,
  },
  {
    label: 'HTTP Content-Type charset EUC-KR',
    input: { bytes: encodeEucKr(`<p>${KOREAN}</p>`), contentType: 'text/html; charset=EUC-KR' },
    kind: 'html',
    encoding: 'euc-kr',
    includes: KOREAN,
  },
  {
    label: 'EUC-KR page with no declared charset',
    input: { bytes: encodeEucKr(`<html><body><h1>북한 미사일</h1><p>${KOREAN}</p></body></html>`) },
    kind: 'html',
    encoding: 'euc-kr',
    includes: KOREAN,
    ruleId: 'extract/encoding-guessed',
  },
  {
    label: 'EUC-KR page that declares UTF-8',
    input: { bytes: encodeEucKr(`<html><head><meta charset="utf-8"></head><body>${KOREAN}</body></html>`) },
    kind: 'html',
    encoding: 'euc-kr',
    includes: KOREAN,
    ruleId: 'extract/encoding-guessed',
  },
  {
    label: 'Windows-1252 text with no declared charset',
    input: { bytes: encodeWindows1252(CURLY) },
    kind: 'text',
    encoding: 'windows-1252',
    includes: CURLY,
    ruleId: 'extract/encoding-guessed',
  },
  {
    label: 'invalid UTF-8: one stray Latin-1 byte',
    input: { bytes: concat(utf8('The caf'), [0xe9], utf8(' in Seoul reopened.')) },
    kind: 'text',
    encoding: 'windows-1252',
    includes: 'The café in Seoul reopened.',
    ruleId: 'extract/encoding-guessed',
  },
  {
    label: 'text/plain header wins over markup-looking content',
    input: { bytes: utf8('<b>not a page</b>'), contentType: 'text/plain' },
    kind: 'text',
  },
  { label: 'HTML given as html', input: { html: '<p>Hi</p>' }, kind: 'html', encoding: null },
  {
    label: 'scraped text given as text',
    input: { text: 'Back To Top\n\nSeoul' },
    kind: 'text',
    encoding: null,
  },
  {
    label: 'a whole HTML document given as text',
    input: { text: '<!DOCTYPE html><html><body><p>Hi</p></body></html>' },
    kind: 'html',
    ruleId: 'extract/text-is-html',
  },
];

const PNG_HEADER = concat(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [
    0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08,
    0x06,
  ],
  [0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89],
);
/** Deterministic noise (a linear congruential generator), so the test is the same every run. */
const noise = (n: number) => {
  let x = 12345;
  return new Uint8Array(n).map(() => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
};

const refusals: { label: string; input: RawInput; kind: Decoded['kind']; ruleId: string }[] = [
  { label: 'empty bytes', input: { bytes: new Uint8Array() }, kind: 'empty', ruleId: 'extract/empty-input' },
  {
    label: 'whitespace only',
    input: { bytes: utf8(' \n\t\n') },
    kind: 'empty',
    ruleId: 'extract/empty-input',
  },
  {
    label: 'a byte order mark only',
    input: { bytes: new Uint8Array([0xef, 0xbb, 0xbf]) },
    kind: 'empty',
    ruleId: 'extract/empty-input',
  },
  { label: 'empty text', input: { text: '' }, kind: 'empty', ruleId: 'extract/empty-input' },
  {
    label: 'a PDF',
    input: { bytes: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n') },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'a PNG header and IHDR',
    input: { bytes: PNG_HEADER },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'a gzip stream',
    input: { bytes: gzipSync('<html>page</html>') },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'a JPEG',
    input: { bytes: concat([0xff, 0xd8, 0xff, 0xe0], utf8('JFIF')) },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'a GIF',
    input: { bytes: utf8('GIF89a\x01\x00\x01\x00') },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'a zip (docx)',
    input: { bytes: concat(utf8('PK'), [3, 4], utf8('[Content_Types].xml')) },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'random bytes with no signature',
    input: { bytes: noise(1000) },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'raw deflate data',
    input: { bytes: deflateRawSync(noise(900)) },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'an image Content-Type',
    input: { bytes: utf8('abc'), contentType: 'image/png' },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'a PDF read as text (JSONL)',
    input: { text: '%PDF-1.4\n1 0 obj' },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'a PNG read lossily as UTF-8 (JSONL)',
    input: { text: new TextDecoder().decode(concat(PNG_HEADER, noise(512))) },
    kind: 'binary',
    ruleId: 'extract/binary-input',
  },
  {
    label: 'bytes over the limit',
    input: { bytes: utf8('a'.repeat(2000)) },
    kind: 'too-large',
    ruleId: 'extract/too-large',
  },
  {
    label: 'text over the limit',
    input: { text: '가'.repeat(700) },
    kind: 'too-large',
    ruleId: 'extract/too-large',
  },
];

/** Inputs that look a little odd but are text, and must stay text. */
const negativeCases: { label: string; input: RawInput; kind: Decoded['kind'] }[] = [
  {
    label: 'a scrape quoting a tag mid-text',
    input: { bytes: utf8('Back To Top\n\nUse the <b> tag.') },
    kind: 'text',
  },
  {
    label: 'a form feed and one NUL in long text',
    input: { bytes: utf8(`${'Seoul said. '.repeat(20)}\f\0`) },
    kind: 'text',
  },
  {
    label: 'one replacement character in a record',
    input: { text: `Caf\ufffd in Seoul. ${'More text. '.repeat(5)}` },
    kind: 'text',
  },
  {
    label: 'text starting with "PK" as a word',
    input: { bytes: utf8('PKO Bank said on Monday.') },
    kind: 'text',
  },
  { label: 'a less-than sign opening a line', input: { text: '< 5 missiles were fired' }, kind: 'text' },
];

for (const c of cases) {
  test(`decodeInput: ${c.label}`, () => {
    const decoded = decodeInput(c.input);
    assert.equal(decoded.kind, c.kind);
    if (c.encoding !== undefined) assert.equal(decoded.encoding, c.encoding);
    if (c.includes) assert.ok(decoded.content.includes(c.includes), decoded.content.slice(0, 200));
    assert.deepEqual(
      decoded.messages.map((m) => m.ruleId),
      c.ruleId ? [c.ruleId] : [],
    );
  });
}

for (const c of refusals) {
  test(`decodeInput refuses ${c.label}`, () => {
    const decoded = decodeInput(c.input, { maxBytes: 1024 });
    assert.equal(decoded.kind, c.kind);
    assert.equal(decoded.content, '');
    assert.deepEqual(
      decoded.messages.map((m) => [m.severity, m.ruleId]),
      [['fatal', c.ruleId]],
    );
  });
}

for (const c of negativeCases) {
  test(`decodeInput keeps as ${c.kind}: ${c.label}`, () => {
    const decoded = decodeInput(c.input);
    assert.equal(decoded.kind, c.kind);
    assert.equal(decoded.messages.length, 0);
  });
}
