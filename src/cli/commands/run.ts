import { realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { summarize } from '../../report/summarize.js';
import type { TrialResult } from '../../core/trial-result.js';
import { describeRuntime } from '../../runtime/select.js';
import { withCancelOnSignals } from '../../trial/cancel.js';
import { AGENT_KINDS } from '../../agent/registry.js';
import { parseRunConfig, RUNTIME_CHOICES } from '../../trial/run-config.js';
import { runPipeline } from '../../trial/run-pipeline.js';
import { withHostCaCerts } from '../host-ca.js';
import type { CliCommand, CliIO } from '../io.js';

const usage = `Usage: opsbench run [options]

Runs every task x attempt with an agent, appending one line per finished trial to <out>/results.jsonl.
Rerunning the same command resumes: passed and failed trials of unchanged tasks, run with the same agent
settings and opsbench version, are kept; errors and anything else rerun.

Options:
  --tasks DIR            task directory or a tree of them (default: tasks), or a dataset on the Hugging
                         Face Hub: hf://datasets/<owner>/<name>[@revision][/subdir] (see opsbench fetch)
  --agent NAME           ${AGENT_KINDS.join(' | ')} (default: oracle)
  --model PROVIDER:NAME  the model, with --agent model (e.g. openai:gpt-5-mini)
  --agent-command CMD    the command line of your agent, with --agent command
  --base-url URL         API base URL for openai-compatible models (or OPSBENCH_BASE_URL)
  --model-option K=V     model setting, repeatable: temperature, top_p, reasoning_effort, thinking_budget,
                         max_output_tokens, or <provider>.<option>=<json>
  --max-turns N          model turns per trial (default 100; 0 = no limit)
  --max-tokens N         input+output tokens per trial (0 = no limit)
  --max-cost USD         cost per trial from the price table (0 = no limit)
  --pass-key NAME        hand this provider key env var to the command agent (repeatable; opt-in)
  --attempts K           attempts per task (default: 1)
  --concurrency N        trials at once (default: 2)
  --runtime KIND         ${RUNTIME_CHOICES.join(' | ')} (default: auto: Docker when a daemon answers)
  --unsafe-local         with --runtime local: run the model or command agent on this machine anyway, where
                         it can read the harness's environment (provider keys, GITHUB_TOKEN) and your files
  --shard I/N            run only shard I of N (tasks sorted by id, every N-th)
  --out DIR              results and artifacts (default: .opsbench/out)
  --cache-dir DIR        computed FAIL_TO_PASS lists (default: <out>/../.opsbench-cache)
  -v, --verbose          print every trial's phase lines too

A task that does not load is listed at the start, recorded as \`invalid\` in results.jsonl and the report, and
the valid tasks run anyway.

Exit status: 0 when the run completed (failing trials included), 1 for invalid tasks or a harness error,
130 when interrupted (results so far are kept; rerun to resume).
`;

export const runCommand: CliCommand = {
  name: 'run',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        tasks: { type: 'string' },
        agent: { type: 'string' },
        model: { type: 'string' },
        'agent-command': { type: 'string' },
        'base-url': { type: 'string' },
        'model-option': { type: 'string', multiple: true },
        'pass-key': { type: 'string', multiple: true },
        'max-turns': { type: 'string' },
        'max-tokens': { type: 'string' },
        'max-cost': { type: 'string' },
        attempts: { type: 'string' },
        concurrency: { type: 'string' },
        runtime: { type: 'string' },
        'unsafe-local': { type: 'boolean' },
        shard: { type: 'string' },
        out: { type: 'string' },
        'cache-dir': { type: 'string' },
        verbose: { type: 'boolean', short: 'v' }
      }
    });
    const config = parseRunConfig({
      ...values,
      agentCommand: values['agent-command'],
      unsafeLocal: values['unsafe-local'],
      cacheDir: values['cache-dir'],
      baseUrl: values['base-url'],
      modelOptions: values['model-option'],
      passKeys: values['pass-key'],
      maxTurns: values['max-turns'],
      maxTokens: values['max-tokens'],
      maxCostUsd: values['max-cost']
    });
    const shardNote = config.shard ? `, shard ${config.shard.index}/${config.shard.total}` : '';
    const line = (text: string) => io.stdout.write(`${text}\n`);
    const result = await withCancelSignal(io, async (signal) =>
      runPipeline({
        config,
        // Only the front ends read process.env: provider keys go to the agent factory, never to the agent's
        // environment; the host's extra CAs go to image builds.
        hostEnv: await withHostCaCerts(process.env),
        agent: { cliPath: cliBundlePath(process.argv[1]) },
        onProblems: (problems, invalid) => {
          for (const text of problems) io.stderr.write(`${text}\n`);
          // A set with some invalid tasks still runs the valid ones; only a set with nothing valid stops here.
          const which = invalid.length > 0 ? `${invalid.length} invalid task(s) (${invalid.map((t) => t.id).join(', ')}), recorded as invalid` : 'nothing loaded';
          io.stderr.write(`opsbench run: ${problems.length} problem(s) in ${config.tasks}: ${which}; opsbench validate ${config.tasks} lists the same\n`);
        },
        onStart: ({ runId, selected, agent, tasks }) => {
          io.stdout.write(`${describeRuntime(selected)}\n`);
          const who = agent.model ? `${agent.name} (${agent.model})` : agent.name;
          io.stdout.write(`run ${runId}: ${tasks.length} task(s) x ${config.attempts} attempt(s), agent ${who}, concurrency ${config.concurrency}${shardNote}\n`);
        },
        log: line,
        verbose: config.verbose ? line : undefined,
        // The Action says nothing: its post step cleans up after a cancelled job.
        cleanupHint: (runId) => `remove what it left (containers, build processes, scratch) with: opsbench cleanup ${runId}`,
        signal
      })
    );
    if (result.kind === 'empty') {
      if (result.problems.length > 0 && result.loaded.length === 0 && result.invalid.length === 0) return 1;
      io.stdout.write(`opsbench run: no tasks to run (${result.loaded.length} loaded${shardNote})\n`);
      return result.invalid.length > 0 ? 1 : 0;
    }
    const { outcome, invalid } = result;
    io.stdout.write(formatRunSummary([...outcome.results, ...result.invalidResults], outcome.resumed.length));
    io.stdout.write(`results: ${displayPath(outcome.resultsFile)}\n`);
    if (outcome.cancelled) {
      io.stderr.write('opsbench run: interrupted; finished trials are kept, rerun the same command to resume\n');
      return 130;
    }
    if (invalid.length > 0) {
      io.stderr.write(`opsbench run: ${invalid.length} task(s) did not load and were not run: ${invalid.map((t) => t.id).join(', ')} (see the lines above)\n`);
      return 1;
    }
    if (outcome.harnessErrors > 0) {
      io.stderr.write(`opsbench run: the harness failed on ${outcome.harnessErrors} trial(s) (error_class internal, "harness error: ..."); see results.jsonl\n`);
      return 1;
    }
    return 0;
  }
};

