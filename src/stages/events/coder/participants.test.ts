import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorMention } from './actors.js';
import { findParticipants, partyGroups } from './participants.js';

const actor = (code: string) => ({ name: code, code, sector: null, role: null });

/** Mentions of each `[name]` in `marked` (brackets removed), coded by the name itself. */
function mark(marked: string): { text: string; mentions: ActorMention[] } {
  let text = '';
  const mentions: ActorMention[] = [];
  for (const part of marked.split(/(\[[^\]]+\])/u)) {
    if (!part.startsWith('[')) {
      text += part;
      continue;
    }
    const name = part.slice(1, -1);
    mentions.push({ start: text.length, end: text.length + name.length, actor: actor(name) });
    text += name;
  }
  return { text, mentions };
}

const names = (groups: readonly (readonly ActorMention[])[], text: string): string[][] =>
  groups.map((g) => g.map((m) => text.slice(m.start, m.end)));

const GROUP_CASES: { label: string; marked: string; groups: string[][] }[] = [
  { label: 'one name each', marked: '[Cuba] met [Peru] today.', groups: [['Cuba'], ['Peru']] },
  {
    label: 'a compound actor',
    marked: '[Cuba] and [Peru] met [Chile].',
    groups: [['Cuba', 'Peru'], ['Chile']],
  },
  { label: 'a stance is no party', marked: 'An anti-[Cuba] group met [Peru].', groups: [['Peru']] },
  {
    label: 'a country in a title folds into the person',
    marked: '[USA] Senior Official for North Korea [Jung Pak] met [Peru].',
    groups: [['Jung Pak'], ['Peru']],
  },
];

for (const c of GROUP_CASES) {
  test(`party groups: ${c.label}`, () => {
    const { text, mentions } = mark(c.marked);
    assert.deepEqual(names(partyGroups(text, mentions), text), c.groups);
  });
}

test('participants: the extent spans the subject and the object groups', () => {
  const { text, mentions } = mark('[Cuba] and [Peru] condemned [Chile] yesterday.');
  const verb = { start: text.indexOf('condemned'), end: text.indexOf('condemned') + 'condemned'.length };
  const who = findParticipants({
    text,
    groups: partyGroups(text, mentions),
    clauseStart: 0,
    verb,
    objectEnd: text.length,
    passive: false,
  });
  assert.deepEqual(
    who.actor.map((a) => a.code),
    ['Cuba', 'Peru'],
  );
  assert.deepEqual(
    who.recipient.map((a) => a.code),
    ['Chile'],
  );
  assert.deepEqual(who.extent, { start: 0, end: text.indexOf(' yesterday') });
});
