import { lineFilterVisitor } from '../../src/mcp/line-filter-bytes.js';

// The literal filters search the read window's bytes in place (line-filter-bytes.ts): a line matches only
// by its own bytes, never by a neighbour's or by what an earlier, longer read left past the window's end.

/** Feeds `lines` to the visitor as scanLines would: one window holding them all, `stale` bytes after it. */
function run(query: { op: '|=' | '!='; value: string }[], lines: string[], stale = ''): number[] {
  const text = lines.join('\n');
  const filled = Buffer.byteLength(text);
  const buf = Buffer.concat([Buffer.from(text), Buffer.from(stale)]);
  const matched: number[] = [];
  const visit = lineFilterVisitor(query, (id) => matched.push(id));
  let start = 0;
  lines.forEach((line, id) => {
    const end = start + Buffer.byteLength(line);
    visit(id, buf, start, end, 1, filled);
    start = end + 1;
  });
  return matched;
}

describe('literal line filters on bytes', () => {
  it('matches each line by its own bytes, several in one window', () => {
    expect(run([{ op: '|=', value: 'status=200' }], ['a status=200', 'b status=500', 'c status=200 status=200', 'd'])).toEqual([0, 2]);
  });

  it('never matches across a line end or in the stale bytes past the window', () => {
    expect(run([{ op: '|=', value: 'ab' }], ['xa', 'bx'])).toEqual([]);
    expect(run([{ op: '|=', value: 'needle' }], ['no', 'nee'], 'dle and a needle')).toEqual([]);
  });

  it('finds multi-byte UTF-8 text, and != keeps the lines without it', () => {
    const lines = ['café crème', 'cafe creme', 'über café'];
    expect(run([{ op: '|=', value: 'café' }], lines)).toEqual([0, 2]);
    expect(run([{ op: '!=', value: 'café' }], lines)).toEqual([1]);
  });

  it('applies every filter', () => {
    expect(run([{ op: '|=', value: 'error' }, { op: '!=', value: 'retry' }], ['error retry', 'error final', 'ok'])).toEqual([1]);
  });
});
