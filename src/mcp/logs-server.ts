import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { HARNESS_VERSION } from '../core/version.js';
import type { LogLine, LogSource } from './log-source.js';
import { capText, text } from './tool-text.js';

export const QUERY_LIMIT_DEFAULT = 100;
export const QUERY_LIMIT_MAX = 1000;
/** Longest single log line shown; longer ones are cut with a note (a minified JSON blob can be 100 kB). */
const MAX_LINE_CHARS = 2000;

const NARROW_HINT =
  'narrow with a label selector ({service="api",level="error"}), a line filter (|= "timeout"), start/end, or log_stats to see where lines are';

const INSTRUCTIONS = `Production logs of the system you are working on. They are mostly normal traffic; the symptoms of a bug are usually a few lines among hundreds.
Start with log_stats (by level or service) to see the shape of the logs, then query_logs with a selector such as {level="error"} or {service="api"} |= "timeout", then get_context around an interesting line.`;

const queryField = z
  .string()
  .optional()
  .describe(
    'LogQL selector with optional line filters, e.g. {service="api",level=~"warn|error"} |= "timeout" != "healthz" |~ "(?i)refused". Matchers: = != =~ !~ (regex anchored). Line filters: |= contains, != does not contain, |~ regex, !~ not regex. Omit to match every line.'
  );
const startField = z.string().optional().describe('Only lines at or after this time: RFC3339 (2024-05-01T10:00:00Z) or epoch seconds/ms/ns.');
const endField = z.string().optional().describe('Only lines at or before this time, same formats as start.');

/**
 * The logs MCP server: tools `list_labels`, `label_values`, `query_logs`, `log_stats`, `get_context` over
 * any {@link LogSource}. Backend errors (bad query, unknown label or file, Loki down) become tool error
 * results the agent can read and act on. One server per connection; the source may be shared.
 */
