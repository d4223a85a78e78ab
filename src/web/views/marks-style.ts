/**
 * PLOVER's four quadrants, the colour key shared by the views (classes in views.css): an analyst reads
 * cooperation vs conflict and words vs deeds before the exact type.
 */
const QUADRANTS: Record<string, string> = {
  AGREE: 'verbal-coop',
  CONSULT: 'verbal-coop',
  SUPPORT: 'verbal-coop',
  CONCEDE: 'verbal-coop',
  COOPERATE: 'material-coop',
  AID: 'material-coop',
  RETREAT: 'material-coop',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

export const quadrantClass = (type: string): string => `quad-${QUADRANTS[type] ?? 'other'}`;

export const QUADRANT_LEGEND: Array<[string, string]> = [
  ['quad-verbal-coop', 'verbal cooperation'],
  ['quad-material-coop', 'material cooperation'],
  ['quad-verbal-conflict', 'verbal conflict'],
  ['quad-material-conflict', 'material conflict'],
];
