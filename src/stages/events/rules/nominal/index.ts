// Nominal events, tried on every sentence (to add one, add a file and a line here).
import { nominalArmsTransfer } from './arms-transfer.js';
import { nominalMeeting } from './meeting.js';
import { nominalMissileLaunch } from './missile-launch.js';
import type { NominalRule } from './rule.js';
import { nominalVisit } from './visit.js';

export type { NominalRule } from './rule.js';

export const NOMINAL_RULES: readonly NominalRule[] = [
  nominalVisit,
  nominalMeeting,
  nominalArmsTransfer,
  nominalMissileLaunch,
];
