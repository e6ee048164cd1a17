import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportEpilogue, takePrintedReport } from '../../src/grade/run-suite.js';

// The suite's exec prints its report after the run (run-suite.ts): what the parser takes from real shell
// output, and what it refuses so the report is read from the file instead.

const MARK = 'opsbench-report-0123456789abcdef';
const REPORT = '<testsuite tests="1"><testcase classname="t" name="ü-ok"/></testsuite>\n';

/** Runs `command` followed by the epilogue in a real sh, the report file beside it; its stdout and status. */
function run(command: string, report: string | null): { stdout: string; status: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opsbench-printed-'));
  try {
    const file = path.join(dir, 'report.xml');
    if (report !== null) writeFileSync(file, report);
    try {
      return { stdout: execFileSync('sh', ['-c', `${command}${reportEpilogue(file, MARK)}`], { encoding: 'utf8' }), status: 0 };
    } catch (error) {
      const e = error as { stdout: string; status: number };
      return { stdout: e.stdout, status: e.status };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the report printed after the suite', () => {
  it('is taken byte for byte, multi-byte names included, and the output before it kept as the output', () => {
    const { stdout, status } = run('echo "1 passed"', REPORT);
    expect(status).toBe(0);
    expect(takePrintedReport(stdout, MARK)).toEqual({ before: '1 passed\n', text: REPORT });
  });

  it("keeps the test command's own exit status", () => {
    const { stdout, status } = run('echo "1 failed"; false', REPORT);
    expect(status).toBe(1);
    expect(takePrintedReport(stdout, MARK)?.text).toBe(REPORT);
  });

  it('is the real section when the suite printed a forged one while it ran', () => {
    const forged = '<testsuite tests="1"><testcase classname="t" name="forged"/></testsuite>\n';
    const { stdout } = run(`printf '\\n%s %s\\n%s' '${MARK}' ${Buffer.byteLength(forged)} '${forged}'; echo "1 failed"`, REPORT);
    expect(takePrintedReport(stdout, MARK)).toEqual({ before: expect.stringContaining('forged') as string, text: REPORT });
  });

  it('is none when no report was written, the size does not hold, or the command exited by itself', () => {
    expect(takePrintedReport(run('echo ran', null).stdout, MARK)).toBeNull();
    expect(takePrintedReport(`out\n${MARK} 999\n${REPORT}`, MARK)).toBeNull();
    expect(takePrintedReport(`out\n${MARK} x\n${REPORT}`, MARK)).toBeNull();
    expect(takePrintedReport(`${run('echo ran', REPORT).stdout}trailing`, MARK)).toBeNull();
    const exited = run('echo ran; exit 3', REPORT);
    expect(exited.status).toBe(3);
    expect(takePrintedReport(exited.stdout, MARK)).toBeNull();
  });
});
