import type { Report, RunComparison } from './report-schema.js';

/** The marker the sticky PR comment is found by; also the first line of every rendered report. */
export const COMMENT_MARKER = '<!-- opsbench-report -->';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const cell = (x: number | undefined) => (x === undefined ? '–' : pct(x));
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pp`;

/** Pure: report -> markdown for the job summary and the PR comment. Snapshot-tested. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [COMMENT_MARKER, '## OpsBench', ''];
  if (report.runs.length === 0) {
    out.push('No trials ran.');
    return out.join('\n') + '\n';
  }
  const ks = [...new Set(report.runs.flatMap((r) => Object.keys(r.pass_at_k)))].filter((k) => k !== '1').sort((a, b) => Number(a) - Number(b));
  out.push(
    `| agent | tasks | trials | Pass@1 | 95% CI | ${ks.map((k) => `pass@${k} | pass^${k}`).join(' | ')}${ks.length ? ' | ' : ''}passed / failed / error / skipped | cost |`,
    `|---|---:|---:|---:|---|${ks.map(() => '---:|---:|').join('')}---|---:|`
  );
  for (const r of report.runs) {
    out.push(
      `| \`${r.key}\` | ${r.tasks} | ${r.trials} | **${pct(r.pass_at_1)}** | ${pct(r.ci95[0])} – ${pct(r.ci95[1])} | ${ks.map((k) => `${cell(r.pass_at_k[k])} | ${cell(r.pass_hat_k[k])}`).join(' | ')}${ks.length ? ' | ' : ''}${r.passed} / ${r.failed} / ${r.errors} / ${r.skipped} | $${r.cost_usd.toFixed(2)} |`
    );
  }
  out.push('');
  if (report.runs.length > 1 || Object.keys(report.runs[0]!.by_family).length > 1) out.push(...renderChart(report), '');
  const errorClasses = report.runs.flatMap((r) => Object.entries(r.error_classes).map(([c, n]) => `\`${r.key}\` ${c}: ${n}`));
  if (errorClasses.length) out.push(`Errors and skips by class: ${errorClasses.join(', ')}`, '');
  if (report.comparison) out.push(...renderComparison(report.comparison.runs, report.comparison.min_delta, report.comparison.alpha));
  out.push(...renderTasks(report));
  return out.join('\n') + '\n';
}

/** A mermaid bar chart of Pass@1 per run and family: GitHub renders it in summaries and comments. */
function renderChart(report: Report): string[] {
  const families = [...new Set(report.runs.flatMap((r) => Object.keys(r.by_family)))].sort();
  const labels = report.runs.flatMap((r) => families.map((f) => `${r.key} ${f}`));
  const values = report.runs.flatMap((r) => families.map((f) => ((r.by_family[f]?.pass_at_1 ?? 0) * 100).toFixed(1)));
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Pass@1 by agent and family (%)"',
    `  x-axis [${labels.map((l) => JSON.stringify(l)).join(', ')}]`,
    '  y-axis "Pass@1 %" 0 --> 100',
    `  bar [${values.join(', ')}]`,
    '```'
  ];
}

function renderComparison(runs: RunComparison[], minDelta: number, alpha: number): string[] {
  const out = ['### Against the baseline', ''];
  if (runs.length === 0) return [...out, 'The baseline has no run with the same agent and model.', ''];
  for (const r of runs) {
    // A sampled p carries its Monte Carlo error so a reader can tell a near-threshold verdict from a clear one.
    const p = `${r.p_value.toFixed(3)}${r.p_value_error === undefined ? '' : ` ± ${r.p_value_error.toFixed(3)} (Monte Carlo)`}`;
    const verdict = r.regression
      ? `**regression** (one-sided paired permutation p = ${p} < ${alpha}, drop ≥ ${pct(minDelta)})`
      : r.delta < 0
        ? `not a significant regression (p = ${p})`
        : `no regression (p = ${p})`;
    out.push(`- \`${r.key}\`: ${pct(r.baseline_pass_at_1)} → ${pct(r.pass_at_1)} (${signed(r.delta)}) over ${r.paired_tasks} paired tasks: ${verdict}`);
    for (const t of r.regressed_tasks) {
      out.push(`  - ${t.significant ? '🔴' : '🟠'} \`${t.task_id}\` ${t.baseline.c}/${t.baseline.n} → ${t.current.c}/${t.current.n} (p = ${t.p_value.toFixed(3)})`);
    }
    for (const t of r.improved_tasks) {
      out.push(`  - 🟢 \`${t.task_id}\` ${t.baseline.c}/${t.baseline.n} → ${t.current.c}/${t.current.n}`);
    }
  }
  return [...out, ''];
}

function renderTasks(report: Report): string[] {
  const keys = report.runs.map((r) => r.key);
  const out = ['<details><summary>Per task</summary>', '', `| task | family | ${keys.map((k) => `\`${k}\``).join(' | ')} |`, `|---|---|${keys.map(() => '---|').join('')}`];
  for (const t of report.tasks) {
    const cells = keys.map((k) => {
      const c = t.runs[k];
      if (!c) return '–';
      if (c.n === 0) return c.invalid ? 'invalid' : c.skipped ? 'skipped' : '–';
      return `${c.c}/${c.n}${c.errors ? ` (${c.errors} error)` : ''}`;
    });
    out.push(`| \`${t.task_id}\` | ${t.family} | ${cells.join(' | ')} |`);
  }
  return [...out, '', '</details>'];
}
