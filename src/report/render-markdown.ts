import { gatePower } from '../metrics/power.js';
import { code, fenced, text } from './markdown-escape.js';
import type { PlanCheck, Report } from './report-schema.js';

/** The marker the sticky PR comment is found by; also the first line of every rendered report. */
export const COMMENT_MARKER = '<!-- opsbench-report -->';

/** `<!-- name -->`: one sticky comment per marker, so matrix and multi-suite workflows can keep several. */
export const commentMarker = (name: string) => `<!-- ${name.replace(/--+/g, '-')} -->`;

export interface RenderOptions {
  /** First line of the output; COMMENT_MARKER unless a workflow names its own. */
  marker?: string;
  /** Leave out the per-task table (the compact form a PR comment falls back to). */
  compact?: boolean;
  /** At most this many task lines per list (regressed, improved, unrun, missing); the rest is counted. */
  maxListItems?: number;
  /**
   * Where the trajectory viewer's index.html is (render-trajectories.ts), as a link beside this report
   * (`trajectories/index.html` in the report artifact), or as a note when no link can reach it.
   */
  trajectories?: { href: string } | { note: string };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const cell = (x: number | undefined) => (x === undefined ? '–' : pct(x));
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pp`;

/** Pure: report -> markdown for the job summary and the PR comment. Snapshot-tested. */
export function renderMarkdown(report: Report, opts: RenderOptions = {}): string {
  const out: string[] = [opts.marker ?? COMMENT_MARKER, '## OpsBench', ''];
  const max = opts.maxListItems ?? Infinity;
  if (report.plan_check) out.push(...renderPlanCheck(report.plan_check, max));
  if (report.runs.length === 0) {
    out.push('No trials ran.', '');
    if (report.baseline_note) out.push(report.baseline_note, '');
    return out.join('\n') + '\n';
  }
  const ks = [...new Set(report.runs.flatMap((r) => Object.keys(r.pass_at_k)))].filter((k) => k !== '1').sort((a, b) => Number(a) - Number(b));
  out.push(
    `| agent | tasks | trials | Pass@1 | 95% CI | ${ks.map((k) => `pass@${k} | pass^${k}`).join(' | ')}${ks.length ? ' | ' : ''}passed / failed / error / skipped | cost |`,
    `|---|---:|---:|---:|---|${ks.map(() => '---:|---:|').join('')}---|---:|`
  );
  for (const r of report.runs) {
    out.push(
      `| ${code(r.key)} | ${r.tasks} | ${r.trials} | **${pct(r.pass_at_1)}** | ${pct(r.ci95[0])} – ${pct(r.ci95[1])} | ${ks.map((k) => `${cell(r.pass_at_k[k])} | ${cell(r.pass_hat_k[k])}`).join(' | ')}${ks.length ? ' | ' : ''}${r.passed} / ${r.failed} / ${r.errors} / ${r.skipped} | $${r.cost_usd.toFixed(2)} |`
    );
  }
  out.push('');
  if (opts.trajectories) {
    const where = 'href' in opts.trajectories ? `[${opts.trajectories.href}](${opts.trajectories.href})` : opts.trajectories.note;
    out.push(`Every trial's conversation, tool calls and results, timing and cost: ${where}`, '');
  }
  if (report.runs.length > 1 || Object.keys(report.runs[0]!.by_family).length > 1) out.push(...renderChart(report), '');
  const errorClasses = report.runs.flatMap((r) => Object.entries(r.error_classes).map(([c, n]) => `${code(r.key)} ${c}: ${n}`));
  if (errorClasses.length) out.push(`Errors and skips by class: ${errorClasses.join(', ')}`, '');
  if (report.comparison) out.push(...renderComparison(report, max));
  else if (report.baseline_note) out.push(report.baseline_note, '');
  out.push(...renderPower(report), '');
  if (report.layers?.length) out.push(...renderLayers(report), '');
  out.push(...renderFlagged(report, max));
  if (!opts.compact) out.push(...renderTasks(report));
  return out.join('\n') + '\n';
}

