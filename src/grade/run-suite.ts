import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Environment } from '../runtime/environment.js';
import { cutNote } from '../runtime/process-exec.js';
import type { Task } from '../task/task.js';
import { OpsBenchError } from '../core/errors.js';
import { GRADE_FILES } from '../core/trial-paths.js';
import type { ReportFile } from '../frameworks/framework.js';
import { shellQuote } from '../frameworks/command.js';
import { frameworks } from '../frameworks/registry.js';
import { mergeDuplicates } from './merge-duplicates.js';
import type { SuiteRun, TestCaseResult } from './outcome.js';

export interface RunSuiteOptions {
  /** A fresh directory in the environment, outside the workspace (scratch-dir.ts); the report goes under it. */
  scratchDir: string;
  /** Extra variables for the test command (e.g. TEST_DIR for integration suites). */
  env?: Record<string, string>;
  /** Host directory for test-output.txt, the raw report(s) and tests.json. */
  artifactsDir?: string;
  signal?: AbortSignal;
}

/**
 * Runs the task's test command once with the framework's structured report switched on and parses the
 * report per test id. The console output is kept for people, never read for the verdict.
 * @throws the signal's reason when `signal` fires (the caller's deadline or cancel, not a verdict)
 */
export async function runSuite(env: Environment, task: Task, opts: RunSuiteOptions): Promise<SuiteRun> {
  const adapter = frameworks[task.tests.framework];
  const reportDir = `${opts.scratchDir}/report`;
  const command = adapter.rewrite(task.tests.command, reportDir);
  const reportFile = adapter.reportFile?.(reportDir);
  const mark = `opsbench-report-${randomBytes(8).toString('hex')}`;
  // One exec: the report directory made and stale reports removed (their output dropped) before the suite,
  // the report printed after it.
  const result = await env.exec(`${suitePrelude(reportDir, adapter.cleanup)}${command}${reportFile ? reportEpilogue(reportFile, mark) : ''}`, {
    cwd: env.workdir,
    timeoutSec: task.timeouts.testSec,
    env: opts.env,
    signal: opts.signal
  });
  opts.signal?.throwIfAborted();

  const printed = reportFile !== undefined && !result.truncated ? takePrintedReport(result.stdout, mark) : null;
  const stdout = printed ? printed.before : result.stdout;
  const files = printed && reportFile !== undefined ? [{ path: reportFile, text: printed.text }] : await adapter.collect(env, reportDir);
  const notes: string[] = [];
  const parsed: TestCaseResult[] = [];
  let unreadable: string | undefined;
  for (const file of files) {
    try {
      parsed.push(...adapter.parse(file.text, env.workdir));
    } catch (error) {
      // A report cut off by the timeout kill is expected; otherwise an unreadable report means no verdict.
      const why = `${file.path}: ${OpsBenchError.isInstance(error) ? error.message : String(error)}`;
      if (!result.timedOut) unreadable ??= why;
      notes.push(`unreadable report ${why}`);
    }
  }
  const testDir = opts.env?.TEST_DIR;
  const { tests, duplicates } = mergeDuplicates(testDir ? parsed.map((t) => ({ ...t, id: stableId(t.id, testDir) })) : parsed);
  for (const d of duplicates) notes.push(`test id "${d.id}" reported ${d.count} times; kept the worst status (${d.kept})`);

  let problem: string | undefined;
  if (files.length === 0) problem = `no ${task.tests.framework} report was written (expected under ${reportDir})`;
  else if (unreadable !== undefined) problem = `the report is unreadable: ${unreadable}`;
  else if (tests.length === 0) problem = 'the report holds no tests';

  const output = `${stdout}${result.stderr ? `\n${result.stderr}` : ''}${cutNote(result)}`;
  const run: SuiteRun = {
    ran: problem === undefined,
    exitCode: result.exitCode,
    timedOut: result.timedOut,
    tests,
    output,
    durationMs: result.durationMs,
    ...(problem === undefined ? {} : { problem }),
    notes
  };
  if (opts.artifactsDir) await saveArtifacts(opts.artifactsDir, command, run, files);
  return run;
}

/** Shell lines run before the test command in the same exec; exit 125 when the report directory cannot be made. */
export function suitePrelude(reportDir: string, cleanup?: string): string {
  return `mkdir -p -- ${shellQuote(reportDir)} || exit 125\n${cleanup ? `( ${cleanup} ) >/dev/null 2>&1\n` : ''}`;
}

/**
 * Shell lines run after the test command in the same exec: the report file, when there is one, printed
 * under a line `<mark> <its size in bytes>`, and the command's own exit status kept. A command that exits
 * by itself, or is killed at the timeout, prints nothing, and the report is read from the file.
 */
export function reportEpilogue(file: string, mark: string): string {
  const q = shellQuote(file);
  return `\n__opsbench_status=$?\nif [ -f ${q} ]; then printf '\\n%s %s\\n' '${mark}' "$(wc -c < ${q})"; cat -- ${q}; fi\nexit $__opsbench_status\n`;
}

/**
 * The report the exec printed after the suite ({@link reportEpilogue}) and the output before it: the FIRST
 * `<mark> <size>` line followed by exactly that many bytes to the end. A section the suite's code printed
 * while it ran is followed by the real one, so its size does not hold. Null when none holds (the report is
 * then read from the file).
 */
export function takePrintedReport(stdout: string, mark: string): { before: string; text: string } | null {
  const header = `\n${mark} `;
  for (let at = stdout.indexOf(header); at >= 0; at = stdout.indexOf(header, at + 1)) {
    const eol = stdout.indexOf('\n', at + header.length);
    if (eol < 0) return null;
    const size = stdout.slice(at + header.length, eol).trim();
    const text = stdout.slice(eol + 1);
    if (/^\d+$/.test(size) && Buffer.byteLength(text) === Number(size)) return { before: stdout.slice(0, at), text };
  }
  return null;
}

/**
 * Test ids without the random grading directory: a runner that reports paths relative to some root above
 * TEST_DIR (pytest's rootdir is the common ancestor of the test dir and the cwd) would otherwise give
 * every trial different ids, e.g. `tmp/opsbench-grade.Ab12/tests/test_x.py::test_y`.
 */
export function stableId(id: string, testDir: string): string {
  const marker = `${path.posix.basename(path.posix.dirname(testDir))}/${path.posix.basename(testDir)}/`;
  const at = id.indexOf(marker);
  return at < 0 ? id : id.slice(at + marker.length);
}

/** test-output.txt (the command, its exit and output), the raw report files and tests.json under `dir`. */
export async function saveArtifacts(dir: string, command: string, run: SuiteRun, files: ReportFile[]): Promise<void> {
  await mkdir(path.join(dir, GRADE_FILES.reportDir), { recursive: true });
  const header = `$ ${command}\n# exit ${run.exitCode}${run.timedOut ? ' (killed at the timeout)' : ''}, ${Math.round(run.durationMs)} ms\n`;
  await writeFile(path.join(dir, GRADE_FILES.output), `${header}${run.output}`);
  await Promise.all(
    files.map((f, i) => writeFile(path.join(dir, GRADE_FILES.reportDir, `${files.length > 1 ? `${i}-` : ''}${path.posix.basename(f.path)}`), f.text))
  );
  const summary = { ran: run.ran, problem: run.problem ?? null, exitCode: run.exitCode, timedOut: run.timedOut, notes: run.notes, tests: run.tests };
  await writeFile(path.join(dir, GRADE_FILES.tests), `${JSON.stringify(summary, null, 2)}\n`);
}
