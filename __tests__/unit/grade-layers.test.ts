import { evaluateLayers, expandLayer, verifierVerdict } from '../../src/grade/layers.js';
import type { ApexLayer } from '../../src/task/apex-layers.js';

const lists = { failToPass: ['tests/test_a.py::t1', 'tests/test_a.py::t2'], passToPass: ['tests/test_b.py::t3'] };
const layer = (name: string, tests: string[], kind: 'pass@k' | 'pass^k' = 'pass^k', value = 1): ApexLayer => ({ name, description: '', tests, threshold: { kind, value } });

describe('grading test layers in one trial', () => {
  it('expands @F2P and @P2P to the task lists, in place', () => {
    expect(expandLayer(layer('L', ['x.py::a', '@F2P', '@P2P']), lists)).toEqual(['x.py::a', ...lists.failToPass, ...lists.passToPass]);
  });

  it('a layer passes when every test passed; a test the run did not report is an error; ids match across a tests/ prefix', () => {
    const suite = [
      { id: 'test_a.py::t1', status: 'passed' as const },
      { id: 'test_a.py::t2', status: 'failed' as const },
      { id: 'tests/test_b.py::t3', status: 'passed' as const }
    ];
    const verifiers = new Map([['tests/verifiers/ok.sh', { id: 'tests/verifiers/ok.sh', status: 'passed' as const }]]);
    const [gate, functional, regression, missing] = evaluateLayers(
      [layer('Gate', ['tests/verifiers/ok.sh']), layer('Functional', ['@F2P'], 'pass@k', 0.8), layer('Regression', ['@P2P']), layer('Missing', ['tests/test_c.py::t9', 'tests/verifiers/never.sh'])],
      lists,
      suite,
      verifiers
    );
    expect(gate).toEqual({ name: 'Gate', threshold: { kind: 'pass^k', value: 1 }, passed: true, tests: [{ id: 'tests/verifiers/ok.sh', status: 'passed' }] });
    expect(functional).toMatchObject({ passed: false, tests: [{ id: 'tests/test_a.py::t1', status: 'passed' }, { id: 'tests/test_a.py::t2', status: 'failed' }] });
    expect(regression).toMatchObject({ passed: true });
    expect(missing).toMatchObject({
      passed: false,
      tests: [
        { id: 'tests/test_c.py::t9', status: 'error', message: 'no result recorded for this test' },
        { id: 'tests/verifiers/never.sh', status: 'error', message: 'the verifier did not run' }
      ]
    });
  });

  it("a verifier's last non-empty line decides: PASSED, FAILED, else error; a hang without a verdict fails", () => {
    const v = (stdout: string, exitCode = 0, timedOut = false) => verifierVerdict('v.sh', { stdout, exitCode, timedOut });
    expect(v('checking\nPASSED\n\n')).toEqual({ id: 'v.sh', status: 'passed' });
    expect(v('FAILED\n', 1)).toEqual({ id: 'v.sh', status: 'failed' });
    expect(v('PASSED\n', 2)).toMatchObject({ status: 'passed', message: expect.stringContaining('exited 2') });
    expect(v('PASSED\nsomething else\n')).toMatchObject({ status: 'error' });
    expect(v('', 0, true)).toMatchObject({ status: 'failed', message: expect.stringContaining('timed out') });
  });
});
