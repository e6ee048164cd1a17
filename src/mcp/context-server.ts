import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { HARNESS_VERSION } from '../core/version.js';
import type { ChatData, ChatMessage, Issue } from './context-data.js';
import { isoOrNull, parseTimestamp } from './log-time.js';
import { capText, text } from './tool-text.js';

export interface ContextServerData {
  /** Chat channels (from loadChat); without it the chat tools are not offered. */
  chat?: ChatData | null;
  /** Tracker issues (from loadIssues); without them the issue tools are not offered. */
  issues?: Issue[] | null;
}

const SEARCH_LIMIT = 50;

/**
 * The chat and tracker MCP server: `list_channels`, `read_channel`, `search_chat`, `list_issues`,
 * `get_issue`, `search_issues`. An unknown channel or issue is a tool error listing what exists.
 */
export function createContextServer(data: ContextServerData): McpServer {
  const parts = [data.chat ? 'the team chat' : null, data.issues ? 'the issue tracker' : null].filter(Boolean).join(' and ');
  const server = new McpServer(
    { name: 'opsbench-context', version: HARNESS_VERSION },
    { instructions: `Read-only access to ${parts || 'nothing (no chat or tracker data was given)'} of the team that owns the system: reports of the problem, what people saw and tried.` }
  );
  if (data.chat) registerChatTools(server, data.chat);
  if (data.issues) registerIssueTools(server, data.issues);
  return server;
}

