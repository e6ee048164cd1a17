import { readFile } from 'node:fs/promises';
import { ReportError } from '../core/errors.js';
import type { RunPlan } from '../core/run-plan.js';
import { compareReports } from './compare.js';
import { checkAgainstPlan } from './plan-check.js';
import { dedupeResults, forEachResult } from './read-results.js';
import { toReportRow, type ReportRow } from './report-row.js';
import { ReportSchema, type BaselineSource, type Report } from './report-schema.js';
import { summarize } from './summarize.js';

export interface BuildReportOptions {
  /** results.jsonl files or directories holding them (shard artifacts). */
  inputs: string[];
  /** A report.json, a results.jsonl, or a directory of them, from the base branch; or the report itself. */
  baseline?: string | Report;
  /** Where the baseline came from, shown beside the comparison. */
  baselineSource?: BaselineSource;
  /** Said in place of the comparison when there is no baseline. */
  baselineNote?: string;
  /** What the plan job promised; missing legs and trials are listed against it. */
  plan?: RunPlan;
  /** Legs that skipped on purpose, by leg id, with their reason. */
  skippedLegs?: ReadonlyMap<string, string>;
  minDelta: number;
  alpha?: number;
  warn?: (line: string) => void;
  now?: Date;
}

/** Merge -> summarize -> check against the plan -> compare: the report job's whole engine side. */
export async function buildReport(opts: BuildReportOptions): Promise<{ report: Report; results: ReportRow[] }> {
  // Every leg skipping (a fork PR without secrets) leaves nothing to read, which is not an error.
  const results = opts.inputs.length || !opts.plan ? dedupeResults(await readReportRows(opts.inputs, opts.warn)) : [];
  let report = summarize(results, opts.now);
  if (opts.plan) report = { ...report, plan_check: checkAgainstPlan(opts.plan, results, opts.skippedLegs) };
  if (opts.baseline) {
    const baseline = typeof opts.baseline === 'string' ? await loadBaseline(opts.baseline, opts.warn) : opts.baseline;
    report = compareReports(report, baseline, { minDelta: opts.minDelta, alpha: opts.alpha });
    if (opts.baselineSource) report = { ...report, comparison: { ...report.comparison!, baseline: opts.baselineSource } };
  } else if (opts.baselineNote) {
    report = { ...report, baseline_note: opts.baselineNote };
  }
  return { report, results };
}

export async function loadBaseline(file: string, warn?: (line: string) => void): Promise<Report> {
  if (file.endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new ReportError(`${file}: baseline is not readable JSON (${(error as Error).message}); pass a report.json or results.jsonl`);
    }
    const parsed = ReportSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ReportError(`${file}: not an OpsBench report.json: ${issue.path.join('.')}: ${issue.message}`);
    }
    return parsed.data;
  }
  return summarize(dedupeResults(await readReportRows([file], warn)), undefined, { intervals: false });
}

async function readReportRows(inputs: string[], warn: (line: string) => void = () => {}): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  await forEachResult(inputs, warn, (r) => rows.push(toReportRow(r)));
  return rows;
}
