import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Masker } from '../agent/model/mask.js';

/**
 * Runs the masker over every text file under a trial's artifact directory (the diff, service logs, test
 * output and reports, trajectories): whatever the agent wrote where the harness later copies it from, a key
 * it was handed included, is masked once, in one place, whichever module wrote the file. Files holding a
 * NUL byte are binary and left as they are.
 */
export async function maskArtifacts(dir: string, mask: Masker): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const buf = await readFile(file);
    if (buf.includes(0)) continue;
    const text = buf.toString('utf8');
    const masked = mask(text);
    if (masked !== text) await writeFile(file, masked);
  }
}
