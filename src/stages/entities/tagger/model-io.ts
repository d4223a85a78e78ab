import type { Gazetteer } from './gazetteer.js';
import { TAG_COUNT } from './labels.js';
import type { TaggerModel } from './model.js';

/**
 * The model file: a small header, then only the non-zero weights as (key delta, value) pairs of varints,
 * the value quantized to a fixed step. Most of the 2^hashBits × tags weights are zero after training, and
 * the survivors are small, so this is a few hundred KB where a dense Float32 array would be ~10 MB.
 *
 *   "SNER" | format u8 | hashBits u8 | tagCount u8 | 0 u8 | step f32 | count u32 | count × (Δkey, zigzag q)
 */
const MAGIC = 'SNER';
const FORMAT = 1;
const HEADER_BYTES = 16;
const INT16_MAX = 0x7fff;
/** Quantization step: weights are averages of ±1 updates, so 1/64 keeps the ranking of close tags. */
export const DEFAULT_STEP = 1 / 64;

function writeVarint(out: number[], value: number): void {
  let v = value >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

export function serializeModel(model: TaggerModel, step = DEFAULT_STEP): Uint8Array {
  const body: number[] = [];
  let count = 0;
  let lastKey = 0;
  const factor = model.scale / step;
  model.weights.forEach((w: number, key: number) => {
    const q = Math.round(w * factor);
    if (q === 0) return;
    writeVarint(body, key - lastKey);
    writeVarint(body, (q << 1) ^ (q >> 31));
    lastKey = key;
    count++;
  });
  const bytes = new Uint8Array(HEADER_BYTES + body.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes.set([FORMAT, model.hashBits, TAG_COUNT, 0], 4);
  view.setFloat32(8, step, true);
  view.setUint32(12, count, true);
  bytes.set(body, HEADER_BYTES);
  return bytes;
}

/** The weights of a model file; the name lists are a file of their own (gazetteer.ts). */
export function deserializeModel(bytes: Uint8Array, gazetteer: Gazetteer | null = null): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC || bytes[4] !== FORMAT) throw new Error('ner: not a tagger model file (format 1)');
  if (bytes[6] !== TAG_COUNT) throw new Error(`ner: model has ${bytes[6]} tags, this code ${TAG_COUNT}`);
  const hashBits = bytes[5]!;
  const step = view.getFloat32(8, true);
  const count = view.getUint32(12, true);
  const keys = new Uint32Array(count);
  const values = new Int32Array(count);
  let pos = HEADER_BYTES;
  const readVarint = (): number => {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[pos++]!;
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return v;
  };
  let key = 0;
  let widest = 0;
  for (let i = 0; i < count; i++) {
    key += readVarint();
    const z = readVarint();
    keys[i] = key;
    values[i] = (z >>> 1) ^ -(z & 1);
    widest = Math.max(widest, Math.abs(values[i]!));
  }
  // The quantized integers themselves when they fit 16 bits (they do for any model trained here).
  const size = (1 << hashBits) * TAG_COUNT;
  const packed = widest <= INT16_MAX;
  const weights = packed ? new Int16Array(size) : new Float32Array(size);
  for (let i = 0; i < count; i++) weights[keys[i]!] = packed ? values[i]! : values[i]! * step;
  return { hashBits, weights, scale: packed ? step : 1, gazetteer };
}
