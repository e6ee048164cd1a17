import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LayerResult, TrialResult } from '../../src/core/trial-result.js';
import { buildReport } from '../../src/report/build-report.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { ReportSchema } from '../../src/report/report-schema.js';
import { trialResult } from '../helpers/trial-results.js';

const gate = (passed: boolean): LayerResult => ({ name: 'Gate', threshold: { kind: 'pass^k', value: 1 }, passed, tests: [{ id: 'tests/verifiers/g.sh', status: passed ? 'passed' : 'failed' }] });
const functional = (passed: boolean): LayerResult => ({ name: 'Functional', threshold: { kind: 'pass@k', value: 0.8 }, passed, tests: [] });

/** Five trials of one task: Gate passes in all, Functional in `f` of them. */
function trials(f: number, over: Partial<TrialResult> = {}): TrialResult[] {
  return Array.from({ length: 5 }, (_, i) => trialResult({ task_id: 'obs-a', attempt: i + 1, layers: [gate(true), functional(i < f)], ...over }));
}

async function report(results: TrialResult[]) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-layers-'));
  await writeFile(path.join(dir, 'results.jsonl'), results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return (await buildReport({ inputs: [dir], minDelta: 0.05 })).report;
}

describe('test layers in the report', () => {
  test("each layer is held against its own threshold as APEX-SWE does: pass^k all trials, pass@k the pass rate", async () => {
    const r = await report(trials(4));
    expect(ReportSchema.parse(r).layers).toEqual([
      { task_id: 'obs-a', key: 'model:openai:gpt-test', name: 'Gate', threshold: { kind: 'pass^k', value: 1 }, trials: 5, passed: 5, pass_at_k: 1, pass_hat_k: 1, pass_rate: 1, verdict: 'pass' },
      { task_id: 'obs-a', key: 'model:openai:gpt-test', name: 'Functional', threshold: { kind: 'pass@k', value: 0.8 }, trials: 5, passed: 4, pass_at_k: 1, pass_hat_k: 0, pass_rate: 0.8, verdict: 'pass' }
    ]);
    const failing = await report(trials(3));
    expect(failing.layers?.find((l) => l.name === 'Functional')).toMatchObject({ passed: 3, pass_rate: 0.6, verdict: 'fail' });
    const md = renderMarkdown(failing);
    expect(md).toContain('### Test layers');
    expect(md).toContain('| `obs-a` | `model:openai:gpt-test` | Functional | pass@k ≥ 0.8 | 3/5 | 1 | 0 | ❌ fail |');
    expect(md).toContain('| `obs-a` | `model:openai:gpt-test` | Gate | pass^k ≥ 1 | 5/5 | 1 | 1 | ✅ pass |');
  });

  test('a trial that errored before grading recorded no layers and counts as not passing them; skips do not count', async () => {
    const results = [
      ...trials(5).slice(0, 4),
      trialResult({ task_id: 'obs-a', attempt: 5, status: 'error', error_class: 'env_start' }),
      trialResult({ task_id: 'obs-a', attempt: 6, status: 'error', error_class: 'skipped' })
    ];
    const gateRow = (await report(results)).layers?.find((l) => l.name === 'Gate');
    expect(gateRow).toMatchObject({ trials: 5, passed: 4, pass_hat_k: 0, verdict: 'fail' });
  });

  test('a run without layers has no layers section', async () => {
    const r = await report([trialResult()]);
    expect(r.layers).toBeUndefined();
    expect(renderMarkdown(r)).not.toContain('Test layers');
  });
});
