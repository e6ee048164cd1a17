import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * leg.json, beside a leg's results.jsonl in its artifact: which planned leg and run attempt it is, and
 * whether it ran or skipped on purpose (and why), so the report can tell a skip from a lost shard.
 */
export const LegRecordSchema = z.object({
  leg: z.string(),
  run_attempt: z.number().int().positive(),
  status: z.enum(['ran', 'skipped']),
  reason: z.string().optional()
});
export type LegRecord = z.infer<typeof LegRecordSchema>;

export const LEG_RECORD = 'leg.json';

export async function writeLegRecord(dir: string, record: LegRecord): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, LEG_RECORD), JSON.stringify(record) + '\n');
}

/** @returns null when the directory has no (valid) leg.json: results from before legs recorded themselves. */
export async function readLegRecord(dir: string): Promise<LegRecord | null> {
  try {
    return LegRecordSchema.parse(JSON.parse(await readFile(path.join(dir, LEG_RECORD), 'utf8')));
  } catch {
    return null;
  }
}
