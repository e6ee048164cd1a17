import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';

export interface SyntheticLogsOptions {
  /** Lines in all, spread round robin over the files. */
  lines: number;
  files?: number;
  /** One line in this many is an error `upstream timeout` of service `payments` (the needle a selective query finds). */
  errorEvery?: number;
}

const SERVICES = ['api', 'checkout', 'payments', 'worker', 'auth', 'search', 'billing', 'gateway'];
const START_MS = Date.UTC(2026, 10, 21, 8);

/**
 * Production-shaped JSON log lines (about 150 bytes each: time, level, service, message, request id) into
 * `files` files named app-NN.log, each in time order, the files interleaved in time as services' logs are.
 * The input of the logs benchmark and of the logs server's size tests. Returns the file paths.
 */
export async function writeSyntheticLogs(dir: string, opts: SyntheticLogsOptions): Promise<string[]> {
  const files = opts.files ?? 1;
  const errorEvery = opts.errorEvery ?? 10_000;
  await mkdir(dir, { recursive: true });
  const paths = Array.from({ length: files }, (_, i) => path.join(dir, `app-${String(i).padStart(2, '0')}.log`));
  const streams: WriteStream[] = paths.map((p) => createWriteStream(p));
  for (let i = 0; i < opts.lines; i++) {
    const error = i % errorEvery === errorEvery - 1;
    const service = error ? 'payments' : SERVICES[i % SERVICES.length]!;
    const line = JSON.stringify({
      ts: new Date(START_MS + i * 10).toISOString(),
      level: error ? 'error' : i % 97 === 0 ? 'warn' : 'info',
      service,
      msg: error ? `upstream timeout after 30000ms calling ledger (attempt ${1 + (i % 3)})` : `handled request GET /v1/${service}/items/${i % 5000} status=200`,
      request_id: `req-${i.toString(36).padStart(8, '0')}`,
      duration_ms: (i * 7919) % 900
    });
    const out = streams[i % files]!;
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  await Promise.all(
    streams.map(async (s) => {
      s.end();
      await once(s, 'finish');
    })
  );
  return paths;
}