/** APEX-SWE's test layers: each task's layer against its own threshold over the trials (layers.ts). */
function renderLayers(report: Report): string[] {
  const out = [
    '### Test layers',
    '',
    '| task | agent | layer | threshold | trials passed | pass@k | pass^k | verdict |',
    '|---|---|---|---|---:|---:|---:|---|'
  ];
  for (const l of report.layers ?? []) {
    const verdict = l.verdict === 'pass' ? '✅ pass' : '❌ fail';
    out.push(`| ${code(l.task_id)} | ${code(l.key)} | ${text(l.name)} | ${l.threshold.kind} ≥ ${l.threshold.value} | ${l.passed}/${l.trials} | ${l.pass_at_k} | ${l.pass_hat_k} | ${verdict} |`);
  }
  return out;
}

/** The power note: what the suite can and cannot see at this size (metrics/power.ts). */
function renderPower(report: Report): string[] {
  const alpha = report.comparison?.alpha ?? 0.05;
  const attempts = Math.max(1, ...report.tasks.flatMap((t) => Object.values(t.runs).map((c) => c.n)));
  const tasks = Math.max(0, ...report.runs.map((r) => r.tasks));
  const rates = report.tasks.flatMap((t) => Object.values(t.runs).filter((c) => c.n > 0).map((c) => c.c / c.n));
  return [`> ${gatePower({ tasks, attempts, alpha, minDelta: report.comparison?.min_delta, passRates: rates }).text}`];
}

/** Legs and trials the plan promised and nobody delivered: listed, never counted as passed. */
function renderPlanCheck(check: PlanCheck, max: number): string[] {
  const bad = check.legs.filter((l) => l.status !== 'complete');
  if (bad.length === 0) return [];
  const out = ['### ⚠️ Missing results', '', `The plan had ${check.legs.length} leg(s); ${bad.length} did not deliver every trial. Missing trials are not counted in any score.`, ''];
  for (const l of bad) {
    const why = l.status === 'skipped' ? `skipped: ${l.reason === undefined ? 'no reason given' : text(l.reason)}` : l.status === 'missing' ? 'missing: no results uploaded' : `partial: ${l.delivered}/${l.planned} trials`;
    out.push(`- leg ${code(l.id)} (${code(l.key)}, shard ${text(l.shard)}): ${why}`);
  }
  const missing = check.missing.filter((m) => bad.some((l) => l.id === m.leg && l.status !== 'skipped'));
  const shown = missing.slice(0, max);
  for (const m of shown) out.push(`  - missing ${code(m.task_id)} (${code(m.key)}) attempt ${m.attempts.join(', ')}`);
  if (missing.length > shown.length) out.push(`  - … and ${missing.length - shown.length} more missing task(s)`);
  return [...out, ''];
}