function registerChatTools(server: McpServer, chat: ChatData): void {
  const channelNames = (): string => [...chat.keys()].join(', ') || '(none)';
  const channelOf = (name: string): ChatMessage[] => {
    const messages = chat.get(name.replace(/^#/, ''));
    if (!messages) throw new Error(`unknown channel "${name}"; channels: ${channelNames()}`);
    return messages;
  };

  server.registerTool(
    'list_channels',
    { description: 'List the chat channels with their message counts and the time of the last message.', inputSchema: {}, annotations: { readOnlyHint: true } },
    async () => {
      const lines = [...chat].map(([name, msgs]) => `#${name}  ${msgs.length} messages${msgs.at(-1) ? `, last ${display(msgs.at(-1)!)}` : ''}`);
      return text(lines.length ? lines.join('\n') : 'No channels.');
    }
  );

  server.registerTool(
    'read_channel',
    {
      description:
        'Read the latest messages of one channel, oldest first, each with its thread replies indented under it. Page back with `before` (the ts of the first message shown).',
      inputSchema: {
        channel: z.string().min(1).describe('Channel name from list_channels, with or without "#".'),
        limit: z.number().int().min(1).max(500).default(50).describe('Most top-level messages to show (1-500).'),
        before: z.string().optional().describe('Only messages before this one: a message ts as shown, or a time (RFC3339).')
      },
      annotations: { readOnlyHint: true }
    },
    async ({ channel, limit, before }) => {
      const messages = channelOf(channel);
      let top = messages.filter((m) => m.threadTs === null);
      if (before !== undefined) {
        const idx = top.findIndex((m) => m.ts === before);
        const cutoff = parseTimestamp(before);
        if (idx < 0 && cutoff === null) throw new Error(`before: "${before}" is neither a message ts of #${channel} nor a time`);
        top = idx >= 0 ? top.slice(0, idx) : top.filter((m) => m.tsMs !== null && m.tsMs < cutoff!);
      }
      const shown = top.slice(-limit);
      const earlier = top.length - shown.length;
      const lines: string[] = [];
      for (const m of shown) {
        lines.push(formatMessage(m, ''));
        for (const r of messages.filter((x) => x.threadTs === m.ts)) lines.push(formatMessage(r, '    ↳ '));
      }
      const note = earlier > 0 ? `[${earlier} earlier messages: read_channel with before="${shown[0]?.ts}"]` : '';
      return capText(`#${channel.replace(/^#/, '')}: ${shown.length} message${shown.length === 1 ? '' : 's'}${earlier ? ` (of ${top.length})` : ''}:`, lines, note, 'use a smaller limit');
    }
  );

  server.registerTool(
    'search_chat',
    {
      description: 'Search every channel (and thread reply) for messages containing all the given words, case-insensitive.',
      inputSchema: {
        query: z.string().min(1).describe('Words that must all appear, e.g. "timeout checkout".'),
        channel: z.string().optional().describe('Limit the search to one channel.')
      },
      annotations: { readOnlyHint: true }
    },
    async ({ query, channel }) => {
      const pool = channel ? channelOf(channel) : [...chat.values()].flat();
      const hits = pool.filter((m) => matchesAll(`${m.user} ${m.text}`, query));
      if (hits.length === 0) return text(`No messages contain all of: ${query}.`);
      const lines = hits.slice(0, SEARCH_LIMIT).map((m) => formatMessage(m, `#${m.channel} `) + (m.threadTs ? ` (reply in thread ${m.threadTs})` : ''));
      const note = hits.length > SEARCH_LIMIT ? `[${hits.length - SEARCH_LIMIT} more matches; add words or a channel]` : '';
      return capText(`${hits.length} message${hits.length === 1 ? '' : 's'} match:`, lines, note, 'add words or a channel');
    }
  );
}

function registerIssueTools(server: McpServer, issues: Issue[]): void {
  server.registerTool(
    'list_issues',
    {
      description: 'List tracker issues (id, status, title, labels, assignee, comment count), optionally only those with a status or a label.',
      inputSchema: {
        status: z.string().optional().describe('e.g. "open" or "closed" (case-insensitive).'),
        label: z.string().optional().describe('Only issues carrying this label.')
      },
      annotations: { readOnlyHint: true }
    },
    async ({ status, label }) => {
      const hits = issues.filter((i) => (!status || i.status === status.toLowerCase()) && (!label || i.labels.some((l) => l.toLowerCase() === label.toLowerCase())));
      if (hits.length === 0) {
        const statuses = [...new Set(issues.map((i) => i.status))].join(', ');
        const labels = [...new Set(issues.flatMap((i) => i.labels))].join(', ');
        return text(`No issues match. Statuses: ${statuses || '(none)'}. Labels: ${labels || '(none)'}.`);
      }
      return capText(`${hits.length} issue${hits.length === 1 ? '' : 's'}:`, hits.map(issueLine), '', 'filter by status or label');
    }
  );

  server.registerTool(
    'get_issue',
    {
      description: 'Read one issue in full: description and every comment.',
      inputSchema: { id: z.union([z.string(), z.number()]).describe('The issue id as listed, e.g. "OPS-142" or 142.') },
      annotations: { readOnlyHint: true }
    },
    async ({ id }) => {
      const wanted = String(id).replace(/^#/, '');
      const issue = issues.find((i) => i.id === wanted) ?? issues.find((i) => i.id.toLowerCase() === wanted.toLowerCase());
      if (!issue) throw new Error(`unknown issue "${id}"; issues: ${issues.map((i) => i.id).slice(0, 100).join(', ') || '(none)'}`);
      const lines = [
        `Status: ${issue.status}`,
        `Labels: ${issue.labels.join(', ') || '(none)'}`,
        `Assignee: ${issue.assignee ?? '(none)'}`,
        ...(issue.author ? [`Reported by: ${issue.author}${issue.createdAt ? ` at ${issue.createdAt}` : ''}`] : []),
        '',
        issue.body || '(no description)',
        ...issue.comments.flatMap((c, n) => ['', `--- comment ${n + 1} by ${c.author}${c.createdAt ? ` at ${c.createdAt}` : ''}`, c.body])
      ];
      return capText(`#${issue.id}: ${issue.title}`, lines, '', 'the issue is very long');
    }
  );

  server.registerTool(
    'search_issues',
    {
      description: 'Search issue titles, descriptions and comments for all the given words, case-insensitive.',
      inputSchema: { query: z.string().min(1).describe('Words that must all appear, e.g. "rate limit burst".') },
      annotations: { readOnlyHint: true }
    },
    async ({ query }) => {
      const hits = issues.filter((i) => matchesAll([i.id, i.title, i.body, ...i.labels, ...i.comments.map((c) => c.body)].join('\n'), query));
      if (hits.length === 0) return text(`No issues contain all of: ${query}.`);
      const lines = hits.slice(0, SEARCH_LIMIT).map((i) => `${issueLine(i)}\n    ${snippet([i.title, i.body, ...i.comments.map((c) => c.body)].join('\n'), query)}`);
      return capText(`${hits.length} issue${hits.length === 1 ? '' : 's'} match:`, lines, hits.length > SEARCH_LIMIT ? `[${hits.length - SEARCH_LIMIT} more]` : '', 'add words');
    }
  );
}

function terms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesAll(haystack: string, query: string): boolean {
  const lower = haystack.toLowerCase();
  return terms(query).every((t) => lower.includes(t));
}

/** The first line mentioning a query word, so search results show why they matched. */
function snippet(body: string, query: string): string {
  const words = terms(query);
  const line = body.split('\n').find((l) => words.some((w) => l.toLowerCase().includes(w))) ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function issueLine(i: Issue): string {
  const extra = [i.labels.length ? `labels: ${i.labels.join(', ')}` : null, i.assignee ? `assignee: ${i.assignee}` : null, `${i.comments.length} comments`];
  return `#${i.id} [${i.status}] ${i.title}  (${extra.filter(Boolean).join('; ')})`;
}

function display(m: ChatMessage): string {
  const iso = isoOrNull(m.tsMs);
  return iso && iso !== m.ts ? `${m.ts} ${iso}` : m.ts;
}

function formatMessage(m: ChatMessage, prefix: string): string {
  const indent = ' '.repeat(Math.min(prefix.length, 6));
  return `${prefix}[${display(m)}] ${m.user}: ${m.text.split('\n').join(`\n${indent}  `)}`;
}