/**
 * The closing lines: counts by status and Pass@1 (mean over tasks of passed / attempts; skipped trials
 * are left out, so a task skipped on every attempt does not count; errors count as not passed).
 */
export function formatRunSummary(results: TrialResult[], resumed: number): string {
  const run = summarize(results).runs[0];
  if (!run) return 'summary: no trials\n';
  const kept = resumed > 0 ? ` (${resumed} resumed)` : '';
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const invalid = results.filter((r) => r.error_class === 'invalid').length;
  const counts = `${run.passed} passed, ${run.failed} failed, ${run.errors} error, ${run.skipped - invalid} skipped${invalid ? `, ${invalid} invalid` : ''}`;
  const pass =
    run.tasks > 0
      ? `Pass@1 ${pct(run.pass_at_1)} over ${run.tasks} task(s), 95% CI ${pct(run.ci95[0])}-${pct(run.ci95[1])} (mean over tasks of passed/attempts; skipped excluded, errors count as not passed)`
      : 'Pass@1 n/a: every task was skipped';
  const errors = Object.entries(run.error_classes)
    .filter(([cls]) => cls !== 'skipped' && cls !== 'invalid')
    .map(([cls, n]) => `${cls} ${n}`)
    .join(', ');
  return `summary: ${results.length} trial(s)${kept}: ${counts}\n${pass}\n${errors ? `errors by class: ${errors}\n` : ''}`;
}

/**
 * The running CLI bundle (`.../dist/cli/index.js`), which the command agent's mcp.json can start as the
 * logs/context MCP servers on the local runtime; undefined when running from elsewhere (tests, ts sources).
 */
export function cliBundlePath(script: string | undefined): string | undefined {
  if (!script) return undefined;
  let resolved: string;
  try {
    // An npm bin is a symlink (node_modules/.bin/opsbench); the bundle is what it points at.
    resolved = realpathSync(script);
  } catch {
    return undefined;
  }
  return resolved.endsWith(path.join('dist', 'cli', 'index.js')) ? resolved : undefined;
}

/** A path relative to the working directory when it lies below it, else absolute. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/**
 * Runs `fn` with a signal that fires on SIGINT/SIGTERM (or when `io.signal` does): in-flight trials tear
 * down and the results so far are kept. A second signal quits at once with 130.
 */
export function withCancelSignal<T>(io: CliIO, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return withCancelOnSignals(fn, {
    parent: io.signal,
    onSignal: (name, received) => {
      if (received > 1) {
        io.stderr.write(`opsbench: ${name} again: quitting without teardown\n`);
        process.exit(130);
      }
      io.stderr.write(`\nopsbench: ${name}: stopping; tearing down the trials in flight (send it again to quit at once)\n`);
    }
  });
}
