import { z } from 'zod';
import { GradeError } from '../core/errors.js';
import { insertAfter, shellQuote } from './command.js';
import { singleFileReport, type TestCaseResult, type TestFramework } from './framework.js';

/** `go test`: the test2json event stream (`-json`) on stdout, kept whole in a report file. */
export const go: TestFramework = {
  ...singleFileReport('report.jsonl', rewriteGo),
  parse: (text) => parseGo(text),
  harnessFiles: [],
  toolchain: { host: ['go'], apt: ['golang-go'], npm: [] },
  flagRules: [
    { code: 'go-testing-internals', path: /\.go$/, added: /\btesting\.(?:MainStart|Init|RegisterCover|InternalTest|M\b)|go:linkname\s+\S+\s+testing\./ },
    { code: 'go-fake-test-events', path: /\.go$/, added: /"Action"\s*:\s*"(?:pass|fail)"/ }
  ],
  apexAliases: ['gotest', 'go test', 'golang']
};

// One test2json event, read only as far as grading needs (https://pkg.go.dev/cmd/test2json).
const EventSchema = z.object({
  Action: z.string(),
  Package: z.string().nullish(),
  Test: z.string().nullish(),
  /** Set on a package's final `fail` when its test binary did not build (Go >= 1.24). */
  FailedBuild: z.string().nullish(),
  Output: z.string().nullish()
});

const FINAL: Record<string, TestCaseResult['status']> = { pass: 'passed', fail: 'failed', skip: 'skipped' };

/**
 * The `go test -json` event stream to one result per test run, id `pkg/TestName` (subtests
 * `pkg/TestName/sub`), from each test's final pass/fail/skip action. Lines that are not JSON events (other
 * commands' output) are ignored. A test that started but never finished (killed at the timeout, or the
 * binary exited mid-test) is failed. A package that failed without a failing test (it did not build, or
 * its binary died outside a test) adds one error entry, `pkg [build failed]` or `pkg [package failed]`:
 * its tests did not run, and the entry keeps that from looking like a clean exit.
 */
export function parseGo(reportText: string): TestCaseResult[] {
  const results: TestCaseResult[] = [];
  const running = new Map<string, string>();
  const failedPackages = new Map<string, boolean>();
  const packagesWithFailures = new Set<string>();
  const buildFailedBefore = new Set<string>();
  for (const line of reportText.split('\n')) {
    const event = readEvent(line);
    if (!event?.Package) continue;
    const pkg = event.Package;
    if (!event.Test) {
      if (event.Action === 'fail') failedPackages.set(pkg, Boolean(event.FailedBuild) || buildFailedBefore.has(pkg));
      // Before Go 1.24 a build failure shows only as this output line, ahead of the package's `fail`.
      if (event.Action === 'output' && event.Output?.includes('[build failed]')) buildFailedBefore.add(pkg);
      continue;
    }
    const id = `${pkg}/${event.Test}`;
    if (event.Action === 'run') {
      running.set(id, pkg);
      continue;
    }
    const status = FINAL[event.Action];
    if (status === undefined) continue;
    running.delete(id);
    results.push({ id, status });
    if (status === 'failed') packagesWithFailures.add(pkg);
  }
  for (const [id, pkg] of running) {
    results.push({ id, status: 'failed' });
    packagesWithFailures.add(pkg);
  }
  for (const [pkg, buildFailed] of failedPackages) {
    if (!packagesWithFailures.has(pkg)) results.push({ id: `${pkg} [${buildFailed ? 'build' : 'package'} failed]`, status: 'error' });
  }
  return results;
}

function readEvent(line: string): z.infer<typeof EventSchema> | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed = EventSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * `go test -json` for every `go test` in the command, and the command's stdout (the event stream) into
 * `report`, so the 10 MiB console cap never cuts the stream.
 * @throws GradeError when the command has no `go test`
 */
export function rewriteGo(command: string, report: string): string {
  const withJson = insertAfter(command, String.raw`go\s+test`, '-json', true);
  if (withJson === null) throw new GradeError(`tests.command must run \`go test\` (got: ${command}); the grader adds -json to it`);
  return `{ ${withJson}\n} > ${shellQuote(report)}`;
}
