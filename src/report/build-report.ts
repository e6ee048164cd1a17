import { readFile } from 'node:fs/promises';
import { ReportError } from '../core/errors.js';
import { compareReports } from './compare.js';
import { dedupeResults, forEachResult } from './read-results.js';
import { toReportRow, type ReportRow } from './report-row.js';
import { ReportSchema, type Report } from './report-schema.js';
import { summarize } from './summarize.js';

export interface BuildReportOptions {
  /** results.jsonl files or directories holding them (shard artifacts). */
  inputs: string[];
  /** A report.json, a results.jsonl, or a directory of them, from the base branch. */
  baseline?: string;
  minDelta: number;
  alpha?: number;
  warn?: (line: string) => void;
  now?: Date;
}

/** Merge -> summarize -> compare: the report job's whole engine side. */
export async function buildReport(opts: BuildReportOptions): Promise<{ report: Report; results: ReportRow[] }> {
  const results = dedupeResults(await readReportRows(opts.inputs, opts.warn));
  let report = summarize(results, opts.now);
  if (opts.baseline) {
    const baseline = await loadBaseline(opts.baseline, opts.warn);
    report = compareReports(report, baseline, { minDelta: opts.minDelta, alpha: opts.alpha });
  }
  return { report, results };
}

async function loadBaseline(file: string, warn?: (line: string) => void): Promise<Report> {
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
