import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventTense } from '../../../core/document.js';
import { verbTense } from './tense.js';

/** The tense of the verb `verb` (its first occurrence, one token, `bare` as the lexicon would say). */
function tenseOf(sentence: string, verb: string, bare = false): EventTense | null {
  const words = sentence.toLowerCase().split(' ');
  const index = words.indexOf(verb);
  assert.ok(index >= 0, verb);
  return verbTense(words, { entries: [], length: 1, bare, index });
}

test('an auxiliary decides the tense', () => {
  assert.equal(tenseOf('The United States is imposing sanctions', 'imposing'), 'present');
  assert.equal(tenseOf('Envoys will meet in Seoul', 'meet', true), 'future');
  assert.equal(tenseOf('The North has launched a missile', 'launched'), 'perfect');
  assert.equal(tenseOf('Three civilians were strongly condemned', 'condemned'), 'past');
  assert.equal(tenseOf('Seoul would retaliate', 'retaliate', true), null);
  assert.equal(tenseOf('The UNSC is going to convene a meeting', 'convene', true), 'future');
  assert.equal(tenseOf('Sanctions are going to be imposed', 'imposed'), 'future');
});

test('with no auxiliary the form of the verb decides', () => {
  assert.equal(tenseOf('We strongly condemn the launch', 'condemn', true), 'present');
  assert.equal(tenseOf('The United States calls on the DPRK', 'calls'), 'present');
  assert.equal(tenseOf('The Secretary reiterated the commitment', 'reiterated'), 'past');
  assert.equal(tenseOf('Kim held talks with Pak', 'held'), 'past');
  assert.equal(tenseOf('a declaration demanding a stop', 'demanding'), null);
});

test('an infinitive takes the tense of the verb that governs it', () => {
  assert.equal(tenseOf('Washington remains committed to seeking diplomacy', 'seeking'), 'present');
  assert.equal(tenseOf('Moscow vowed to retaliate', 'retaliate', true), 'past');
  assert.equal(tenseOf('the decision to impose sanctions', 'impose', true), null);
});
