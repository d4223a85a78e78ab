// Our rules for what the CAMEO dictionary lacks, tried before it, in order (order here matters:
// a nuclear test is not read as a missile test, a satellite launch not as artillery).
// To add a rule, add one file and one line here.
import { acceptDemands, acceptVerb } from './accept-verb.js';
import { agreeVerb } from './agree-verb.js';
import { announceMeasure, sendArms } from './announce-measure.js';
import { artilleryFire } from './artillery-fire.js';
import { consultVerb } from './consult-verb.js';
import { cutAid, handOverAid, imposeCurfew, summonEnvoy, upgradeTies } from './diplomatic-measures.js';
import { expelMonitors } from './expel-monitors.js';
import { expressThanks } from './express-thanks.js';
import { holdMeeting } from './hold-meeting.js';
import { intentAgree } from './intent-agree.js';
import { missileTest } from './missile-test.js';
import { nuclearTest } from './nuclear-test.js';
import { openInvestigation } from './open-investigation.js';
import { orderViolence } from './order-violence.js';
import { obstructPassage, protestAction } from './protest-action.js';
import { dismissProposal, rejectVerb } from './reject-verb.js';
import type { DomainRule } from './rule.js';
import { receiveVisitor } from './receive-visitor.js';
import { satelliteLaunch } from './satellite-launch.js';
import { speakWith } from './speak-with.js';
import { surrender } from './surrender.js';
import { urgeVerb } from './urge-verb.js';

export type { DomainCoding, DomainRule } from './rule.js';

export const DOMAIN_RULES: readonly DomainRule[] = [
  nuclearTest,
  satelliteLaunch,
  artilleryFire,
  missileTest,
  intentAgree,
  orderViolence,
  agreeVerb,
  consultVerb,
  speakWith,
  expressThanks,
  holdMeeting,
  protestAction,
  obstructPassage,
  expelMonitors,
  openInvestigation,
  surrender,
  dismissProposal,
  announceMeasure,
  sendArms,
  upgradeTies,
  summonEnvoy,
  cutAid,
  imposeCurfew,
  handOverAid,
  // Fallbacks: tried only when the dictionary codes nothing for the verb.
  rejectVerb,
  acceptDemands,
  acceptVerb,
  urgeVerb,
  receiveVisitor,
];
