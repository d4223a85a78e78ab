import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { collectingContext } from '../../core/stage.js';
import { extractStage } from '../../stages/extract/index.js';
import type { Command } from '../command.js';
import { stableStringify } from '../output.js';

// STUB: the full command (URLs, --jsonl batch, readable summary, bad input) replaces this.
export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract the article from a file, a URL, or JSON Lines on stdin',
  async run(argv) {
    const { positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
    const bytes = await readFile(positionals[0] ?? '');
    const ctx = collectingContext();
    const doc = await extractStage.run({ bytes }, ctx);
    console.log(stableStringify({ ...doc, messages: ctx.messages }, 2));
    return 0;
  },
};
