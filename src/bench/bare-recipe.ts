import { copyFile } from 'node:fs/promises';
import os from 'node:os';
import { OpsBenchError } from '../core/errors.js';
import { runProcess } from '../runtime/process-exec.js';
import type { LoggedCall } from './docker-call-log.js';

/** An exec that unpacked a tar from its stdin into the container (the workspace's setup for a root image). */
export interface BareUnpack {
  exec: string[];
  containerAt: number;
  exitCode: number;
  /** Host file holding the tar it read. */
  stdin: string;
}

/** One container's part of a trial as bare repeats it: the copies into the container, then one exec there. */
export interface BareStep {
  /** Host files holding the tars the trial streamed into the container (`cp - <id>:/`), in call order. */
  copies: string[];
  /** The execs that unpacked a tar from stdin there instead, repeated as they ran. */
  unpacks: BareUnpack[];
  /** The `docker exec` argv as the trial ran it (report flags, env such as TEST_DIR, cwd, timeout). */
  exec: string[];
  /** Where in `exec` the container stands, to put bare's there. */
  containerAt: number;
  /** What the trial's exec exited with: bare's must match, or it did not do the same work. */
  exitCode: number;
  /** Host file holding what the exec read on stdin (`exec -i`: the oracle's solution.sh), when it read any. */
  stdin?: string;
}

/** What bare repeats of a trial: the suite, and the agent's run when the suite needs what it left running. */
export interface BareRecipe {
  /** The oracle's solution run in the workspace, with the copies into it (the repository, the script). */
  agent?: BareStep;
  /** The grading suite, with everything grading copied into its container (the agent's files, the tests). */
  suite: BareStep;
}

/** The suite's report-directory prelude (grade/run-suite.ts suitePrelude) for a grading scratch directory. */
const SUITE_PRELUDE = /^mkdir -p -- '[^']*\/opsbench-grade\.[^']*' \|\| exit 125$/m;
/**
 * The oracle's solution run (grade/solution.ts): solution.sh on stdin of an exec whose shell is named
 * `opsbench-solution`, or a script under a scratch directory made by mktemp as opsbench-solution.*.
 */
const SOLUTION_RUN = /\/opsbench-solution\.[^/\s]+\/|^opsbench-solution$/;

/** The runtime's unpacking of a tar from the exec's stdin (runtime/docker/workspace.ts, SETUP_AS_ROOT). */
const TAR_FROM_STDIN = /^tar -x -f - -C "\$1"/m;

/** `docker exec` options that take a value as the next argument. */
const EXEC_VALUED = new Set(['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys']);

function recipeError(message: string): OpsBenchError {
  return new OpsBenchError(`bench: ${message}`, { phase: 'config', errorClass: 'internal' });
}

/**
 * What bare repeats, from one trial's call log. The suite: the last exec whose script opens with the grading
 * report-directory prelude (FAIL_TO_PASS computation, when its cache was cold, ran suites before it in other
 * environments). With `agentRun` (an integration suite tests the processes the agent left running in the
 * workspace, e.g. a queue worker), also the oracle's solution run: the last exec of a script under its
 * scratch directory before the suite. Each with every `cp -` into its container before it, and every exec
 * there that unpacked a tar from its stdin (the workspace's setup).
 * @throws OpsBenchError when the log holds no such exec, or a copy went somewhere bare cannot repeat in one call
 */
export function suiteRecipe(calls: LoggedCall[], opts: { agentRun: boolean }): BareRecipe {
  const at = calls.findLastIndex((c) => c.argv[0] === 'exec' && c.argv.some((a) => SUITE_PRELUDE.test(a)));
  if (at < 0) throw recipeError("no suite exec in the trial's docker calls (its script opens with the grading prelude `mkdir -p -- '.../opsbench-grade.*'`)");
  const suite = stepAt(calls, at);
  if (!opts.agentRun) return { suite };
  const ran = calls.slice(0, at).findLastIndex((c) => c.argv[0] === 'exec' && !c.argv.includes('mktemp') && c.argv.some((a) => SOLUTION_RUN.test(a)));
  if (ran < 0) throw recipeError("no run of the oracle's solution in the trial's docker calls (an exec of opsbench-solution or of a script under /tmp/opsbench-solution.*)");
  return { agent: stepAt(calls, ran), suite };
}

/** The exec at `at` and the copies into its container before it. */
function stepAt(calls: LoggedCall[], at: number): BareStep {
  const exec = calls[at]!;
  const containerAt = execContainerIndex(exec.argv);
  const container = exec.argv[containerAt]!;
  const copies: string[] = [];
  const unpacks: BareUnpack[] = [];
  for (const c of calls.slice(0, at)) {
    if (c.argv[0] === 'exec' && c.stdin !== undefined && c.argv.some((a) => TAR_FROM_STDIN.test(a))) {
      const where = execContainerIndex(c.argv);
      if (c.argv[where] === container) unpacks.push({ exec: c.argv, containerAt: where, exitCode: c.exitCode, stdin: c.stdin });
      continue;
    }
    if (c.argv[0] !== 'cp' || c.argv[1] !== '-') continue;
    const target = c.argv[2] ?? '';
    const colon = target.indexOf(':');
    if (target.slice(0, colon) !== container) continue;
    if (target.slice(colon + 1) !== '/' || c.stdin === undefined) {
      throw recipeError(`the trial copied a tar into ${target}; bare merges copies into / only (each tar's entries carry their container paths)`);
    }
    copies.push(c.stdin);
  }
  if (copies.length === 0 && unpacks.length === 0) throw recipeError(`the trial copied nothing into the container ${container.slice(0, 12)} before its exec`);
  return { copies, unpacks, exec: exec.argv, containerAt, exitCode: exec.exitCode, ...(exec.stdin !== undefined ? { stdin: exec.stdin } : {}) };
}

/** Index of the container in `docker exec [options] <container> <command>...`. */
export function execContainerIndex(argv: string[]): number {
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (EXEC_VALUED.has(arg)) i++;
    else if (!arg.startsWith('-')) return i;
  }
  throw recipeError(`no container in docker ${argv.join(' ').slice(0, 200)}`);
}

/** The step's exec aimed at another container. */
export function retargetExec(step: Pick<BareStep, 'exec' | 'containerAt'>, container: string): string[] {
  return step.exec.map((a, i) => (i === step.containerAt ? container : a));
}

/**
 * The copies as one tar, entries untouched (owners, modes, order), so one `docker cp -` does what they did:
 * GNU tar's --concatenate appends each archive's members to the first.
 * @throws OpsBenchError when tar fails
 */
export async function mergeTars(tars: string[], out: string): Promise<void> {
  const [first, ...rest] = tars;
  if (first === undefined) throw recipeError('no tar to merge');
  await copyFile(first, out);
  // One archive per call: GNU tar 1.34 given several appends the first and silently drops the rest.
  for (const tar of rest) {
    const merged = await runProcess(['tar', '--concatenate', '-f', out, tar], { cwd: os.tmpdir(), env: { PATH: '/usr/local/bin:/usr/bin:/bin', LC_ALL: 'C' }, timeoutSec: 300 });
    if (merged.exitCode !== 0) throw recipeError(`tar --concatenate of the trial's copies failed: ${merged.stderr.trim().slice(0, 500)}`);
  }
}