/** A mermaid bar chart of Pass@1 per run and family: GitHub renders it in summaries and comments. */
function renderChart(report: Report): string[] {
  const families = [...new Set(report.runs.flatMap((r) => Object.keys(r.by_family)))].sort();
  const labels = report.runs.flatMap((r) => families.map((f) => fenced(`${r.key} ${f}`)));
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

function renderComparison(report: Report, max: number): string[] {
  const { runs, min_delta: minDelta, alpha, baseline } = report.comparison!;
  const out = ['### Against the baseline', ''];
  if (baseline) out.push(`Baseline: ${baseline.label}${baseline.generated_at ? `, ${age(baseline.generated_at, report.generated_at)}` : ''}.`, '');
  if (runs.length === 0) return [...out, 'The baseline has no run with the same agent and model.', ''];
  for (const r of runs) {
    // A sampled p carries its Monte Carlo error so a reader can tell a near-threshold verdict from a clear one.
    const p = `${r.p_value.toFixed(3)}${r.p_value_error === undefined ? '' : ` ± ${r.p_value_error.toFixed(3)} (Monte Carlo)`}`;
    const verdict = r.regression
      ? `**regression** (one-sided paired permutation p = ${p} < ${alpha}, drop ≥ ${pct(minDelta)})`
      : r.delta < 0
        ? `not a significant regression (p = ${p})`
        : `no regression (p = ${p})`;
    out.push(`- ${code(r.key)}: ${pct(r.baseline_pass_at_1)} → ${pct(r.pass_at_1)} (${signed(r.delta)}) over ${r.paired_tasks} paired tasks: ${verdict}`);
    out.push(
      ...capped(r.regressed_tasks, max, 'regressed', (t) => `  - ${t.significant ? '🔴' : '🟠'} ${code(t.task_id)} ${t.baseline.c}/${t.baseline.n} → ${t.current.c}/${t.current.n} (p = ${t.p_value.toFixed(3)})`),
      ...capped(r.improved_tasks, max, 'improved', (t) => `  - 🟢 ${code(t.task_id)} ${t.baseline.c}/${t.baseline.n} → ${t.current.c}/${t.current.n}`),
      ...capped(r.unrun_tasks ?? [], max, 'unrun', (t) => `  - ⚪ ${code(t)} ran in the baseline, not in this run`)
    );
  }
  return [...out, ''];
}

function capped<T>(items: readonly T[], max: number, what: string, line: (item: T) => string): string[] {
  const shown = items.slice(0, max).map(line);
  if (items.length > shown.length) shown.push(`  - … and ${items.length - shown.length} more ${what} task(s)`);
  return shown;
}

function age(from: string, to: string): string {
  const hours = (Date.parse(to) - Date.parse(from)) / 3_600_000;
  if (!Number.isFinite(hours)) return `made ${from}`;
  return hours < 48 ? `${Math.max(0, Math.round(hours))} hour(s) old` : `${Math.round(hours / 24)} day(s) old`;
}

/**
 * The longest rendering that fits `limit` characters (GitHub refuses comment bodies over 65,536): the full
 * report, else the compact one (no per-task table) with task lists cut shorter and shorter, with `note`
 * (where the rest is) appended whenever anything was cut.
 */
export function fitMarkdown(report: Report, limit: number, note: string, opts: RenderOptions = {}): { markdown: string; cut: boolean } {
  const full = renderMarkdown(report, opts);
  if (full.length <= limit) return { markdown: full, cut: false };
  const tail = `\n> ${note}\n`;
  for (const max of [Infinity, 200, 50, 20, 5, 0]) {
    const md = renderMarkdown(report, { ...opts, compact: true, maxListItems: max }) + tail;
    if (md.length <= limit) return { markdown: md, cut: true };
  }
  const head = `${opts.marker ?? COMMENT_MARKER}\n## OpsBench\n\n`;
  return { markdown: head + renderMarkdown(report, { ...opts, compact: true, maxListItems: 0 }).slice(head.length, limit - tail.length - head.length) + tail, cut: true };
}

/** The flags of a task's trials across runs (`run: code, code`), or '' when none. */
function flagsOf(t: Report['tasks'][number]): string {
  return Object.entries(t.runs)
    .filter(([, c]) => c.flags?.length)
    .map(([k, c]) => `${Object.keys(t.runs).length > 1 ? `${code(k)}: ` : ''}${c.flags!.map((f) => code(f)).join(', ')}`)
    .join('; ');
}

/**
 * Trials whose change outside the test tree reaches into the test runner (grade/flags.ts): a column of
 * their own, only when some trial has flags. A flag is for a human to look at; the verdict stays the tests'.
 */
function renderFlagged(report: Report, max: number): string[] {
  const flagged = report.tasks.filter((t) => flagsOf(t) !== '');
  if (flagged.length === 0) return [];
  const out = ['### Flagged for review', '', 'Changes outside the test tree that reach into the test runner. The verdict stays the tests\'; look at the diff.', '', '| task | family | flags |', '|---|---|---|'];
  out.push(...capped(flagged, max, 'flagged', (t) => `| ${code(t.task_id)} | ${t.family} | ${flagsOf(t)} |`).map((l) => (l.startsWith('  - …') ? `| ${l.slice(4)} | | |` : l)));
  return [...out, ''];
}

function renderTasks(report: Report): string[] {
  const keys = report.runs.map((r) => r.key);
  const withFlags = report.tasks.some((t) => flagsOf(t) !== '');
  const out = [
    '<details><summary>Per task</summary>',
    '',
    `| task | family | ${keys.map((k) => code(k)).join(' | ')} |${withFlags ? ' flags |' : ''}`,
    `|---|---|${keys.map(() => '---|').join('')}${withFlags ? '---|' : ''}`
  ];
  for (const t of report.tasks) {
    const cells = keys.map((k) => {
      const c = t.runs[k];
      if (!c) return '–';
      if (c.n === 0) return c.invalid ? 'invalid' : c.skipped ? 'skipped' : '–';
      return `${c.c}/${c.n}${c.errors ? ` (${c.errors} error)` : ''}`;
    });
    out.push(`| ${code(t.task_id)} | ${t.family} | ${cells.join(' | ')} |${withFlags ? ` ${flagsOf(t)} |` : ''}`);
  }
  return [...out, '', '</details>'];
}
