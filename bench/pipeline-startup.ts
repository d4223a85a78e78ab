/**
 * Start-up of the pipeline in a fresh process: importing the stages, then the first document (which
 * loads the tagger, gazetteers and language data). Prints one JSON line; `bench/pipeline.ts` runs it.
 */
export interface StartupResult {
  /** Milliseconds from process start to this module running (Node and the loader). */
  nodeMs: number;
  importMs: number;
  firstDocMs: number;
}

const nodeMs = performance.now();
const { processInput } = await import('../src/pipeline/run.js');
const importMs = performance.now() - nodeMs;
const started = performance.now();
await processInput({ text: 'Pyongyang, July 3 (KCNA) -- Kim Jong Un met the Russian ambassador on Monday.' });
const result: StartupResult = { nodeMs, importMs, firstDocMs: performance.now() - started };
console.log(JSON.stringify(result));
