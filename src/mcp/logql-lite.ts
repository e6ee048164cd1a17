/**
 * The part of LogQL an agent reaches for first, evaluated over files:
 *
 *   {service="api", level=~"warn|error", filename!~".*debug.*"} |= "timeout" != "healthz" |~ "(?i)refused"
 *
 * - label matchers `=`, `!=`, `=~`, `!~` (regexes are anchored at both ends, as in Prometheus and Loki);
 * - line filters `|=` contains, `!=` does not contain, `|~` matches, `!~` does not match (unanchored);
 * - `| json` and `| logfmt` are accepted and ignored (labels are already extracted), and `| level="error"`
 *   label filters are treated as more matchers.
 * Strings are "double quoted" with Go escapes or `backticked` raw. A leading `(?i)` makes a regex
 * case-insensitive, as in RE2. The braces may be left out (`|= "timeout"` alone searches everything).
 */
export type MatchOp = '=' | '!=' | '=~' | '!~';
export type FilterOp = '|=' | '!=' | '|~' | '!~';

export interface LabelMatcher {
  label: string;
  op: MatchOp;
  value: string;
}

export interface LineFilter {
  op: FilterOp;
  value: string;
}

export interface ParsedLogQuery {
  matchers: LabelMatcher[];
  filters: LineFilter[];
}

export const LOGQL_LITE_HELP =
  'Use {label="value", label=~"regex"} then optional line filters |= "text", != "text", |~ "regex", !~ "regex"';

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }
  peek(n = 1): string {
    return this.text.slice(this.pos, this.pos + n);
  }
  done(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }
  fail(what: string): never {
    const near = this.text.slice(this.pos, this.pos + 20);
    throw new Error(`query: ${what} at column ${this.pos + 1}${near ? ` (near "${near}")` : ''}. ${LOGQL_LITE_HELP}`);
  }
}

/** @throws Error with the column and what was expected, for the agent to fix its query. */
export function parseLogQuery(query: string | undefined): ParsedLogQuery {
  const out: ParsedLogQuery = { matchers: [], filters: [] };
  if (query === undefined || query.trim() === '') return out;
  const c = new Cursor(query);
  c.skipSpace();
  if (c.peek() === '{') {
    c.pos++;
    c.skipSpace();
    while (c.peek() !== '}') {
      out.matchers.push(parseMatcher(c));
      c.skipSpace();
      if (c.peek() === ',') {
        c.pos++;
        c.skipSpace();
      } else if (c.peek() !== '}') c.fail('expected "," or "}"');
    }
    c.pos++;
  }
  while (!c.done()) {
    const two = c.peek(2);
    if (two === '|=' || two === '!=' || two === '|~' || two === '!~') {
      c.pos += 2;
      c.skipSpace();
      out.filters.push({ op: two, value: parseString(c) });
    } else if (c.peek() === '|') {
      c.pos++;
      c.skipSpace();
      const word = /^[A-Za-z_][\w]*/.exec(c.text.slice(c.pos))?.[0];
      if (word === 'json' || word === 'logfmt') {
        c.pos += word.length;
      } else if (word !== undefined) {
        out.matchers.push(parseMatcher(c));
      } else c.fail('expected a parser (json, logfmt) or a label filter after "|"');
    } else c.fail('expected a line filter (|=, !=, |~, !~)');
  }
  for (const m of [...out.matchers.filter((m) => m.op === '=~' || m.op === '!~'), ...out.filters.filter((f) => f.op === '|~' || f.op === '!~')]) {
    compileRegex(m.value, false);
  }
  return out;
}

function parseMatcher(c: Cursor): LabelMatcher {
  const label = /^[A-Za-z_][\w.]*/.exec(c.text.slice(c.pos))?.[0];
  if (label === undefined) c.fail('expected a label name');
  c.pos += label.length;
  c.skipSpace();
  const op = (['=~', '!~', '!=', '='] as const).find((o) => c.peek(o.length) === o);
  if (op === undefined) c.fail(`expected "=", "!=", "=~" or "!~" after label "${label}"`);
  c.pos += op.length;
  c.skipSpace();
  return { label, op, value: parseString(c) };
}

function parseString(c: Cursor): string {
  const quote = c.peek();
  if (quote === '`') {
    const end = c.text.indexOf('`', c.pos + 1);
    if (end < 0) c.fail('unterminated `string`');
    const value = c.text.slice(c.pos + 1, end);
    c.pos = end + 1;
    return value;
  }
  if (quote !== '"') c.fail('expected a "quoted string"');
  let value = '';
  let i = c.pos + 1;
  for (; i < c.text.length; i++) {
    const ch = c.text[i];
    if (ch === '"') break;
    if (ch === '\\') {
      const next = c.text[++i] ?? '';
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
    } else value += ch;
  }
  if (i >= c.text.length) c.fail('unterminated "string"');
  c.pos = i + 1;
  return value;
}

/** RE2's `(?i)` prefix becomes JavaScript's `i` flag. @throws Error naming the bad regex. */
export function compileRegex(source: string, anchored: boolean): RegExp {
  const insensitive = source.startsWith('(?i)');
  const body = insensitive ? source.slice(4) : source;
  try {
    return new RegExp(anchored ? `^(?:${body})$` : body, insensitive ? 'i' : '');
  } catch (error) {
    throw new Error(`query: invalid regex "${source}": ${(error as Error).message}. ${LOGQL_LITE_HELP}`, { cause: error });
  }
}

/** One label matcher as a test of the label's value ("" when the line lacks the label, as in Loki). */
export function compileLabelMatcher(m: LabelMatcher): (value: string) => boolean {
  const re = m.op === '=~' || m.op === '!~' ? compileRegex(m.value, true) : null;
  if (m.op === '=') return (v) => v === m.value;
  if (m.op === '!=') return (v) => v !== m.value;
  return m.op === '=~' ? (v) => re!.test(v) : (v) => !re!.test(v);
}

/** One line filter as a test of the line's text. */
export function compileLineFilter(f: LineFilter): (text: string) => boolean {
  const re = f.op === '|~' || f.op === '!~' ? compileRegex(f.value, false) : null;
  if (f.op === '|=') return (t) => t.includes(f.value);
  if (f.op === '!=') return (t) => !t.includes(f.value);
  return f.op === '|~' ? (t) => re!.test(t) : (t) => !re!.test(t);
}

/** Builds the predicate over a line's labels and text. */
export function compileLogQuery(parsed: ParsedLogQuery): (labels: Record<string, string>, text: string) => boolean {
  // A missing label matches "" as in Loki, so {level!="error"} keeps lines without a level.
  const matchers = parsed.matchers.map((m) => {
    const test = compileLabelMatcher(m);
    return (labels: Record<string, string>) => test(labels[m.label] ?? '');
  });
  const filters = parsed.filters.map(compileLineFilter);
  return (labels, text) => matchers.every((m) => m(labels)) && filters.every((f) => f(text));
}
