import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UserInputError } from '../core/errors.js';
import { parseTimestamp } from './log-time.js';

/**
 * The chat and tracker files of an observability task (`context.chat`, `context.tracker`). Authors write
 * them by hand or export them from Slack or GitHub, so the schemas are lenient in the vercel/ai way:
 * only the fields we read, every one `.nullish()`, unknown keys ignored, common spellings accepted
 * (`user`/`author`/`username`, `text`/`message`/`body`, `status`/`state`, labels as strings or `{name}`).
 * Only what makes a file unusable is an error: a message without text, an issue without id.
 */

const Stamp = z.union([z.string(), z.number()]);
// Discord exports (APEX-SWE's data/mattermost/scraped.json) name people by `global_name` / `username`.
const Person = z.union([
  z.string(),
  z.object({ login: z.string().nullish(), name: z.string().nullish(), real_name: z.string().nullish(), global_name: z.string().nullish(), username: z.string().nullish() })
]);

const MessageFields = {
  ts: Stamp.nullish(),
  time: Stamp.nullish(),
  timestamp: Stamp.nullish(),
  date: Stamp.nullish(),
  user: Person.nullish(),
  author: Person.nullish(),
  username: z.string().nullish(),
  user_name: z.string().nullish(),
  text: z.string().nullish(),
  message: z.string().nullish(),
  body: z.string().nullish(),
  /** Discord's message text (a string, or `{body}` in some exports). */
  content: z.union([z.string(), z.object({ body: z.string().nullish() })]).nullish(),
  /** The parent's `ts` for a reply (Slack's `thread_ts`), or the replies themselves. */
  thread_ts: Stamp.nullish()
};

export interface ChatMessageInput extends z.infer<z.ZodObject<typeof MessageFields>> {
  channel?: string | null;
  thread?: string | number | ChatMessageInput[] | null;
  replies?: ChatMessageInput[] | null;
}

/** One chat message. `thread` is either the parent message's ts or an array of replies. */
export const ChatMessageSchema: z.ZodType<ChatMessageInput> = z.object({
  ...MessageFields,
  channel: z.string().nullish(),
  get thread() {
    return z.union([Stamp, z.array(ChatMessageSchema)]).nullish();
  },
  get replies() {
    return z.array(ChatMessageSchema).nullish();
  }
});

export const ChatChannelSchema = z.object({
  name: z.string().nullish(),
  id: z.string().nullish(),
  channel: z.string().nullish(),
  messages: z.array(ChatMessageSchema).nullish()
});

/**
 * data/chat.json: `{channels:[{name, messages:[{ts,user,text,thread?}]}]}`, a flat array of messages with
 * `channel`, or `{messages:[...]}` (a Discord export, as APEX-SWE's scraped.json: all in `general`).
 */
export const ChatFileSchema = z.union([
  z.object({ channels: z.array(ChatChannelSchema) }),
  z.array(ChatMessageSchema),
  z.object({ messages: z.array(ChatMessageSchema) })
]);

const CommentSchema = z.object({
  author: Person.nullish(),
  user: Person.nullish(),
  body: z.string().nullish(),
  text: z.string().nullish(),
  created_at: Stamp.nullish(),
  date: Stamp.nullish()
});

export const IssueSchema = z.object({
  /** A GitHub export (APEX-SWE's data/plane/issues.json) has only `number`. */
  id: z.union([z.string().min(1), z.number()]).nullish(),
  number: z.number().nullish(),
  title: z.string().nullish(),
  status: z.string().nullish(),
  state: z.string().nullish(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string() })])).nullish(),
  assignee: Person.nullish(),
  author: Person.nullish(),
  reporter: Person.nullish(),
  user: Person.nullish(),
  body: z.string().nullish(),
  description: z.string().nullish(),
  created_at: Stamp.nullish(),
  createdAt: Stamp.nullish(),
  comments: z.array(CommentSchema).nullish()
}).refine((i) => (i.id ?? i.number) !== null && (i.id ?? i.number) !== undefined, { message: 'an issue needs an id (or a number)', path: ['id'] });

/** data/issues.json: `[{id, title, status, labels, assignee, body, comments:[{author, body, created_at}]}]` or `{issues:[...]}`. */
export const IssuesFileSchema = z.union([z.array(IssueSchema), z.object({ issues: z.array(IssueSchema) })]);

export interface ChatMessage {
  channel: string;
  /** The message's id as written (Slack's "1714557600.000100") or its time. */
  ts: string;
  tsMs: number | null;
  user: string;
  text: string;
  /** The parent's ts when this is a thread reply. */
  threadTs: string | null;
}

export interface IssueComment {
  author: string;
  body: string;
  createdAt: string | null;
}

export interface Issue {
  id: string;
  title: string;
  status: string;
  labels: string[];
  assignee: string | null;
  author: string | null;
  createdAt: string | null;
  body: string;
  comments: IssueComment[];
}

/** Channel name -> messages, oldest first, replies included (with threadTs). */
export type ChatData = Map<string, ChatMessage[]>;

function personName(p: z.infer<typeof Person> | null | undefined): string | null {
  if (p === null || p === undefined) return null;
  return typeof p === 'string' ? p : (p.login ?? p.name ?? p.real_name ?? p.global_name ?? p.username ?? null);
}

function stampText(...values: Array<string | number | null | undefined>): string | null {
  const v = values.find((x) => x !== null && x !== undefined);
  return v === undefined || v === null ? null : String(v);
}

