import { readFile, stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ReportError } from '../core/errors.js';
import { TrialResultSchema, type TrialResult } from '../core/trial-result.js';

/**
 * Reads results.jsonl files (or directories holding them, e.g. downloaded shard artifacts). A line that is not
 * a TrialResult is an error naming file and line, except a trailing partial line, which a crash mid-write
 * can leave and which is skipped with a warning.
 */
export async function readResults(inputs: string[], warn: (line: string) => void = () => {}): Promise<TrialResult[]> {
  const files: string[] = [];
  for (const input of inputs) files.push(...(await resultFiles(input)));
  if (files.length === 0) throw new ReportError(`no results.jsonl found in ${inputs.join(', ')}: pass the files or the directories the run legs wrote`);
  const results: TrialResult[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const isLast = index === lines.length - 1;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        if (isLast) return warn(`${file}: line ${index + 1}: partial last line skipped (a run was cut off mid-write)`);
        throw new ReportError(`${file}: line ${index + 1}: not JSON; fix or delete the line`);
      }
      const parsed = TrialResultSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ReportError(`${file}: line ${index + 1}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
      }
      results.push(parsed.data);
    });
  }
  return results;
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
    if (entry.isFile() && entry.name === 'results.jsonl') found.push(path.join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/**
 * Merges shards and reruns: one result per (agent, model, task, attempt), the latest finished wins, so a
 * rerun of a leg replaces its earlier errors instead of double counting.
 */
export function dedupeResults(results: TrialResult[]): TrialResult[] {
  const byKey = new Map<string, TrialResult>();
  for (const r of results) {
    const key = JSON.stringify([r.agent, r.model, r.task_id, r.attempt]);
    const prev = byKey.get(key);
    if (!prev || prev.finished_at < r.finished_at) byKey.set(key, r);
  }
  return [...byKey.values()];
}
