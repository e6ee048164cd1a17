import type { LineVisitor } from './log-index.js';
import { compileLineFilter, type LineFilter } from './logql-lite.js';

/**
 * LogQL line filters evaluated on a line's bytes. A literal (`|=`, `!=`) is searched for as bytes in the read
 * window (UTF-8 is self-synchronising, so a byte match is a text match) with one forward-moving cursor per
 * filter: a filter over a million lines is one pass of byte search and no string at all. A regex decodes
 * the line.
 * Returns a visitor that calls `onMatch(id)` for each line passing every filter.
 */
export function lineFilterVisitor(filters: LineFilter[], onMatch: (id: number) => void): LineVisitor {
  const tests = filters.map((f) => (f.op === '|=' || f.op === '!=' ? literalTest(f.value, f.op === '!=') : textTest(compileLineFilter(f))));
  return (id, buf, start, end, window, filled) => {
    for (const test of tests) if (!test(buf, start, end, window, filled)) return;
    onMatch(id);
  };
}

type BytesTest = (buf: Buffer, start: number, end: number, window: number, filled: number) => boolean;

function literalTest(value: string, negate: boolean): BytesTest {
  const needle = Buffer.from(value, 'utf8');
  let seenWindow = -1;
  let view: Buffer = Buffer.alloc(0);
  let hit = -1; // the first occurrence at or after the last line's start in this window, or -1 for none left
  return (buf, start, end, window, filled) => {
    if (window !== seenWindow) {
      // Searched as bytes, in place: a string of the window (a megabyte, kept outside V8's heap) per read
      // left the process's memory at ~300 MB after a few broad queries over a million lines.
      view = buf.subarray(0, filled);
      seenWindow = window;
      hit = view.indexOf(needle, start);
    } else if (hit !== -1 && hit < start) hit = view.indexOf(needle, start);
    const found = hit !== -1 && hit + needle.length <= end;
    return found !== negate;
  };
}

function textTest(test: (text: string) => boolean): BytesTest {
  return (buf, start, end) => test(buf.toString('utf8', start, end));
}
