import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ReportError } from '../core/errors.js';
import { readLines } from '../core/read-lines.js';
import { TrialResultSchema, type TrialResult } from '../core/trial-result.js';
import { RESULTS_FILE } from '../core/trial-paths.js';

/**
 * Reads results.jsonl files (or directories holding them, e.g. downloaded shard artifacts), streamed line by
 * line so only the parsed results stay in memory. A line that is not
 * a TrialResult is an error naming file and line, except a trailing partial line, which a crash mid-write
 * can leave and which is skipped with a warning.
 */
export async function readResults(inputs: string[], warn: (line: string) => void = () => {}): Promise<TrialResult[]> {
  const results: TrialResult[] = [];
  await forEachResult(inputs, warn, (r) => results.push(r));
  return results;
}

/** readResults without the array: each valid result is handed to `onResult` as it is read. */
export async function forEachResult(inputs: string[], warn: (line: string) => void, onResult: (result: TrialResult) => void): Promise<void> {
  const files: string[] = [];
  for (const input of inputs) files.push(...(await resultFiles(input)));
  if (files.length === 0) throw new ReportError(`no results.jsonl found in ${inputs.join(', ')}: pass the files or the directories the run legs wrote`);
  for (const file of files) {
    for await (const line of readLines(file)) {
      if (line.text.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(line.text);
      } catch {
        if (!line.terminated) {
          warn(`${file}: line ${line.number}: partial last line skipped (a run was cut off mid-write)`);
          continue;
        }
        throw new ReportError(`${file}: line ${line.number}: not JSON; fix or delete the line`);
      }
      const parsed = TrialResultSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ReportError(`${file}: line ${line.number}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
      }
      onResult(parsed.data);
    }
  }
}

async function resultFiles(input: string): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new ReportError(`${input}: no such file or directory`);
  }
  if (info.isFile()) return [input];
  const found: string[] = [];
  for (const entry of await readdir(input, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === RESULTS_FILE) found.push(path.join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/**
 * Merges shards and reruns: one result per (agent, model, task, attempt), the latest finished wins, so a
 * rerun of a leg replaces its earlier errors instead of double counting.
 */
export function dedupeResults<T extends Pick<TrialResult, 'agent' | 'model' | 'task_id' | 'attempt' | 'finished_at'>>(results: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const r of results) {
    // NUL never occurs in ids or names; a model of null and one named "null" must differ.
    const key = `${r.agent}\u0000${r.model === null ? '\u0001' : r.model}\u0000${r.task_id}\u0000${r.attempt}`;
    const prev = byKey.get(key);
    if (!prev || prev.finished_at < r.finished_at) byKey.set(key, r);
  }
  return [...byKey.values()];
}
