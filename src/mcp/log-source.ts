/**
 * What the logs MCP server needs from a log store. Two backends: files the harness holds
 * (file-log-source.ts) and a Loki HTTP API (loki-log-source.ts). The server formats; backends only fetch.
 */

/** One log line as a backend returns it. */
export interface LogLine {
  /** Milliseconds since the epoch, or null when the line carries no timestamp (and inherited none). */
  tsMs: number | null;
  /** The exact timestamp text for display: Loki's nanosecond string as RFC3339, or the line's own. */
  ts: string | null;
  /** The labels this line is selected by (`service`, `level`, `filename`, or a Loki stream's labels). */
  labels: Record<string, string>;
  /** Position in its file (1-based), when the backend knows it: what get_context takes. */
  filename: string | null;
  line: number | null;
  /** The raw line, as written. */
  text: string;
}

export type Direction = 'forward' | 'backward';

export interface LogQuery {
  /** LogQL-lite: `{service="api",level=~"warn|error"} |= "timeout" != "healthz" |~ "(?i)refused"`. Empty = all. */
  query?: string;
  /** Inclusive bounds: RFC3339 or epoch seconds/milliseconds/nanoseconds. */
  start?: string;
  end?: string;
  limit: number;
  /** forward = oldest first, backward = newest first (Loki's meaning). */
  direction: Direction;
}

export interface LogQueryResult {
  lines: LogLine[];
  /**
   * How many matching lines were left out beyond `limit`: a count when the backend knows it (files),
   * 'unknown' when it only knows that more exist (Loki), 0 when nothing was left out.
   */
  more: number | 'unknown';
}

export interface LogStatsQuery {
  by: string;
  query?: string;
  start?: string;
  end?: string;
}

export interface LogStatsRow {
  value: string;
  count: number;
  /** First and last timestamp in the group when the backend knows them (files). */
  first?: string | null;
  last?: string | null;
}

export interface LogContextQuery {
  filename: string;
  /** 1-based line number (file backend). */
  line?: number;
  /** Timestamp of the anchor line (Loki, which has no line numbers). */
  ts?: string;
  before: number;
  after: number;
}

export interface LogContextResult {
  lines: LogLine[];
  /** Index in `lines` of the anchor line, or -1 when it is not among them. */
  anchor: number;
}

/**
 * A log store. Every method may throw an Error whose message is meant for the agent (bad selector, unknown
 * label, unknown file, backend unreachable): the server turns it into a tool error result.
 */
export interface LogSource {
  /** For the server's instructions, e.g. "12 files under /task/data/logs" or "Loki at http://loki:3100". */
  describe(): string;
  /** Label names lines can be selected by. */
  labels(): Promise<string[]>;
  /** @throws Error naming the known labels when `label` is not one of them (file backend). */
  labelValues(label: string): Promise<string[]>;
  /** @throws Error for a query the backend cannot parse, with the parser's message. */
  query(q: LogQuery): Promise<LogQueryResult>;
  /** Line counts grouped by one label, largest first. */
  stats(q: LogStatsQuery): Promise<LogStatsRow[]>;
  /** Lines around one line of one file. @throws Error listing files when `filename` is unknown. */
  context(q: LogContextQuery): Promise<LogContextResult>;
  /** What the backend left out or cut (skipped files, over-long lines), one line each; absent = nothing. */
  notes?(): Promise<string[]>;
}
