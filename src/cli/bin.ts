// The CLI entry from source, for development: `node --import tsx src/cli/bin.ts extract …`.
// The installed command, bin/sitroom.js, runs the same main() from the build.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
