import { createReadStream } from 'node:fs';

export interface FileLine {
  /** The line without its newline (a trailing \r is kept: callers that care trim). */
  text: string;
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte in the file. */
  offset: number;
  /** False only for a last line the file does not end with a newline after (a cut-off write, or just no newline). */
  terminated: boolean;
}

/**
 * The lines of a file, streamed: memory holds one chunk and one line at a time whatever the file's size,
 * and each line comes with its byte offset so a caller can index the file and seek back to it later.
 */
export async function* readLines(file: string, opts: { start?: number; end?: number } = {}): AsyncGenerator<FileLine> {
  let carry: Buffer | undefined;
  let offset = opts.start ?? 0;
  let number = 0;
  for await (const chunk of createReadStream(file, { start: opts.start, end: opts.end, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const data: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let from = 0;
    for (let nl = data.indexOf(0x0a, from); nl !== -1; nl = data.indexOf(0x0a, from)) {
      yield { text: data.toString('utf8', from, nl), number: ++number, offset, terminated: true };
      offset += nl + 1 - from;
      from = nl + 1;
    }
    carry = from < data.length ? data.subarray(from) : undefined;
  }
  if (carry) yield { text: carry.toString('utf8'), number: number + 1, offset, terminated: false };
}
