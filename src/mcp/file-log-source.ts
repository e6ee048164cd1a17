import path from 'node:path';
import { lineFilterVisitor } from './line-filter-bytes.js';
import { buildLogIndex, NO_TIME, readLineTexts, scanLines, type LogIndex } from './log-index.js';
import type {
  LogContextQuery,
  LogContextResult,
  LogLine,
  LogQuery,
  LogQueryResult,
  LogSource,
  LogStatsQuery,
  LogStatsRow
} from './log-source.js';
import { isoOrNull, parseBound } from './log-time.js';
import { compileLabelMatcher, parseLogQuery, type LabelMatcher, type LineFilter } from './logql-lite.js';

/** The labels every file line gets. */
export const FILE_LABELS = ['filename', 'level', 'service'] as const;

/**
 * Logs read from a directory (recursively) or one file. Each line gets labels `filename` (relative to the
 * directory, `/`-separated), `level` and `service` (from JSON or logfmt fields or a plain line's words; a
 * plain file's service defaults to its name without extension). A line with no timestamp of its own, such
 * as a stack-trace frame, inherits the timestamp, level and service of the line above it, so
 * `{level="error"}` brings the whole trace. The files are indexed once, streaming (log-index.ts); a query
 * selects by label and time on the index and reads from disk only the text it filters or returns, so a
 * million lines cost tens of megabytes, not the files' size. Files are the harness's and do not change.
 */
export class FileLogSource implements LogSource {
  private loaded: Promise<LogIndex> | null = null;

  /** @param root a directory or a file of logs (absolute, or relative to the process's cwd). */
  constructor(readonly root: string) {}

  describe(): string {
    return `log files under ${this.root}`;
  }

  /** What indexing left out or cut (binary or compressed files, giant lines), one line each. */
  async notes(): Promise<string[]> {
    return (await this.load()).notes;
  }

  async labels(): Promise<string[]> {
    const index = await this.load();
    if (index.sorted.length === 0) return [];
    const hasLevel = index.sorted.some((i) => index.level[i]! >= 0);
    return FILE_LABELS.filter((label) => label !== 'level' || hasLevel);
  }

  async labelValues(label: string): Promise<string[]> {
    checkLabel(label);
    const index = await this.load();
    const values = new Set<string>();
    for (const i of index.sorted) {
      const value = labelValue(index, label, i);
      if (value !== undefined) values.add(value);
    }
    return [...values].sort();
  }

  async query(q: LogQuery): Promise<LogQueryResult> {
    const index = await this.load();
    const { matched, total } = await matching(index, q, q.limit, q.direction === 'backward');
    return { lines: await materialize(index, matched), more: Math.max(0, total - matched.length) };
  }

