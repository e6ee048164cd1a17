import path from 'node:path';
import type { TrialResult } from '../core/trial-result.js';
import { resultsFile } from '../core/trial-paths.js';
import { openResultsStore } from '../report/results-store.js';
import type { AgentOptions } from '../agent/agent-options.js';
import { resolveAgent, type AgentSpec } from '../agent/registry.js';
import { assertRuntimeSafeFor, selectRuntime, type RuntimeLoader, type SelectedRuntime } from '../runtime/select.js';
import type { RuntimeKind } from '../runtime/environment.js';
import { resolveTasksArg } from '../task/dataset-ref.js';
import { loadTaskSet, type InvalidTask } from '../task/load.js';
import type { Task } from '../task/task.js';
import { invalidResults } from './invalid-tasks.js';
import type { RunConfig } from './run-config.js';
import { newRunId, runSchedule, type ScheduleOutcome } from './scheduler.js';
import { shardTasks } from './shard.js';

/** What a front end hands the pipeline besides the parsed configuration. */
export interface RunPipelineOptions {
  config: RunConfig;
  /** The environment the front end was started with: provider keys for the agent factory, allowlists for the runtimes. */
  hostEnv: Readonly<Record<string, string | undefined>>;
  /** Task paths are relative to this (default the process's working directory). */
  cwd?: string;
  /** Overrides of what the agent factory gets from `config` (the CLI's bundle path, the Action's configuration name). */
  agent?: Partial<AgentOptions>;
  /** Runtime loaders replacing the engine's (the Action's image cache). */
  loaders?: Partial<Record<RuntimeKind, RuntimeLoader>>;
  /** The tasks to run of those loaded; default config.shard's share (or all). @throws UserInputError */
  selectTasks?: (loaded: Task[]) => Task[];
  /** Told the load problems before anything runs; may throw to stop (the Action does). */
  onProblems?: (problems: string[], invalid: InvalidTask[]) => void;
  /** Told the run's id, runtime, agent and tasks just before the first trial starts (the Action saves the id for its post step). */
  onStart?: (run: RunStart) => void | Promise<void>;
  /** Runs the schedule; the front end wraps it in its log group or progress display. Default: calls it. */
  around?: <T>(run: RunStart, schedule: () => Promise<T>) => Promise<T>;
  log: (line: string) => void;
  verbose?: (line: string) => void;
  /** See ScheduleOptions.cleanupHint. */
  cleanupHint?: (runId: string) => string;
  signal?: AbortSignal;
}

export interface RunStart {
  runId: string;
  selected: SelectedRuntime;
  agent: AgentSpec;
  tasks: Task[];
}

export type RunPipelineResult =
  /** Nothing to run: no task loaded, or none in this shard. */
  | { kind: 'empty'; loaded: Task[]; problems: string[]; invalid: InvalidTask[] }
  | (RunStart & {
      kind: 'ran';
      outcome: ScheduleOutcome;
      problems: string[];
      /** Every task that did not load (whichever shard records them). */
      invalid: InvalidTask[];
      /** The invalid tasks' results this run appended (first shard only, so merged shards list each once). */
      invalidResults: TrialResult[];
    });

/**
 * One `run`, the same for `opsbench run` and the Action's run leg: load -> select tasks -> agent ->
 * runtime -> safety check -> schedule -> record invalid tasks. Returns what each front end presents.
 * @throws UserInputError for a bad agent or runtime choice (naming the field), or what `onProblems` throws
 */
export async function runPipeline(opts: RunPipelineOptions): Promise<RunPipelineResult> {
  const { config } = opts;
  // A dataset on the Hub (hf://datasets/...) is downloaded, or found in the cache, and runs in place.
  const tasksDir = await resolveTasksArg(config.tasks, opts.hostEnv, opts.log);
  const { tasks: loaded, problems, invalid: allInvalid } = await loadTaskSet([tasksDir], { env: opts.hostEnv, ...(opts.cwd && { cwd: opts.cwd }) });
  if (problems.length > 0) opts.onProblems?.(problems, allInvalid);
  const tasks = opts.selectTasks ? opts.selectTasks(loaded) : config.shard ? shardTasks(loaded, config.shard.index, config.shard.total) : loaded;
  // Invalid tasks are reported once, by the first shard, so merged shards list each of them once.
  const invalid = !config.shard || config.shard.index === 1 ? allInvalid : [];
  if (tasks.length === 0 && invalid.length === 0) return { kind: 'empty', loaded, problems, invalid: allInvalid };

  // Provider keys go to the agent factory only, never to the agent's environment.
  const agent = await resolveAgent(config.agent, {
    model: config.model,
    agentCommand: config.agentCommand,
    baseUrl: config.baseUrl,
    modelOptions: config.modelOptions,
    passKeys: config.passKeys,
    maxTurns: config.maxTurns,
    maxTokens: config.maxTokens,
    maxCostUsd: config.maxCostUsd,
    env: opts.hostEnv,
    ...opts.agent
  });
  const selected = await selectRuntime(config.runtime, { hostEnv: opts.hostEnv, ...(opts.loaders && { loaders: opts.loaders }) });
  assertRuntimeSafeFor(agent, selected, config.unsafeLocal);
  const start: RunStart = { runId: newRunId(), selected, agent, tasks };
  await opts.onStart?.(start);
  const out = path.resolve(config.out);
  const schedule = () =>
    runSchedule({
      tasks,
      agents: [agent],
      runtime: selected.runtime,
      unsafeLocal: config.unsafeLocal,
      attempts: config.attempts,
      concurrency: config.concurrency,
      outDir: out,
      runId: start.runId,
      log: opts.log,
      verbose: opts.verbose,
      cleanupHint: opts.cleanupHint,
      signal: opts.signal,
      cacheDir: config.cacheDir ? path.resolve(config.cacheDir) : undefined
    });
  const outcome = await (opts.around ? opts.around(start, schedule) : schedule());
  const recorded = await recordInvalid(resultsFile(out), invalid, {
    runId: start.runId,
    agent: agent.name,
    model: agent.model,
    agentConfig: agent.configHash
  });
  return { kind: 'ran', ...start, outcome, problems, invalid: allInvalid, invalidResults: recorded };
}

/** Appends the invalid tasks' results to results.jsonl (after the run, so resume never mistakes them for trials). */
async function recordInvalid(file: string, invalid: InvalidTask[], run: Parameters<typeof invalidResults>[1]): Promise<TrialResult[]> {
  if (invalid.length === 0) return [];
  const results = await invalidResults(invalid, run);
  const store = await openResultsStore(file);
  try {
    for (const r of results) await store.append(r);
  } finally {
    await store.close();
  }
  return results;
}

