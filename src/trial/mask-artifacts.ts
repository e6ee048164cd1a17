import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Masker } from '../agent/model/mask.js';

/**
 * Runs the masker over every file under a trial's artifact directory (the diff, service logs, test output
 * and reports, trajectories): whatever the agent wrote where the harness later copies it from, a key it was
 * handed included, is masked once, in one place, whichever module wrote the file. A file holding a NUL byte
 * (one byte the agent printed to a service log makes one) is masked too, read as latin1: each byte is one
 * character and back, so the rest of it is written back unchanged (a secret with non-ASCII characters is
 * masked in text files only).
 */
export async function maskArtifacts(dir: string, mask: Masker): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const buf = await readFile(file);
    const encoding = buf.includes(0) ? 'latin1' : 'utf8';
    const text = buf.toString(encoding);
    const masked = mask(text);
    if (masked !== text) await writeFile(file, masked, encoding);
  }
}
