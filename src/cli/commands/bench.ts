import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderDockerBench, runDockerBench } from '../../bench/docker-bench.js';
import { renderGateBench, runGateBench } from '../../bench/gate-bench.js';
import { renderScaleBench, runScaleBench } from '../../bench/scale-bench.js';
import { renderBareBench, runBareBench } from '../../bench/bare-bench.js';
import { renderBenchTable, runBench } from '../../bench/run-bench.js';
import { describeRuntime, selectRuntime } from '../../runtime/select.js';
import { UserInputError } from '../../core/errors.js';
import { parseRunConfig } from '../../trial/run-config.js';
import { cliFlag, withFieldNames } from '../flags.js';
import { withHostCaCerts } from '../host-ca.js';
import type { CliCommand, CliIO } from '../io.js';
import { displayPath, withCancelSignal } from './run.js';

const usage = `Usage: opsbench bench [options]

Measures the harness's overhead per trial (trial wall time minus the test command's own time) with the
null agent on a tiny pytest task, at several concurrency levels, and writes the figures as JSON.

Options:
  --trials N            trials per concurrency level (default: 50)
  --concurrency LIST    comma-separated levels (default: 1,2,4)
  --runtime KIND        auto | docker | local (default: local)
  --out FILE            where to write the JSON (default: .opsbench/bench.json)
  --docker              instead: the Docker runtime's environment start and teardown p50/p95 over --trials
                        warm cycles (default 10) and the speed-up over a cold (--no-cache) start
                        (default out: .opsbench/bench-docker.json)
  --gate                instead: the gate's error rates by simulation through the report code (A/A false
                        alarms of a 50-task suite, power for a 10-point drop at 50 and 200 tasks; --trials
                        comparisons each, default 1000), the report job at 200 tasks x 3 attempts x 3 models
                        (opsbench report in a child: wall time, CPU, peak RSS, comment size),
                        and the plan's makespan over 8 shards (default out: .opsbench/bench-gate.json)
  --scale               instead: post-processing and the logs server at size, each as the CLI in a child process
                        (wall time, peak RSS; median of --trials runs, default 3): report of 1k/10k/100k trials
                        in every format and against a baseline, plan of 1,000 tasks, the logs MCP server on
                        1M lines in 1 and 16 files (first call, selective and broad capped query p50)
                        (default out: .opsbench/bench-scale.json)
  --bare                instead: the oracle's trial beside the bare minimum of the same trial, interleaved: compose
                        up --wait of its stack, one docker cp of what its grading copied into the suite's
                        container, the trial's own suite exec (which must exit as the trial's did), down -v (plus
                        the agent's run first where the suite tests what it left running); beside the same bare run
                        with up -d and the runtime's own wait (compose's --wait idles 0.5 s first); and beside the older
                        empty-suite figure (the test command against the bare images); --trials rounds per task
                        (default 5), with docker calls per trial; tasks: --tasks DIR,DIR (default the shipped
                        Python observability and Redis integration tasks) (default out: .opsbench/bench-bare.json)
`;

export const benchCommand: CliCommand = {
  name: 'bench',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        trials: { type: 'string' },
        concurrency: { type: 'string' },
        runtime: { type: 'string' },
        out: { type: 'string' },
        docker: { type: 'boolean' },
        gate: { type: 'boolean' },
        scale: { type: 'boolean' },
        bare: { type: 'boolean' },
        tasks: { type: 'string' }
      }
    });
    if (values.bare) return bareBench(io, values.trials ?? '5', values.tasks, path.resolve(values.out ?? '.opsbench/bench-bare.json'));
    if (values.scale) return scaleBench(io, values.trials ?? '3', path.resolve(values.out ?? '.opsbench/bench-scale.json'));
    if (values.gate) return gateBench(io, values.trials ?? '1000', path.resolve(values.out ?? '.opsbench/bench-gate.json'));
    if (values.docker) return dockerBench(io, values.trials ?? '10', path.resolve(values.out ?? '.opsbench/bench-docker.json'));
    const levels = (values.concurrency ?? '1,2,4').split(',').map((level) => {
      const config = withFieldNames(() => '--concurrency', () => parseRunConfig({ concurrency: level }));
      return config.concurrency;
    });
    if (levels.length === 0) throw new UserInputError('--concurrency must list at least one level, e.g. 1,2,4');
    const config = withFieldNames(
      (field) => (field === 'attempts' ? '--trials' : cliFlag(field)),
      () => parseRunConfig({ attempts: values.trials ?? '50', runtime: values.runtime ?? 'local' })
    );
    const out = path.resolve(values.out ?? '.opsbench/bench.json');
    const selected = await selectRuntime(config.runtime, { hostEnv: await withHostCaCerts(process.env) });
    io.stdout.write(`${describeRuntime(selected)}\n`);
    io.stdout.write(`bench: ${config.attempts} trials x concurrency ${levels.join(', ')} (null agent, tiny pytest task)\n`);
    let interrupted = false;
    const report = await withCancelSignal(io, (signal) => {
      signal.addEventListener('abort', () => (interrupted = true));
      return runBench({
        trials: config.attempts,
        concurrency: levels,
        runtime: selected.runtime,
        signal,
        log: (line) => io.stdout.write(`${line}\n`)
      });
    });
    io.stdout.write(`\n${renderBenchTable(report)}`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(`wrote ${displayPath(out)}\n`);
    return interrupted ? 130 : 0;
  }
};