export function createLogsServer(source: LogSource): McpServer {
  const server = new McpServer({ name: 'opsbench-logs', version: HARNESS_VERSION }, { instructions: `${INSTRUCTIONS}\nSource: ${source.describe()}.` });

  server.registerTool(
    'list_labels',
    {
      description: 'List the label names log lines can be selected by (e.g. service, level, filename). Use label_values to see the values of one.',
      inputSchema: {},
      annotations: { readOnlyHint: true }
    },
    async () =>
      text(
        `Labels: ${(await source.labels()).join(', ') || '(none)'}\nUse label_values(label) to see the values, and {label="value"} in query_logs.${await notesText(source)}`
      )
  );

  server.registerTool(
    'label_values',
    {
      description: 'List the values of one label, e.g. label_values("service") gives the services that logged, label_values("level") the levels present.',
      inputSchema: { label: z.string().min(1).describe('A label name from list_labels, e.g. "service", "level" or "filename".') },
      annotations: { readOnlyHint: true }
    },
    async ({ label }) => {
      const values = await source.labelValues(label);
      return text(values.length ? `Values of ${label} (${values.length}):\n${values.join('\n')}` : `Label ${label} has no values.`);
    }
  );

  server.registerTool(
    'query_logs',
    {
      description: `Search log lines. Returns one line per log line (file:line or timestamp, then the raw line), oldest first unless direction is "backward" (newest first). At most \`limit\` lines (default ${QUERY_LIMIT_DEFAULT}, max ${QUERY_LIMIT_MAX}); the output says how many more matched, so narrow the query rather than raising the limit.`,
      inputSchema: {
        query: queryField,
        start: startField,
        end: endField,
        limit: z.number().int().min(1).max(QUERY_LIMIT_MAX).default(QUERY_LIMIT_DEFAULT).describe(`Most lines to return (1-${QUERY_LIMIT_MAX}).`),
        direction: z.enum(['forward', 'backward']).default('forward').describe('forward = oldest first, backward = newest first.')
      },
      annotations: { readOnlyHint: true }
    },
    async (args) => {
      const result = await source.query(args);
      if (result.lines.length === 0) {
        return text(`No lines match${args.query ? ` ${args.query}` : ''}${args.start || args.end ? ' in that time range' : ''}. Check label values with label_values, or widen start/end.${await notesText(source)}`);
      }
      const order = args.direction === 'backward' ? 'newest first' : 'oldest first';
      const header =
        result.more === 0
          ? `${result.lines.length} matching line${result.lines.length === 1 ? '' : 's'}, ${order}:`
          : result.more === 'unknown'
            ? `First ${result.lines.length} matching lines, ${order}:`
            : `${result.lines.length} of ${result.lines.length + result.more} matching lines, ${order}:`;
      const note =
        result.more === 0
          ? ''
          : result.more === 'unknown'
            ? `[more lines match beyond the limit of ${args.limit}; ${NARROW_HINT}]`
            : `[${result.more} more lines, ${NARROW_HINT}]`;
      return capText(header, result.lines.map(formatLine), `${note}${await notesText(source)}`.trimStart(), NARROW_HINT);
    }
  );

  server.registerTool(
    'log_stats',
    {
      description:
        'Count matching log lines grouped by one label, largest group first, with the first and last timestamp of each group when known. Use it first to find the few unusual lines (a rare level, a service with errors, a burst in time) among many normal ones.',
      inputSchema: {
        by: z.string().min(1).default('level').describe('The label to group by: "service", "level" or "filename" (on Loki, any label from list_labels).'),
        query: queryField,
        start: startField,
        end: endField
      },
      annotations: { readOnlyHint: true }
    },
    async (args) => {
      const rows = await source.stats(args);
      if (rows.length === 0) return text(`No lines match${args.query ? ` ${args.query}` : ''}.`);
      const total = rows.reduce((sum, r) => sum + r.count, 0);
      const width = Math.max(...rows.map((r) => r.value.length));
      const countWidth = String(rows[0]?.count ?? 0).length;
      const lines = rows.map((r) => {
        const span = r.first ? `  ${r.first} .. ${r.last ?? r.first}` : '';
        return `  ${r.value.padEnd(width)}  ${String(r.count).padStart(countWidth)}${span}`;
      });
      return capText(`Lines by ${args.by}${args.query ? ` for ${args.query}` : ''}: ${total} in total`, lines, '', 'give a query to count fewer groups');
    }
  );

  server.registerTool(
    'get_context',
    {
      description:
        'Show the lines around one log line of one file, as written in the file (all services and levels), to see what happened just before and after. For log files give filename and line as printed by query_logs (file:line). On Loki give filename and ts (the timestamp query_logs printed).',
      inputSchema: {
        filename: z.string().min(1).describe('The file, as printed by query_logs (e.g. "api.log" or "prod/api.log").'),
        line: z.number().int().min(1).optional().describe('1-based line number in the file (log files).'),
        ts: z.string().optional().describe('Timestamp of the line (Loki, which has no line numbers).'),
        before: z.number().int().min(0).max(200).default(10).describe('Lines before (0-200).'),
        after: z.number().int().min(0).max(200).default(10).describe('Lines after (0-200).')
      },
      annotations: { readOnlyHint: true }
    },
    async (args) => {
      const { lines, anchor } = await source.context(args);
      if (lines.length === 0) return text(`No lines around that point of ${args.filename}.`);
      const numbered = lines.map((l, i) => `${i === anchor ? '>' : ' '} ${l.line !== null ? String(l.line).padStart(6) : (l.ts ?? '')}  ${cut(l.text)}`);
      return capText(`${args.filename}${args.line ? ` around line ${args.line}` : args.ts ? ` around ${args.ts}` : ''}:`, numbered, '', 'ask for fewer lines before/after');
    }
  );

  return server;
}

/** Skipped files and cut lines, on every answer they could change: an agent must not take a gap for silence. */
async function notesText(source: LogSource): Promise<string> {
  const notes = (await source.notes?.()) ?? [];
  return notes.length ? `\n[not searched or cut: ${notes.join('; ')}]` : '';
}

function formatLine(line: LogLine): string {
  if (line.line !== null && line.filename !== null) return `${line.filename}:${line.line}  ${cut(line.text)}`;
  const labels = Object.entries(line.labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',');
  return `${line.ts ?? '-'} {${labels}}  ${cut(line.text)}`;
}

function cut(line: string): string {
  return line.length <= MAX_LINE_CHARS ? line : `${line.slice(0, MAX_LINE_CHARS)}… [${line.length - MAX_LINE_CHARS} more chars]`;
}
