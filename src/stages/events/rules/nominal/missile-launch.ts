import type { NominalRule } from './rule.js';

/**
 * "the DPRK's January 29 ballistic missile launch", "the continued testing of ballistic missiles by
 * the DPRK", "the ICBM launch conducted on March 24": a launch told as a noun is a weapons test.
 */
export const nominalMissileLaunch: NominalRule = {
  id: 'events/nominal-missile-launch',
  noun: /\b(?:missile|icbm|irbm|slbm|srbm|rocket)s?\)?\s+(?:launch|launches|test|tests|test-firing)\b|\b(?:testing|test|launch|launches|test-firing)\s+of\s+(?:[\w-]+\s+){0,4}?(?:missiles?|icbms?|rockets?)\b/gu,
  coding: { type: 'MOBILIZE', mode: 'weapons', subMode: 'missile-test', context: ['military'] },
};