/** `opsbench bench --docker`: src/bench/docker-bench.ts, through the same cancel signal and output as the local bench. */
async function dockerBench(io: CliIO, trials: string, out: string): Promise<number> {
  const config = withFieldNames(() => '--trials', () => parseRunConfig({ attempts: trials, runtime: 'docker' }));
  await selectRuntime('docker', { hostEnv: process.env });
  const hostEnv = await withHostCaCerts(process.env);
  io.stdout.write(`bench --docker: ${config.attempts} warm environment cycles and one cold one (two-service task)\n`);
  let interrupted = false;
  let report;
  try {
    report = await withCancelSignal(io, (signal) => {
      signal.addEventListener('abort', () => (interrupted = true));
      return runDockerBench({ trials: config.attempts, runtime: { hostEnv }, signal, log: (line) => io.stdout.write(`${line}\n`) });
    });
  } catch (error) {
    if (!interrupted) throw error;
    io.stderr.write('opsbench bench --docker: interrupted; nothing written\n');
    return 130;
  }
  io.stdout.write(`\n${renderDockerBench(report)}`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  io.stdout.write(`wrote ${displayPath(out)}\n`);
  return 0;
}

/** `opsbench bench --gate`: src/bench/gate-bench.ts. */
async function gateBench(io: CliIO, trials: string, out: string): Promise<number> {
  const config = withFieldNames(() => '--trials', () => parseRunConfig({ attempts: trials }));
  const cli = { node: process.execPath, execArgv: process.execArgv, entry: path.resolve(process.argv[1]!) };
  const report = await runGateBench({ comparisons: config.attempts, cli, log: (line) => io.stdout.write(`${line}\n`) });
  io.stdout.write(`\n${renderGateBench(report)}`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  io.stdout.write(`wrote ${displayPath(out)}\n`);
  return 0;
}

/** `opsbench bench --scale`: src/bench/scale-bench.ts; the children are this same CLI, started as this one was. */
async function scaleBench(io: CliIO, repeats: string, out: string): Promise<number> {
  const config = withFieldNames(() => '--trials', () => parseRunConfig({ attempts: repeats }));
  const cli = { node: process.execPath, execArgv: process.execArgv, entry: path.resolve(process.argv[1]!) };
  io.stdout.write(`bench --scale: report, plan and logs server at size, median of ${config.attempts} runs each\n`);
  const report = await runScaleBench({ cli, repeats: config.attempts, log: (line) => io.stdout.write(`${line}\n`) });
  io.stdout.write(`\n${renderScaleBench(report)}`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  io.stdout.write(`wrote ${displayPath(out)}\n`);
  return 0;
}

const BARE_TASKS = ['tasks/observability/obs-py-webhook-retry-after', 'tasks/integration/int-redis-signup-worker'];

/** `opsbench bench --bare`: src/bench/bare-bench.ts. */
async function bareBench(io: CliIO, trials: string, tasks: string | undefined, out: string): Promise<number> {
  const config = withFieldNames(() => '--trials', () => parseRunConfig({ attempts: trials, runtime: 'docker' }));
  await selectRuntime('docker', { hostEnv: process.env });
  const hostEnv = await withHostCaCerts(process.env);
  const dirs = tasks ? tasks.split(',').map((t) => t.trim()).filter(Boolean) : BARE_TASKS;
  io.stdout.write(`bench --bare: ${config.attempts} oracle trials and bare runs per task, interleaved: ${dirs.join(', ')}\n`);
  let interrupted = false;
  const report = await withCancelSignal(io, (signal) => {
    signal.addEventListener('abort', () => (interrupted = true));
    return runBareBench({ tasks: dirs, trials: config.attempts, hostEnv, signal, log: (line) => io.stdout.write(`${line}\n`) });
  });
  io.stdout.write(`\n${renderBareBench(report)}`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  io.stdout.write(`wrote ${displayPath(out)}\n`);
  return interrupted ? 130 : 0;
}
