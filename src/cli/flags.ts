import { UserInputError, type FieldNamer } from '../core/errors.js';
import type { PlanField } from '../trial/plan.js';
import type { RunField } from '../trial/run-config.js';

/** The flag each run configuration field comes from on the CLI (the Action's names are in action/inputs.ts). */
export const RUN_FLAGS: Record<RunField, string> = {
  tasks: '--tasks',
  agent: '--agent',
  model: '--model',
  agentCommand: '--agent-command',
  baseUrl: '--base-url',
  modelOptions: '--model-option',
  passKeys: '--pass-key',
  maxTurns: '--max-turns',
  maxTokens: '--max-tokens',
  maxCostUsd: '--max-cost',
  attempts: '--attempts',
  concurrency: '--concurrency',
  runtime: '--runtime',
  unsafeLocal: '--unsafe-local',
  shard: '--shard',
  out: '--out',
  cacheDir: '--cache-dir',
  verbose: '--verbose'
};

/** The flags of `plan` and `report --plan` the plan's problems name. */
export const PLAN_FLAGS: Record<PlanField, string> = {
  tasks: '--tasks',
  models: '--models',
  shards: '--shards',
  attempts: '--attempts',
  plan: '--plan'
};

const FLAGS: Record<string, string> = { ...RUN_FLAGS, ...PLAN_FLAGS };

/** Engine errors name fields (`{runtime}`); the CLI names them as its flags. */
export const cliFlag: FieldNamer = (field) => (Object.hasOwn(FLAGS, field) ? FLAGS[field]! : `--${field}`);

/**
 * Runs `fn` with the fields of any UserInputError it throws named by `name` (a verb whose flags differ from
 * run's, e.g. check-tasks' --repeat for attempts), so the message reaches the user in that verb's words.
 */
export function withFieldNames<T>(name: FieldNamer, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (UserInputError.isUserInput(error)) throw new UserInputError(error.describe(name), error);
    throw error;
  }
}
