import { judgeTask, renderCheckTable } from '../../src/trial/check-tasks.js';
import type { TrialResult } from '../../src/core/trial-result.js';
import { trialResult } from '../helpers/trial-results.js';

const runs = (agent: string, statuses: TrialResult['status'][], over: Partial<TrialResult> = {}) =>
  statuses.map((status, i) => trialResult({ agent, model: null, attempt: i + 1, status, ...over }));

describe('judgeTask', () => {
  test('oracle passing and null failing every time is ok', () => {
    expect(judgeTask('t', runs('oracle', ['passed', 'passed']), runs('null', ['failed', 'failed']))).toEqual({
      taskId: 't',
      verdict: 'ok',
      oracle: { passed: 2, runs: 2 },
      null: { failed: 2, runs: 2 },
      flips: 0,
      note: ''
    });
  });

  test('a verdict that changes between repeats is flaky, with the number of changes', () => {
    const check = judgeTask('t', runs('oracle', ['passed', 'failed', 'passed']), runs('null', ['failed', 'failed', 'passed']));
    expect(check).toMatchObject({ verdict: 'flaky', flips: 3, oracle: { passed: 2, runs: 3 }, null: { failed: 2, runs: 3 } });
    expect(check.note).toBe('verdict changed 3 time(s) across repeats');
  });

  test('an oracle that never passes is invalid, even when the null agent flips', () => {
    expect(judgeTask('t', runs('oracle', ['failed', 'failed']), runs('null', ['failed', 'passed']))).toMatchObject({
      verdict: 'invalid',
      note: 'the oracle (golden solution) fails'
    });
  });

  test('a null agent that always passes is invalid: the tests do not detect the bug', () => {
    expect(judgeTask('t', runs('oracle', ['passed']), runs('null', ['passed']))).toMatchObject({
      verdict: 'invalid',
      note: 'the null agent passes: the tests do not detect the bug'
    });
  });

  test('a skip is reported as skipped with the runtime reason', () => {
    const skip = { status: 'error' as const, error_class: 'skipped' as const, error_message: 'needs Docker (services: s3)' };
    expect(judgeTask('t', runs('oracle', ['error'], skip), runs('null', ['error'], skip))).toMatchObject({
      verdict: 'skipped',
      note: 'needs Docker (services: s3)'
    });
  });

  test('an infrastructure error means the task could not be checked', () => {
    const check = judgeTask('t', runs('oracle', ['passed', 'error'], { error_class: 'env_start', error_message: 'git failed' }), runs('null', ['failed', 'failed']));
    expect(check).toMatchObject({ verdict: 'error', note: 'oracle #2: env_start: git failed' });
  });
});

describe('renderCheckTable', () => {
  test('prints one aligned row per task under a header', () => {
    const table = renderCheckTable([
      judgeTask('obs-python-long-name', runs('oracle', ['passed']), runs('null', ['failed'])),
      judgeTask('b', runs('oracle', ['failed']), runs('null', ['failed']))
    ]);
    expect(table).toBe(
      [
        'TASK                  VERDICT  ORACLE    NULL      FLIPS  NOTE',
        'obs-python-long-name  OK       1/1 pass  1/1 fail  0',
        'b                     INVALID  0/1 pass  1/1 fail  0      the oracle (golden solution) fails',
        ''
      ].join('\n')
    );
  });
});
