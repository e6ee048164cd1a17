import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserInputError } from '../core/errors.js';
import { FileLogSource } from './file-log-source.js';
import type { LogSource } from './log-source.js';
import { LokiLogSource, type LokiLogSourceOptions } from './loki-log-source.js';

/**
 * A log source from one string: an http(s) URL is a Loki base URL (`http://loki:3100`), anything else a
 * directory or file of logs.
 * @throws UserInputError when the path does not exist or the URL is malformed, naming `what` (the flag or field).
 */
export async function openLogSource(source: string, opts: { what?: string; loki?: LokiLogSourceOptions } = {}): Promise<LogSource> {
  const what = opts.what ?? 'log source';
  if (/^https?:\/\//i.test(source)) {
    if (!URL.canParse(source)) throw new UserInputError(`${what}: "${source}" is not a valid URL; give Loki's base URL like http://localhost:3100`);
    return new LokiLogSource(source, opts.loki);
  }
  const abs = path.resolve(source);
  try {
    await stat(abs);
  } catch {
    throw new UserInputError(`${what}: ${abs} does not exist; give a directory or file of logs, or a Loki URL (http://...)`);
  }
  return new FileLogSource(abs);
}
