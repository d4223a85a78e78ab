import { message, type Message } from '../../core/message.js';
import type { RawInput } from '../../stages/extract/index.js';

/** One parsed JSONL line: the id to answer with, and either an input to extract or why there is none. */
export type ParsedRecord =
  | { id: string | number; input: RawInput; messages: Message[] }
  | { id: string | number; input: null; messages: Message[] };

const OPTIONAL_FIELDS = ['title', 'url', 'publishedAt'] as const;

/**
 * Reads `{"id", "text"|"html", "title"?, "url"?, "publishedAt"?}` (DESIGN.md §2). A line that is not such
 * a record gets the id `line:N` (or its own id, when it has one) and a fatal message, never an exception.
 */
export function parseRecord(line: string, lineNumber: number): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refuse(`line:${lineNumber}`, 'extract/bad-record', `line ${lineNumber} is not JSON: ${why}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(`line:${lineNumber}`, 'extract/bad-record', `line ${lineNumber} is not a JSON object`);
  }
  const record = value as Record<string, unknown>;
  const id =
    typeof record['id'] === 'string' || typeof record['id'] === 'number'
      ? record['id']
      : `line:${lineNumber}`;
  const { html, text } = record;
  if (typeof html !== 'string' && typeof text !== 'string') {
    return refuse(id, 'extract/bad-record', `record ${id} has no "text" or "html" string`);
  }
  const input: RawInput = typeof html === 'string' ? { html } : { text: text as string };
  const messages: Message[] = [];
  for (const field of OPTIONAL_FIELDS) {
    const given = record[field];
    if (typeof given === 'string' && given.trim() !== '') input[field] = given;
    else if (given !== undefined && given !== null && given !== '') {
      messages.push(
        message('warning', 'extract/bad-field', `record ${id}: "${field}" is not a string; ignored`),
      );
    }
  }
  return { id, input, messages };
}

function refuse(id: string | number, ruleId: string, reason: string): ParsedRecord {
  return { id, input: null, messages: [message('fatal', ruleId, reason)] };
}