/**
 * What the agent may see of a context file: with `notAfter` (epoch ms), only what existed by then. APEX-SWE
 * drops chat messages and issues newer than the repository's commit (data/git_commit_timestamp.txt) so
 * the fix is not in them; an entry without a time is dropped, one whose time does not parse is kept, as there.
 */
export interface ContextCut {
  notAfter?: number | null;
}

const tooNew = (stamp: string | null, cut: ContextCut): boolean => {
  if (cut.notAfter === undefined || cut.notAfter === null) return false;
  if (stamp === null) return true;
  const ms = parseTimestamp(stamp);
  return ms !== null && ms > cut.notAfter;
};

export function normalizeChat(input: z.infer<typeof ChatFileSchema>, cut: ContextCut = {}): ChatData {
  const data: ChatData = new Map();
  const add = (channel: string, m: ChatMessageInput, parent: string | null, index: number): void => {
    const stamp = stampText(m.ts, m.time, m.timestamp, m.date);
    if (tooNew(stamp, cut)) return;
    const ts = stamp ?? `#${index + 1}`;
    const list = data.get(channel) ?? [];
    const threadTs = parent ?? (typeof m.thread === 'string' || typeof m.thread === 'number' ? String(m.thread) : stampText(m.thread_ts));
    list.push({
      channel,
      ts,
      tsMs: parseTimestamp(ts),
      user: personName(m.user) ?? personName(m.author) ?? m.username ?? m.user_name ?? 'unknown',
      text: m.text ?? m.message ?? m.body ?? (typeof m.content === 'string' ? m.content : (m.content?.body ?? '')),
      threadTs: threadTs === ts ? null : threadTs
    });
    data.set(channel, list);
    const replies = [...(Array.isArray(m.thread) ? m.thread : []), ...(m.replies ?? [])];
    replies.forEach((r, i) => add(channel, r, ts, i));
  };
  if (Array.isArray(input) || 'messages' in input) {
    (Array.isArray(input) ? input : input.messages).forEach((m, i) => add(m.channel ?? 'general', m, null, i));
  } else {
    input.channels.forEach((c, ci) => {
      const name = (c.name ?? c.channel ?? c.id ?? `channel-${ci + 1}`).replace(/^#/, '');
      if (!data.has(name)) data.set(name, []);
      (c.messages ?? []).forEach((m, i) => add(name, m, null, i));
    });
  }
  for (const list of data.values()) {
    // Exports are not always in order; sort when every message has a time, else keep file order.
    if (list.every((m) => m.tsMs !== null)) list.sort((a, b) => (a.tsMs ?? 0) - (b.tsMs ?? 0));
  }
  return data;
}

export function normalizeIssues(input: z.infer<typeof IssuesFileSchema>, cut: ContextCut = {}): Issue[] {
  const list = (Array.isArray(input) ? input : input.issues).filter((i) => !tooNew(stampText(i.created_at, i.createdAt), cut));
  return list.map((i) => ({
    id: String(i.id ?? i.number).replace(/^#/, ''),
    title: i.title ?? '(no title)',
    status: (i.status ?? i.state ?? 'open').toLowerCase(),
    labels: (i.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
    assignee: personName(i.assignee),
    author: personName(i.author) ?? personName(i.reporter) ?? personName(i.user),
    createdAt: stampText(i.created_at, i.createdAt),
    body: i.body ?? i.description ?? '',
    comments: (i.comments ?? []).map((c) => ({
      author: personName(c.author) ?? personName(c.user) ?? 'unknown',
      body: c.body ?? c.text ?? '',
      createdAt: stampText(c.created_at, c.date)
    }))
  }));
}

/** @throws UserInputError naming the file, the field and the fix. */
export async function loadChat(file: string, cut: ContextCut = {}): Promise<ChatData> {
  return normalizeChat(await loadJson(file, ChatFileSchema, '{"channels":[{"name":"incidents","messages":[{"ts":"2024-05-01T10:00:00Z","user":"alice","text":"..."}]}]}'), cut);
}

/** @throws UserInputError naming the file, the field and the fix. */
export async function loadIssues(file: string, cut: ContextCut = {}): Promise<Issue[]> {
  return normalizeIssues(await loadJson(file, IssuesFileSchema, '[{"id":"OPS-1","title":"...","status":"open","labels":[],"body":"...","comments":[]}]'), cut);
}

async function loadJson<T>(file: string, schema: z.ZodType<T>, example: string): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserInputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path in task.yaml context:`, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UserInputError(`${file}: not valid JSON (${(error as Error).message})`, error);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = deepestIssue(parsed.error.issues);
  const field = issue.path.length ? issue.path.join('.') : '(top level)';
  throw new UserInputError(`${file}: ${field}: ${issue.message}. Expected a shape like ${example}`);
}

/** A union's error hides the real problem inside one branch: report the issue with the longest path. */
function deepestIssue(issues: z.core.$ZodIssue[]): { path: PropertyKey[]; message: string } {
  let best: { path: PropertyKey[]; message: string } = issues[0] ?? { path: [], message: 'invalid' };
  for (const issue of issues) {
    const nested = issue.code === 'invalid_union' ? issue.errors.flat().map((e) => ({ ...e, path: [...issue.path, ...e.path] })) : [];
    for (const candidate of [issue, ...nested.map((n) => deepestIssue([n]))]) {
      if (candidate.path.length > best.path.length) best = candidate;
    }
  }
  return best;
}
