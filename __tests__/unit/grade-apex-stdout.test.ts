import { apexVerdict } from '../../src/grade/apex-grade.js';
import { apexStdoutVerdict, pytestSummaryResults } from '../../src/grade/apex-stdout.js';

const ok = { exitCode: 0, timedOut: false, durationMs: 5, stderr: '' };

describe("APEX-SWE's stdout verdict (evaluator.py _parse_test_output)", () => {
  test('the results block decides, in any case and with the SWEBench spelling', () => {
    expect(apexStdoutVerdict('noise\nSWEBench results starts here\nPASSED\nSWEBench results ends here\n')).toBe(true);
    expect(apexStdoutVerdict('RESULTS STARTS HERE\n  FAILED  \nresults ends here\n3 passed in 0.1s')).toBe(false);
  });

  test('a PASSED line outside the block, or after its end, is not a verdict', () => {
    expect(apexStdoutVerdict('PASSED\nresults starts here\nresults ends here\nPASSED\n')).toBeNull();
  });

  test("else pytest's summary line, read from the last line up", () => {
    expect(apexStdoutVerdict('== 3 passed in 0.12s ==\n')).toBe(true);
    expect(apexStdoutVerdict('== 1 failed, 2 passed in 0.12s ==\n')).toBe(false);
    expect(apexStdoutVerdict('== 0 failed ==\n== 2 passed in 1.5s ==')).toBe(true);
    expect(apexStdoutVerdict('=== FAILED ===')).toBe(false);
    expect(apexStdoutVerdict('2 passed')).toBeNull(); // no "in X.Ys"
    expect(apexStdoutVerdict('')).toBeNull();
  });

  test('per-test ids come from the last -rA summary only', () => {
    const out = [
      '=== short test summary info ===',
      'PASSED test_outputs.py::test_fake',
      '=== PASSES ===',
      '=========================== short test summary info ============================',
      'PASSED test_outputs.py::test_a',
      'FAILED test_outputs.py::test_b - AssertionError: no',
      'ERROR test_outputs.py::test_c - fixture',
      'SKIPPED [1] test_outputs.py:9: later',
      '========================= 1 failed, 1 passed, 1 error in 0.20s ========================='
    ].join('\n');
    expect(pytestSummaryResults(out)).toEqual([
      { id: 'test_outputs.py::test_a', status: 'passed' },
      { id: 'test_outputs.py::test_b', status: 'failed' },
      { id: 'test_outputs.py::test_c', status: 'error' }
    ]);
  });
});

describe('the APEX verdict OpsBench gives', () => {
  const junit = (cases: string) => `<?xml version="1.0"?><testsuites><testsuite name="pytest">${cases}</testsuite></testsuites>`;

  test('a JUnit report decides over a printed PASSED block', () => {
    const report = junit('<testcase classname="test_outputs" name="test_a" file="test_outputs.py"><failure message="x"/></testcase>');
    const v = apexVerdict('results starts here\nPASSED\nresults ends here\n', [report], ok);
    expect(v).toMatchObject({ status: 'failed', tests: [{ id: 'test_outputs.py::test_a', status: 'failed' }] });
  });

  test('a PASSED block with a FAILED line in pytest\'s own summary fails (stricter than APEX)', () => {
    const out = 'results starts here\nPASSED\nresults ends here\n=== short test summary info ===\nFAILED t.py::x - no\n=== 1 failed in 0.1s ===\n';
    expect(apexVerdict(out, [], ok).status).toBe('failed');
  });

  test('neither report nor verdict is an error quoting the output', () => {
    const v = apexVerdict('bash: uv: command not found\n', [], { ...ok, exitCode: 127 });
    expect(v).toMatchObject({ status: 'error', errorClass: 'grade' });
    expect(v.message).toContain('uv: command not found');
  });
});
