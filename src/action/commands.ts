import type { ActionIO, StateStore } from './action-io.js';
import type { GitHubPort } from './github-port.js';
import type { ActionConfig } from './inputs.js';
import { planStep } from './plan-step.js';
import { outDirOf, reportStep } from './report-step.js';
import { runLeg } from './run-leg.js';

export { outDirOf } from './report-step.js';

export interface CommandContext {
  io: ActionIO;
  state: StateStore;
  config: ActionConfig;
  /** Absolute working directory; every input path is relative to it. */
  workdir: string;
  /** Injected in tests; defaults to Octokit with the github-token input. */
  github?: GitHubPort | null;
}

export const commandHandlers: Record<ActionConfig['command'], (ctx: CommandContext) => Promise<void>> = {
  plan: planStep,
  run: (ctx) => runLeg(ctx, outDirOf(ctx.workdir)),
  report: reportStep
};
