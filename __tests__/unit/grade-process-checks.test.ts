import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { evaluateProcessChecks, trajectoryText, verifyProcess } from '../../src/grade/process-checks.js';

// APEX-SWE's evaluate_process_from_messages (observability/eval_runner/inspect_scorer.py) on OpsBench's
// trajectories: the service's name must occur in the conversation, and the pattern match when given.
const checks = [
  { service: 'Loki', description: 'Agent read the relay logs', required: true },
  { service: 'mattermost', required: false, pattern: 'retry-after' },
  { service: 'plane', pattern: 'issue #\\d+' }
];

describe("APEX's process checks against the agent's conversation", () => {
  it('case-insensitive name match, then the pattern; totals as APEX reports them', () => {
    const v = evaluateProcessChecks(checks, 'I queried LOKI with {app="relay"}; then searched mattermost for Retry-After; plane has nothing');
    expect(v).toEqual({
      checks: [
        { service: 'loki', description: 'Agent read the relay logs', required: true, passed: true },
        { service: 'mattermost', description: 'Agent interacted with mattermost', required: false, passed: true },
        { service: 'plane', description: 'Agent interacted with plane', required: true, passed: false }
      ],
      total: 3,
      passed: 2,
      required_passed: 1,
      required_total: 2,
      all_required_passed: false
    });
  });

  it('a pattern without the service name does not pass; no checks is all required passed', () => {
    expect(evaluateProcessChecks([{ service: 'mattermost', pattern: 'retry' }], 'retry after 5s').checks[0]!.passed).toBe(false);
    expect(evaluateProcessChecks([], 'anything')).toMatchObject({ total: 0, required_total: 0, all_required_passed: true });
  });

  it("reads every string of the model agent's records and a command agent's event lines, at any depth", async () => {
    const turn = {
      type: 'turn',
      assistant: { text: 'Looking at the logs first.' },
      toolCalls: [{ id: '1', name: 'logs_query', input: { query: '{service="relay"} |= "Retry-After"' } }],
      toolResults: [{ id: '1', name: 'logs_query', output: 'loki: 3 lines', isError: false, ms: 4 }]
    };
    const text = trajectoryText(`${JSON.stringify({ type: 'start', instruction: 'Fix the relay.' })}\n${JSON.stringify(turn)}\nnot json at all\n`);
    expect(text).toContain('Fix the relay.');
    expect(text).toContain('{service="relay"} |= "Retry-After"');
    expect(text).toContain('loki: 3 lines');
    expect(text).toContain('not json at all');

    const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-process-'));
    const file = path.join(dir, 'trajectory.jsonl');
    await writeFile(file, `${JSON.stringify(turn)}\n`);
    const v = await verifyProcess([{ service: 'loki' }, { service: 'logs_query', pattern: 'retry-after' }], file);
    expect(v.checks.map((c) => c.passed)).toEqual([true, true]);
    // An agent that left no trajectory (the oracle, a crash) had no conversation: every check fails.
    expect((await verifyProcess([{ service: 'loki' }], path.join(dir, 'absent.jsonl'))).all_required_passed).toBe(false);
    expect((await verifyProcess([{ service: 'loki' }], undefined)).passed).toBe(0);
  });
});