  async stats(q: LogStatsQuery): Promise<LogStatsRow[]> {
    checkLabel(q.by);
    const index = await this.load();
    const groups = new Map<string, { count: number; first: number | null; last: number | null }>();
    for (const i of (await matching(index, q, Infinity, false)).matched) {
      const value = labelValue(index, q.by, i) ?? '(none)';
      let g = groups.get(value);
      if (!g) groups.set(value, (g = { count: 0, first: null, last: null }));
      g.count++;
      const ts = index.tsMs[i]!;
      if (ts !== NO_TIME) {
        g.first = g.first === null ? ts : Math.min(g.first, ts);
        g.last = g.last === null ? ts : Math.max(g.last, ts);
      }
    }
    return [...groups]
      .map(([value, g]) => ({ value, count: g.count, first: isoOrNull(g.first), last: isoOrNull(g.last) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }

  async context(q: LogContextQuery): Promise<LogContextResult> {
    const index = await this.load();
    const file = index.files.indexOf(resolveFilename(q.filename, index.files));
    const name = index.files[file]!;
    const first = index.fileStart[file]!;
    const count = index.fileStart[file + 1]! - first;
    if (q.line === undefined) throw new Error(`get_context: give "line", the line number shown as ${name}:<line> in query_logs output`);
    if (q.line < 1 || q.line > count) throw new Error(`get_context: ${name} has lines 1..${count}; line ${q.line} is outside`);
    const from = Math.max(1, q.line - q.before);
    const to = Math.min(count, q.line + q.after);
    const ids = Array.from({ length: to - from + 1 }, (_, k) => first + from - 1 + k);
    return { lines: await materialize(index, ids), anchor: q.line - from };
  }

  private load(): Promise<LogIndex> {
    // Reset on failure so a later call reports the problem again instead of a cached rejection.
    this.loaded ??= buildLogIndex(this.root).catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }
}

/**
 * Line ids matching the query in time order (reversed for backward), at most `limit` of them, and how many
 * match in all. Labels and time are decided on the index; line filters read the text of every line that
 * passes those, because the answer says how many more lines matched.
 */
async function matching(
  index: LogIndex,
  q: { query?: string; start?: string; end?: string },
  limit: number,
  backward: boolean
): Promise<{ matched: number[]; total: number }> {
  const parsed = parseLogQuery(q.query);
  for (const m of parsed.matchers) checkLabel(m.label);
  const start = parseBound('start', q.start);
  const end = parseBound('end', q.end);
  const allowed = (label: string) => allowedValues(index, label, parsed.matchers.filter((m) => m.label === label));
  const levelOk = allowed('level');
  const serviceOk = allowed('service');
  const fileOk = allowed('filename');
  const { sorted, tsMs, level, service, fileOf } = index;
  const filtered = parsed.filters.length > 0;
  const everything = start === null && end === null && [levelOk, serviceOk, fileOk].every((ok) => ok.every((v) => v === 1));
  if (everything && filtered) {
    // A text search over everything (the broad query): every line is a candidate, in time order as indexed.
    return filterText(index, backward ? sorted.slice().reverse() : sorted, parsed.filters, limit);
  }
  // Typed, preallocated: a broad query over a million lines keeps every candidate until the filters ran.
  const candidates = new Uint32Array(filtered ? sorted.length : Math.min(sorted.length, limit));
  let taken = 0;
  let total = 0;
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[backward ? sorted.length - 1 - k : k]!;
    const ts = tsMs[i]!;
    if (start !== null && (ts === NO_TIME || ts < start)) continue;
    if (end !== null && (ts === NO_TIME || ts > end)) continue;
    if (!levelOk[level[i]! + 1] || !serviceOk[service[i]! + 1] || !fileOk[fileOf[i]! + 1]) continue;
    total++;
    if (taken < candidates.length) candidates[taken++] = i;
  }
  if (!filtered) return { matched: Array.from(candidates.subarray(0, taken)), total };
  return filterText(index, candidates.subarray(0, taken), parsed.filters, limit);
}

/** The candidates (in answer order) whose text passes the line filters: the first `limit` and how many in all. */
async function filterText(index: LogIndex, candidates: Uint32Array, filters: LineFilter[], limit: number): Promise<{ matched: number[]; total: number }> {
  const keep = new Uint8Array(index.offset.length);
  await scanLines(index, candidates, lineFilterVisitor(filters, (id) => (keep[id] = 1)));
  const matched: number[] = [];
  let total = 0;
  for (const i of candidates) {
    if (!keep[i]) continue;
    total++;
    if (matched.length < limit) matched.push(i);
  }
  return { matched, total };
}

function checkLabel(label: string): void {
  if (!(FILE_LABELS as readonly string[]).includes(label)) {
    throw new Error(`unknown label "${label}"; log files have labels: ${FILE_LABELS.join(', ')}`);
  }
}

function labelValue(index: LogIndex, label: string, i: number): string | undefined {
  if (label === 'filename') return index.files[index.fileOf[i]!];
  if (label === 'service') return index.services[index.service[i]!];
  const level = index.level[i]!;
  return level < 0 ? undefined : index.levels[level];
}

/**
 * For one label, which value ids pass its matchers, as flags at id + 1 (slot 0 = the label is missing,
 * which matches "" as in Loki, so {level!="error"} keeps lines without a level). Matchers run once per
 * distinct value, not once per line.
 */
function allowedValues(index: LogIndex, label: string, matchers: LabelMatcher[]): Uint8Array {
  const values = label === 'filename' ? index.files : label === 'service' ? index.services : index.levels;
  const tests = matchers.map(compileLabelMatcher);
  const ok = new Uint8Array(values.length + 1);
  ['', ...values].forEach((v, slot) => (ok[slot] = tests.every((t) => t(v)) ? 1 : 0));
  return ok;
}

/** The LogLines of `ids`, in that order, their text read from disk. */
async function materialize(index: LogIndex, ids: number[]): Promise<LogLine[]> {
  const texts = new Map<number, string>();
  await readLineTexts(index, ids, (id, text) => texts.set(id, text));
  return ids.map((i) => {
    const file = index.fileOf[i]!;
    const filename = index.files[file]!;
    const labels: Record<string, string> = { filename };
    const level = labelValue(index, 'level', i);
    if (level !== undefined) labels.level = level;
    labels.service = index.services[index.service[i]!]!;
    const ts = index.tsMs[i]!;
    const tsMs = ts === NO_TIME ? null : ts;
    return { tsMs, ts: isoOrNull(tsMs), labels, filename, line: i - index.fileStart[file]! + 1, text: texts.get(i) ?? '' };
  });
}

/** Exact relative path first, then a unique basename or path suffix, so "api.log" finds "prod/api.log". */
function resolveFilename(wanted: string, names: string[]): string {
  if (names.includes(wanted)) return wanted;
  const suffix = names.filter((n) => n === wanted || n.endsWith(`/${wanted}`) || path.posix.basename(n) === path.posix.basename(wanted));
  if (suffix.length === 1 && suffix[0] !== undefined) return suffix[0];
  throw new Error(`unknown filename "${wanted}"${suffix.length > 1 ? ' (ambiguous)' : ''}; files: ${names.join(', ')}`);
}
