import { emptyDocument, type Document } from '../../core/document.js';

/** Document n of the concurrency tests: its own address and text, and one launch shared by every tenth (days 3 apart, beyond the merge tolerance). */
export function workerDocument(n: number): Document {
  const day = `2024-02-${String((n % 10) * 3 + 1).padStart(2, '0')}`;
  return {
    ...emptyDocument(),
    url: `https://worker.example/${n}`,
    text: `Report ${n}. ${Array.from({ length: 40 }, (_, i) => `w${(n * 7919 + i * 104729) % 100003}`).join(' ')}`,
    events: [
      {
        type: 'MOBILIZE',
        mode: 'weapons',
        context: [],
        actor: [{ name: 'North Korea', code: 'PRK', sector: 'MIL', role: null }],
        recipient: [],
        date: { start: day, end: day, text: '', precision: 'day', anchor: null },
        place: null,
        status: 'occurred',
        historical: false,
        evidence: { text: `Report ${n}`, start: 0, end: 8 },
        quote: null,
        confidence: 0.5,
      },
    ],
  };
}
