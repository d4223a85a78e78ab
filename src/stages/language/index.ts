// STUB: replaced by language identification (eld).
export function detectLanguage(_text: string): string | null {
  return 'en';
}
