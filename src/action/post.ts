import { coreIO, coreState } from './core-io.js';
import { runPost } from './run-post.js';

/** The post step, exported as `run` for @github/local-action (see main.ts); post-entry.ts calls it. */
export async function run(): Promise<void> {
  await runPost(coreIO(), coreState());
}
