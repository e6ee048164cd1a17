import type { LayerResult } from '../core/trial-result.js';
import type { ReportRow } from './report-row.js';
import type { LayerSummary } from './report-schema.js';

/**
 * APEX-SWE's per-layer aggregation over a task's trials (common/trials.py, aggregate_trials), per agent and
 * model: pass@k is 1 when at least one trial passed the layer, pass^k is 1 when every trial did, the pass
 * rate is the share that did. The verdict holds the layer's declared threshold against one of them, as APEX
 * does: `pass^k: x` against pass^k, `pass@k: x` against the pass rate. Every counted trial of the task is an
 * attempt (an error before grading recorded no layers and passed none), skips and invalid tasks are not.
 */
export function summarizeLayers(results: readonly ReportRow[], keyOf: (r: ReportRow) => string, isSkip: (r: ReportRow) => boolean): LayerSummary[] {
  const groups = new Map<string, { task_id: string; key: string; rows: ReportRow[] }>();
  for (const r of results) {
    if (isSkip(r)) continue;
    const key = keyOf(r);
    const id = `${r.task_id}\u0000${key}`;
    const g = groups.get(id) ?? { task_id: r.task_id, key, rows: [] };
    g.rows.push(r);
    groups.set(id, g);
  }
  const out: LayerSummary[] = [];
  for (const g of groups.values()) {
    const layers = new Map<string, Pick<LayerResult, 'name' | 'threshold'>>();
    for (const r of g.rows) for (const l of r.layers ?? []) layers.set(l.name, l);
    for (const layer of layers.values()) {
      const n = g.rows.length;
      const c = g.rows.filter((r) => r.layers?.some((l) => l.name === layer.name && l.passed)).length;
      const passAtK = c >= 1 ? 1 : 0;
      const passHatK = c === n ? 1 : 0;
      const rate = n ? c / n : 0;
      const measured = layer.threshold.kind === 'pass^k' ? passHatK : rate;
      out.push({
        task_id: g.task_id,
        key: g.key,
        name: layer.name,
        threshold: layer.threshold,
        trials: n,
        passed: c,
        pass_at_k: passAtK,
        pass_hat_k: passHatK,
        pass_rate: rate,
        verdict: measured >= layer.threshold.value ? 'pass' : 'fail'
      });
    }
  }
  return out.sort((a, b) => a.task_id.localeCompare(b.task_id) || a.key.localeCompare(b.key));
}
