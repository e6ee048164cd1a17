import { coreIO, coreState } from './core-io.js';
import { runMain } from './run-main.js';

/**
 * The main step, as @github/local-action expects an entry to be: a module exporting `run` (it imports the
 * file with its own @actions/core stubs and calls it). The bundle's entry, main-entry.ts, calls it too.
 */
export async function run(): Promise<void> {
  await runMain(coreIO(), coreState());
}
