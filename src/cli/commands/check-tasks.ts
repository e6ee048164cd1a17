import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveAgent } from '../../agent/registry.js';
import { describeRuntime, selectRuntime } from '../../runtime/select.js';
import { loadTaskSet } from '../../task/load.js';
import { checkTasks, renderCheckTable } from '../../trial/check-tasks.js';
import { parseRunConfig } from '../../trial/run-config.js';
import { newRunId } from '../../trial/scheduler.js';
import { withHostCaCerts } from '../host-ca.js';
import { cliFlag, withFieldNames } from '../flags.js';
import type { CliCommand } from '../io.js';
import { withCancelSignal } from './run.js';

const usage = `Usage: opsbench check-tasks [options] [TASK_DIR...]

Checks that tasks grade what they claim: the oracle (golden solution) must pass every time and the null
agent (no change) must fail every time. A task whose verdict changes between repeats is FLAKY; one whose
oracle never passes or whose null agent always passes is INVALID.

Options:
  --repeat N          runs per agent and task (default: 1)
  --concurrency N     trials at once (default: 2)
  --runtime KIND      auto | docker | local (default: auto)
  --out DIR           artifacts of the check trials (default: .opsbench/check-tasks)
  --strict            a skipped task (runtime cannot run it) fails the check too
  -v, --verbose       print every trial's phase lines too

TASK_DIR defaults to tasks. Exit status: 1 when a task is invalid, flaky or could not be checked (error),
0 otherwise; 130 when interrupted.
`;

export const checkTasksCommand: CliCommand = {
  name: 'check-tasks',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        repeat: { type: 'string' },
        concurrency: { type: 'string' },
        runtime: { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' }
      }
    });
    // Reuses run's schema so --repeat/--concurrency/--runtime accept and reject exactly what run does.
    const config = withFieldNames(
      (field) => (field === 'attempts' ? '--repeat' : cliFlag(field)),
      () => parseRunConfig({ attempts: values.repeat, concurrency: values.concurrency, runtime: values.runtime, out: values.out ?? '.opsbench/check-tasks' })
    );
    const dirs = positionals.length > 0 ? positionals : ['tasks'];
    const { tasks, problems } = await loadTaskSet(dirs, { env: process.env });
    if (problems.length > 0) {
      for (const line of problems) io.stderr.write(`${line}\n`);
      io.stderr.write(`opsbench check-tasks: ${problems.length} problem(s); fix them first (opsbench validate lists the same)\n`);
      return 1;
    }
    const selected = await selectRuntime(config.runtime, { hostEnv: await withHostCaCerts(process.env) });
    io.stdout.write(`${describeRuntime(selected)}\n`);
    io.stdout.write(`check-tasks: ${tasks.length} task(s), oracle and null x ${config.attempts}\n`);
    const line = (text: string) => io.stdout.write(`${text}\n`);
    const { checks, cancelled } = await withCancelSignal(io, async (signal) =>
      checkTasks({
        tasks,
        oracle: await resolveAgent('oracle'),
        nullAgent: await resolveAgent('null'),
        repeat: config.attempts,
        runtime: selected.runtime,
        concurrency: config.concurrency,
        outDir: path.resolve(config.out),
        runId: newRunId(),
        log: line,
        verbose: values.verbose ? line : undefined,
        signal
      })
    );
    io.stdout.write(`\n${renderCheckTable(checks)}`);
    if (cancelled) return 130;
    const bad = checks.filter((c) => c.verdict === 'invalid' || c.verdict === 'flaky' || c.verdict === 'error');
    const skipped = checks.filter((c) => c.verdict === 'skipped');
    const ok = checks.length - bad.length - skipped.length;
    io.stdout.write(`\n${ok} ok, ${bad.length} not ok, ${skipped.length} skipped${values.strict && skipped.length ? ' (--strict: skips fail the check)' : ''}\n`);
    return bad.length > 0 || (values.strict === true && skipped.length > 0) ? 1 : 0;
  }
};
