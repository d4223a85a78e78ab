// Titles → sector and role (DESIGN.md §4: "Foreign Minister" → GOV, "Joint Chiefs of Staff" → MIL).
// To add a title, add one entry. Phrases are matched as folded tokens, so case and hyphens do not
// matter; `code` is set only when the title itself names the country ("Kremlin spokesman").

export interface TitleRule {
  id: string;
  phrases: readonly string[];
  sector: string;
  role: string;
  code?: string;
}

export const TITLE_RULES: readonly TitleRule[] = [
  {
    id: 'actors/title-president',
    phrases: ['president', 'acting president'],
    sector: 'GOV',
    role: 'President',
  },
  {
    id: 'actors/title-head-of-government',
    phrases: ['prime minister', 'premier', 'chancellor'],
    sector: 'GOV',
    role: 'Prime Minister',
  },
  {
    id: 'actors/title-foreign-minister',
    phrases: [
      'foreign minister',
      'minister of foreign affairs',
      'minister for foreign affairs',
      'secretary of state',
    ],
    sector: 'GOV',
    role: 'Foreign Minister',
  },
  {
    id: 'actors/title-vice-foreign-minister',
    phrases: ['vice foreign minister', 'first vice foreign minister', 'deputy foreign minister'],
    sector: 'GOV',
    role: 'Vice Foreign Minister',
  },
  {
    // Defence ministers are civilian cabinet members in KOR, JPN, USA; CAMEO's GOVMIL puts GOV first.
    id: 'actors/title-defense-minister',
    phrases: [
      'defense minister',
      'defence minister',
      'minister of national defense',
      'minister of national defence',
      'minister of defense',
      'minister of defence',
      'secretary of defense',
      'defense secretary',
    ],
    sector: 'GOV',
    role: 'Defense Minister',
  },
  {
    id: 'actors/title-ministry-spokesperson',
    phrases: ['foreign ministry spokesperson', 'foreign ministry spokesman', 'foreign ministry spokeswoman'],
    sector: 'GOV',
    role: 'Foreign Ministry Spokesperson',
  },
  {
    // "Spokesperson Ned Price" (State Department readouts): the office comes from the text around it.
    id: 'actors/title-spokesperson',
    phrases: ['spokesperson', 'spokesman', 'spokeswoman'],
    sector: 'GOV',
    role: 'Spokesperson',
  },
  {
    id: 'actors/title-department-spokesperson',
    phrases: ['department spokesperson', 'state department spokesperson', 'state department spokesman'],
    sector: 'GOV',
    role: 'Department Spokesperson',
    code: 'USA',
  },
  {
    id: 'actors/title-kremlin-spokesman',
    phrases: ['kremlin spokesman', 'kremlin spokesperson', 'kremlin press secretary'],
    sector: 'GOV',
    role: 'Kremlin Spokesman',
    code: 'RUS',
  },
  {
    id: 'actors/title-white-house-press-secretary',
    phrases: ['white house press secretary', 'white house spokesperson', 'white house spokesman'],
    sector: 'GOV',
    role: 'White House Press Secretary',
    code: 'USA',
  },
  {
    id: 'actors/title-chief-cabinet-secretary',
    phrases: ['chief cabinet secretary'],
    sector: 'GOV',
    role: 'Chief Cabinet Secretary',
    code: 'JPN',
  },
  {
    id: 'actors/title-joint-chiefs',
    phrases: ['joint chiefs of staff', 'chairman of the joint chiefs of staff', 'JCS'],
    sector: 'MIL',
    role: 'Joint Chiefs of Staff',
  },
  {
    id: 'actors/title-un-secretary-general',
    phrases: ['un secretary general', 'un secretary-general', 'united nations secretary general'],
    sector: '',
    role: 'Secretary-General',
    code: 'UNO',
  },
  {
    id: 'actors/title-ambassador',
    phrases: ['ambassador', "charge d'affaires", 'envoy'],
    sector: 'GOV',
    role: 'Ambassador',
  },
];

/** A title with an open-ended object: its role is the whole phrase as written. */
export interface SlotTitleRule {
  id: string;
  pattern: RegExp;
  sector: string;
}

/** The object of "Special Representative for ...": capitalized words, joined by of/and/the/for/on. */
const OBJECT = String.raw`(?:\s+(?:of|and|the|for)\b|\s+\p{Lu}[\p{L}'’-]*|\s+DPRK|\s+U\.S\.)*`;

export const SLOT_TITLE_RULES: readonly SlotTitleRule[] = [
  {
    // "Special Representative for Korean Peninsula Peace and Security Affairs" (KOR), "... for North Korea" (USA)
    id: 'actors/title-special-representative',
    pattern: new RegExp(
      String.raw`(?:Deputy\s+)?Special\s+(?:Representative|Envoy)\s+(?:for|on)` + OBJECT,
      'yu',
    ),
    sector: 'GOV',
  },
  {
    // KCNA appositives, lower-case: "Yun Jong Ho, minister of External Economic Relations of the DPRK",
    // "vice-minister of Industry and Trade of the Russian Federation"; the country comes from its object.
    id: 'actors/title-minister-of',
    pattern: new RegExp(String.raw`(?:(?:[Ff]irst\s+)?[Vv]ice[- ])?[Mm]inister\s+(?:of|for)` + OBJECT, 'yu'),
    sector: 'GOV',
  },
  {
    // "Senior Official for North Korea" (USA, 2023-), "Director-General for Asian and Oceanian Affairs" (JPN)
    id: 'actors/title-senior-official',
    pattern: new RegExp(String.raw`(?:Senior\s+Official|Director[- ]General)\s+(?:for|of)` + OBJECT, 'yu'),
    sector: 'GOV',
  },
];
