import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { TrialResult } from '../../src/core/trial-result.js';
import { buildReport } from '../../src/report/build-report.js';
import { captureIO } from '../helpers/cli-capture.js';
import { cleanupScratch, requireDocker, scratch, standIn } from './docker-support.js';

// APEX-SWE's observability layout on a real Docker engine (__tests__/fixtures/apex-swe/README.md): a
// test_metadata.json with process_checks, a compose file building `..` with `dockerfile: <task>/Dockerfile`,
// and a test_layers.json with @F2P / @P2P and a tests/verifiers/*.sh verifier. Oracle and null through the
// CLI: the oracle passes and every layer holds, the null agent fails and the layers say where.
const DATASET = path.resolve('__tests__/fixtures/apex-swe/observability');

const results = async (out: string): Promise<TrialResult[]> =>
  (await readFile(path.join(out, 'results.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TrialResult);

const verdicts = (r: TrialResult) => Object.fromEntries((r.layers ?? []).map((l) => [l.name, l.passed]));

describe('an APEX-SWE observability task with test layers runs unchanged on Docker', () => {
  let set: string;

  beforeAll(async () => {
    await requireDocker();
    await standIn('python:3.13-slim', 'python');
    set = path.join(await scratch('opsbench-apex-obs-'), 'observability');
    await cp(DATASET, set, { recursive: true });
  }, 900_000);
  afterAll(cleanupScratch);

  const run = async (agent: string, extra: string[] = []) => {
    const out = path.join(await scratch('opsbench-apex-obs-out-'), agent);
    const cli = captureIO();
    const code = await runCli(['run', '--tasks', set, '--agent', agent, ...extra, '--runtime', 'docker', '--out', out], cli.io);
    const [result] = await results(out);
    return { code, out, result: result!, stderr: cli.stderr() };
  };

  test('oracle: passed, every layer passed, the verifier ran in the grader; the report holds each layer against its threshold', async () => {
    const r = await run('oracle');
    expect({ code: r.code, status: r.result.status, error: r.result.error_message ?? null }).toEqual({ code: 0, status: 'passed', error: null });
    expect(r.result.fail_to_pass).toEqual({ passed: 1, total: 1 });
    expect(r.result.layers).toEqual([
      { name: 'Gate', threshold: { kind: 'pass^k', value: 1 }, passed: true, tests: [{ id: 'tests/verifiers/blank_value_handled.sh', status: 'passed' }] },
      { name: 'Functional', threshold: { kind: 'pass@k', value: 0.8 }, passed: true, tests: [{ id: 'tests/test_retry.py::test_blank_value_uses_default', status: 'passed' }] },
      { name: 'Regression', threshold: { kind: 'pass^k', value: 1 }, passed: true, tests: [{ id: 'tests/test_retry.py::test_numeric_value', status: 'passed' }] }
    ]);
    const log = await readFile(path.join(r.out, 'trials', 'apex-obs-layers', '1', 'grade', 'verifiers', 'tests__verifiers__blank_value_handled.sh.log'), 'utf8');
    expect(log).toMatch(/^exit 0\n--- stdout\nPASSED\n/);
    // The oracle has no conversation: APEX's process checks fail, and the verdict stays the suite's.
    expect(r.result.process_verification).toMatchObject({ total: 2, passed: 0, required_total: 1, all_required_passed: false });
    const { report } = await buildReport({ inputs: [r.out], minDelta: 0.05 });
    expect(report.layers?.map((l) => `${l.name} ${l.passed}/${l.trials} ${l.verdict}`)).toEqual(['Gate 1/1 pass', 'Functional 1/1 pass', 'Regression 1/1 pass']);
  }, 1_200_000);

  test('null: failed; the gate verifier and the F2P layer fail, the P2P layer holds', async () => {
    const r = await run('null');
    expect(r.result.process_verification?.all_required_passed).toBe(false);
    expect({ status: r.result.status, error_class: r.result.error_class }).toEqual({ status: 'failed', error_class: null });
    expect(verdicts(r.result)).toEqual({ Gate: false, Functional: false, Regression: true });
    expect(r.result.layers?.[0]?.tests).toEqual([{ id: 'tests/verifiers/blank_value_handled.sh', status: 'failed' }]);
  }, 1_200_000);

  test("a command agent's JSON event lines are its conversation: APEX's process checks pass on them, the verdict stays the suite's", async () => {
    const events = [
      { type: 'tool_use', name: 'logs_query', input: { query: '{service="relay"} |= "retry"' } },
      { type: 'tool_result', content: 'loki: 2 lines' },
      { type: 'tool_use', name: 'chat_search', input: { channel: 'mattermost on-call', query: 'Retry-After' } }
    ];
    const command = events.map((e) => `echo '${JSON.stringify(e)}'`).join('; ');
    const r = await run('command', ['--agent-command', command]);
    expect({ status: r.result.status, error_class: r.result.error_class }).toEqual({ status: 'failed', error_class: null });
    expect(r.result.process_verification).toEqual({
      checks: [
        { service: 'loki', description: "Agent read the relay's logs", required: true, passed: true },
        { service: 'mattermost', description: 'Agent read the on-call channel', required: false, passed: true }
      ],
      total: 2,
      passed: 2,
      required_passed: 1,
      required_total: 1,
      all_required_passed: true
    });
  }, 1_200_000);
});
