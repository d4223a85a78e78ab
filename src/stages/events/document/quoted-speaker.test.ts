import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../../core/document.js';
import { splitSentences } from '../../sentences/index.js';
import type { ActorMention } from '../coder/actors.js';
import { quotedSpeakerMentions } from './quoted-speaker.js';

const actor = (code: string): Actor => ({ name: code, code, sector: null, role: null });

function mention(text: string, name: string, code: string): ActorMention {
  const start = text.lastIndexOf(name);
  return { start, end: start + name.length, actor: actor(code) };
}

const words = (text: string, found: ActorMention[]) =>
  found.map((m) => `${text.slice(m.start, m.end)}=${m.actor.code ?? ''}`);

test("an attributed quotation's first person is its speaker", () => {
  const text = '"We condemn the launch and our allies agree," Japan said on Friday.';
  const found = quotedSpeakerMentions(text, splitSentences(text), [mention(text, 'Japan', 'JPN')]);
  assert.deepEqual(words(text, found), ['We=JPN', 'our=JPN']);
});

test('a joint speaker stands for both; two apart or none resolve nothing', () => {
  const joint = '"We condemn the launch," Japan and Korea said.';
  const both = [mention(joint, 'Japan', 'JPN'), mention(joint, 'Korea', 'KOR')];
  assert.deepEqual(words(joint, quotedSpeakerMentions(joint, splitSentences(joint), both)), [
    'We=JPN',
    'We=KOR',
  ]);
  const apart = '"We condemn the launch," the envoy of Japan in Korea said.';
  const two = [mention(apart, 'Japan', 'JPN'), mention(apart, 'Korea', 'KOR')];
  assert.deepEqual(quotedSpeakerMentions(apart, splitSentences(apart), two), []);
  const none = '"We condemn the launch," officials said.';
  assert.deepEqual(quotedSpeakerMentions(none, splitSentences(none), []), []);
});
