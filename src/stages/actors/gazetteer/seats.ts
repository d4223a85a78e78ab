// Seats of government used as metonyms: "the Kremlin said" is the Russian government (DESIGN.md §4).
// Capitals come from the country data; these are the buildings and districts that are not capitals.
// To add one, add one line.

export interface SeatRule {
  id: string;
  phrase: string;
  code: string;
  sector: string;
}

export const SEAT_RULES: readonly SeatRule[] = [
  { id: 'actors/seat-kremlin', phrase: 'Kremlin', code: 'RUS', sector: 'GOV' },
  { id: 'actors/seat-white-house', phrase: 'White House', code: 'USA', sector: 'GOV' },
  { id: 'actors/seat-pentagon', phrase: 'Pentagon', code: 'USA', sector: 'MIL' },
  { id: 'actors/seat-foggy-bottom', phrase: 'Foggy Bottom', code: 'USA', sector: 'GOV' },
  { id: 'actors/seat-blue-house', phrase: 'Blue House', code: 'KOR', sector: 'GOV' },
  { id: 'actors/seat-cheong-wa-dae', phrase: 'Cheong Wa Dae', code: 'KOR', sector: 'GOV' },
  { id: 'actors/seat-zhongnanhai', phrase: 'Zhongnanhai', code: 'CHN', sector: 'GOV' },
  { id: 'actors/seat-kasumigaseki', phrase: 'Kasumigaseki', code: 'JPN', sector: 'GOV' },
  { id: 'actors/seat-smolenskaya', phrase: 'Smolenskaya Square', code: 'RUS', sector: 'GOV' },
];
