import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './normalize.js';
import { TokenTrie } from './trie.js';

function trieOf(names: string[]): TokenTrie<string> {
  const trie = new TokenTrie<string>();
  for (const name of names)
    trie.insert(
      tokenize(name).map((t) => t.norm),
      name,
    );
  return trie;
}

test('matchesAt lists every name at a token, longest first', () => {
  const trie = trieOf(['Korea', 'North Korea', 'North Korean', 'Sergei Lavrov']);
  const cases: [label: string, text: string, start: number, found: string[]][] = [
    ['longest first', 'North Korean troops', 0, ['North Korean']],
    ['no match for a prefix only', 'North Pole', 0, []],
    ['inner start', 'in North Korea today', 1, ['North Korea']],
    ['patronymic skipped', 'Sergei Viktorovich Lavrov said', 0, ['Sergei Lavrov']],
    ['"South Korea" is not "North Korea"', 'South Korea', 0, []],
    ['"Korea" alone', 'South Korea', 1, ['Korea']],
  ];
  for (const [label, text, start, found] of cases) {
    const matches = trieOf(['Korea', 'North Korea', 'North Korean', 'Sergei Lavrov']).matchesAt(
      tokenize(text),
      start,
    );
    assert.deepEqual(matches.flatMap((m) => m.values).slice(0, found.length), found, label);
    if (found.length === 0) assert.equal(matches.length, 0, label);
  }
  assert.equal(trie.size, 4);
});

test('a patronymic is not skipped at the start of a name', () => {
  const trie = trieOf(['Lavrov Sergei']);
  assert.deepEqual(trie.matchesAt(tokenize('Viktorovich Lavrov Sergei'), 0), []);
});

test('the first-word filter never hides a name: each of 3,000 names is found where it starts', () => {
  const names = Array.from({ length: 3000 }, (_, i) => `Name${i.toString(36)} Family${i % 7}`);
  const trie = trieOf(names);
  for (const name of names) {
    const found = trie.matchesAt(tokenize(`said ${name} today`), 1);
    assert.deepEqual(
      found.flatMap((m) => m.values),
      [name],
      name,
    );
  }
  assert.deepEqual(trie.matchesAt(tokenize('Family3 Name1'), 0), [], 'a last word starts no name');
});
