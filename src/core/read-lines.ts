import { createReadStream } from 'node:fs';

export interface FileLine {
  /** The line without its newline; a `\r` before the newline is dropped. */
  text: string;
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte in the file. */
  offset: number;
  /** Bytes of the line kept in `text` (without the newline and `\r`; at most maxLineBytes). */
  bytes: number;
  /** False only for a last line the file does not end with a newline after (a cut-off write, or just no newline). */
  terminated: boolean;
  /** The line was longer than maxLineBytes and `text` is its start. */
  cut: boolean;
}

/**
 * The lines of a file, streamed: memory holds one chunk and one line at a time whatever the file's size,
 * and each line comes with its byte offset so a caller can index the file and read the line again later.
 * With `maxLineBytes`, a longer line is kept to that length and flagged, so one giant line cannot exhaust
 * memory either.
 */
export async function* readLines(file: string, opts: { maxLineBytes?: number } = {}): AsyncGenerator<FileLine> {
  const max = opts.maxLineBytes ?? Infinity;
  let carry: Buffer | undefined;
  let carryOffset = 0;
  let skipping = false;
  let pos = 0;
  let number = 0;
  const line = (data: Buffer, start: number, end: number, offset: number, terminated: boolean, cut: boolean): FileLine => {
    const stop = !cut && end > start && data[end - 1] === 0x0d ? end - 1 : end;
    return { text: data.toString('utf8', start, stop), number: ++number, offset, bytes: stop - start, terminated, cut };
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      if (skipping) skipping = false;
      else if (carry) {
        const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
        yield line(joined, 0, Math.min(joined.length, max), carryOffset, true, joined.length > max);
      } else if (nl - from > max) yield line(chunk, from, from + max, pos + from, true, true);
      else yield line(chunk, from, nl, pos + from, true, false);
      carry = undefined;
      from = nl + 1;
    }
    if (from < chunk.length && !skipping) {
      const rest = chunk.subarray(from);
      if (!carry) carryOffset = pos + from;
      carry = carry ? Buffer.concat([carry, rest]) : Buffer.from(rest);
      if (carry.length > max) {
        yield line(carry, 0, max, carryOffset, true, true);
        carry = undefined;
        skipping = true;
      }
    }
    pos += chunk.length;
  }
  if (carry) yield line(carry, 0, carry.length, carryOffset, false, false);
}
