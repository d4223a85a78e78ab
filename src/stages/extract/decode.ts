import type { Message } from '../../core/message.js';
import type { RawInput } from './input.js';

export interface Decoded {
  kind: 'html' | 'text' | 'binary' | 'empty';
  content: string;
  messages: Message[];
}

// STUB: replaced by the fetch/decode work (encoding detection, binary sniffing).
export function decodeInput(input: RawInput): Decoded {
  if (input.html !== undefined) return { kind: 'html', content: input.html, messages: [] };
  const content = input.text ?? new TextDecoder().decode(input.bytes ?? new Uint8Array());
  const kind = /^\s*</.test(content) ? 'html' : 'text';
  return { kind, content, messages: [] };
}
