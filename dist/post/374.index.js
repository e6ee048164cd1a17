export const id = 374;
export const ids = [374];
export const modules = {

/***/ 3304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xY: () => (/* binding */ contextServerSpecs),
  uJ: () => (/* binding */ harnessContextServers)
});

// UNUSED EXPORTS: CONTEXT_SERVER, LOGS_SERVER

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/mcp/log-time.js
/**
 * Timestamps as logs spell them: RFC3339 / ISO-8601 (with or without zone, `T` or space, `.` or `,` before
 * fractions), or epoch numbers in seconds, milliseconds, microseconds or nanoseconds (told apart by size).
 * A time without a zone is read as UTC, because production log shippers almost always write UTC.
 */
const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?\s*(Z|z|[+-]\d{2}:?\d{2}|UTC)?$/;
/** Parses a timestamp value from a log line or a tool argument; null when it is not one. */
function parseTimestamp(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? fromEpochNumber(value) : null;
    if (typeof value !== 'string')
        return null;
    const text = value.trim();
    if (text === '')
        return null;
    if (/^\d+(\.\d+)?$/.test(text))
        return fromEpochDigits(text);
    const m = ISO_LIKE.exec(text);
    if (m) {
        const [, date, time, frac, zone] = m;
        const ms = frac === undefined ? '' : `.${frac.slice(0, 3).padEnd(3, '0')}`;
        const tz = zone === undefined || zone === 'UTC' || zone === 'z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
        const parsed = Date.parse(`${date}T${time?.length === 5 ? `${time}:00` : time}${ms}${tz}`);
        return Number.isNaN(parsed) ? null : parsed;
    }
    if (!/\d{4}/.test(text))
        return null;
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? null : parsed;
}
function fromEpochDigits(text) {
    const [intPart = '', frac] = text.split('.');
    // Slack's "1714560600.000500": the fraction is cut, not rounded (its last digits are a sequence number).
    if (frac !== undefined && intPart.length <= 10)
        return Number(intPart) * 1000 + Number(frac.slice(0, 3).padEnd(3, '0'));
    // Nanosecond strings (Loki) exceed Number's exact range: cut digits instead of dividing a float.
    if (intPart.length >= 17)
        return Number(intPart.slice(0, -6));
    return fromEpochNumber(Number(text));
}
function fromEpochNumber(n) {
    if (n < 0)
        return null;
    if (n < 1e11)
        return Math.round(n * 1000); // seconds (until year 5138)
    if (n < 1e14)
        return Math.round(n); // milliseconds
    if (n < 1e17)
        return Math.round(n / 1000); // microseconds
    return Math.round(n / 1e6); // nanoseconds
}
/**
 * Parses a tool's start/end argument.
 * @throws Error naming the argument and the accepted spellings when it is not a timestamp.
 */
function parseBound(name, value) {
    if (value === undefined || value.trim() === '')
        return null;
    const ms = parseTimestamp(value);
    if (ms === null) {
        throw new Error(`${name}: "${value}" is not a timestamp; use RFC3339 like 2024-05-01T10:00:00Z or epoch seconds/milliseconds/nanoseconds`);
    }
    return ms;
}
function isoOrNull(ms) {
    return ms === null ? null : new Date(ms).toISOString();
}

;// CONCATENATED MODULE: ./lib/mcp/context-data.js




/**
 * The chat and tracker files of an observability task (`context.chat`, `context.tracker`). Authors write
 * them by hand or export them from Slack or GitHub, so the schemas are lenient in the vercel/ai way:
 * only the fields we read, every one `.nullish()`, unknown keys ignored, common spellings accepted
 * (`user`/`author`/`username`, `text`/`message`/`body`, `status`/`state`, labels as strings or `{name}`).
 * Only what makes a file unusable is an error: a message without text, an issue without id.
 */
const Stamp = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]);
// Discord exports (APEX-SWE's data/mattermost/scraped.json) name people by `global_name` / `username`.
const Person = schemas/* union */.KCZ([
    schemas/* string */.YjP(),
    schemas/* object */.Ikc({ login: schemas/* string */.YjP().nullish(), name: schemas/* string */.YjP().nullish(), real_name: schemas/* string */.YjP().nullish(), global_name: schemas/* string */.YjP().nullish(), username: schemas/* string */.YjP().nullish() })
]);
const MessageFields = {
    ts: Stamp.nullish(),
    time: Stamp.nullish(),
    timestamp: Stamp.nullish(),
    date: Stamp.nullish(),
    user: Person.nullish(),
    author: Person.nullish(),
    username: schemas/* string */.YjP().nullish(),
    user_name: schemas/* string */.YjP().nullish(),
    text: schemas/* string */.YjP().nullish(),
    message: schemas/* string */.YjP().nullish(),
    body: schemas/* string */.YjP().nullish(),
    /** Discord's message text (a string, or `{body}` in some exports). */
    content: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({ body: schemas/* string */.YjP().nullish() })]).nullish(),
    /** The parent's `ts` for a reply (Slack's `thread_ts`), or the replies themselves. */
    thread_ts: Stamp.nullish()
};
/** One chat message. `thread` is either the parent message's ts or an array of replies. */
const ChatMessageSchema = schemas/* object */.Ikc({
    ...MessageFields,
    channel: schemas/* string */.YjP().nullish(),
    get thread() {
        return schemas/* union */.KCZ([Stamp, schemas/* array */.YOg(ChatMessageSchema)]).nullish();
    },
    get replies() {
        return schemas/* array */.YOg(ChatMessageSchema).nullish();
    }
});
const ChatChannelSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().nullish(),
    id: schemas/* string */.YjP().nullish(),
    channel: schemas/* string */.YjP().nullish(),
    messages: schemas/* array */.YOg(ChatMessageSchema).nullish()
});
/**
 * data/chat.json: `{channels:[{name, messages:[{ts,user,text,thread?}]}]}`, a flat array of messages with
 * `channel`, or `{messages:[...]}` (a Discord export, as APEX-SWE's scraped.json: all in `general`).
 */
const ChatFileSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ channels: schemas/* array */.YOg(ChatChannelSchema) }),
    schemas/* array */.YOg(ChatMessageSchema),
    schemas/* object */.Ikc({ messages: schemas/* array */.YOg(ChatMessageSchema) })
]);
const CommentSchema = schemas/* object */.Ikc({
    author: Person.nullish(),
    user: Person.nullish(),
    body: schemas/* string */.YjP().nullish(),
    text: schemas/* string */.YjP().nullish(),
    created_at: Stamp.nullish(),
    date: Stamp.nullish()
});
const IssueSchema = schemas/* object */.Ikc({
    /** A GitHub export (APEX-SWE's data/plane/issues.json) has only `number`. */
    id: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* number */.aig()]).nullish(),
    number: schemas/* number */.aig().nullish(),
    title: schemas/* string */.YjP().nullish(),
    status: schemas/* string */.YjP().nullish(),
    state: schemas/* string */.YjP().nullish(),
    labels: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({ name: schemas/* string */.YjP() })])).nullish(),
    assignee: Person.nullish(),
    author: Person.nullish(),
    reporter: Person.nullish(),
    user: Person.nullish(),
    body: schemas/* string */.YjP().nullish(),
    description: schemas/* string */.YjP().nullish(),
    created_at: Stamp.nullish(),
    createdAt: Stamp.nullish(),
    comments: schemas/* array */.YOg(CommentSchema).nullish()
}).refine((i) => (i.id ?? i.number) !== null && (i.id ?? i.number) !== undefined, { message: 'an issue needs an id (or a number)', path: ['id'] });
/** data/issues.json: `[{id, title, status, labels, assignee, body, comments:[{author, body, created_at}]}]` or `{issues:[...]}`. */
const IssuesFileSchema = schemas/* union */.KCZ([schemas/* array */.YOg(IssueSchema), schemas/* object */.Ikc({ issues: schemas/* array */.YOg(IssueSchema) })]);
function personName(p) {
    if (p === null || p === undefined)
        return null;
    return typeof p === 'string' ? p : (p.login ?? p.name ?? p.real_name ?? p.global_name ?? p.username ?? null);
}
function stampText(...values) {
    const v = values.find((x) => x !== null && x !== undefined);
    return v === undefined || v === null ? null : String(v);
}
const tooNew = (stamp, cut) => {
    if (cut.notAfter === undefined || cut.notAfter === null)
        return false;
    if (stamp === null)
        return true;
    const ms = parseTimestamp(stamp);
    return ms !== null && ms > cut.notAfter;
};
function normalizeChat(input, cut = {}) {
    const data = new Map();
    const add = (channel, m, parent, index) => {
        const stamp = stampText(m.ts, m.time, m.timestamp, m.date);
        if (tooNew(stamp, cut))
            return;
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
    }
    else {
        input.channels.forEach((c, ci) => {
            const name = (c.name ?? c.channel ?? c.id ?? `channel-${ci + 1}`).replace(/^#/, '');
            if (!data.has(name))
                data.set(name, []);
            (c.messages ?? []).forEach((m, i) => add(name, m, null, i));
        });
    }
    for (const list of data.values()) {
        // Exports are not always in order; sort when every message has a time, else keep file order.
        if (list.every((m) => m.tsMs !== null))
            list.sort((a, b) => (a.tsMs ?? 0) - (b.tsMs ?? 0));
    }
    return data;
}
function normalizeIssues(input, cut = {}) {
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
async function loadChat(file, cut = {}) {
    return normalizeChat(await loadJson(file, ChatFileSchema, '{"channels":[{"name":"incidents","messages":[{"ts":"2024-05-01T10:00:00Z","user":"alice","text":"..."}]}]}'), cut);
}
/** @throws UserInputError naming the file, the field and the fix. */
async function loadIssues(file, cut = {}) {
    return normalizeIssues(await loadJson(file, IssuesFileSchema, '[{"id":"OPS-1","title":"...","status":"open","labels":[],"body":"...","comments":[]}]'), cut);
}
async function loadJson(file, schema, example) {
    let raw;
    try {
        raw = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UserInputError */.m2(`${file}: cannot read (${error.code ?? error.message}); check the path in task.yaml context:`, error);
    }
    let json;
    try {
        json = JSON.parse(raw);
    }
    catch (error) {
        throw new errors/* UserInputError */.m2(`${file}: not valid JSON (${error.message})`, error);
    }
    const parsed = schema.safeParse(json);
    if (parsed.success)
        return parsed.data;
    const issue = deepestIssue(parsed.error.issues);
    const field = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new errors/* UserInputError */.m2(`${file}: ${field}: ${issue.message}. Expected a shape like ${example}`);
}
/** A union's error hides the real problem inside one branch: report the issue with the longest path. */
function deepestIssue(issues) {
    let best = issues[0] ?? { path: [], message: 'invalid' };
    for (const issue of issues) {
        const nested = issue.code === 'invalid_union' ? issue.errors.flat().map((e) => ({ ...e, path: [...issue.path, ...e.path] })) : [];
        for (const candidate of [issue, ...nested.map((n) => deepestIssue([n]))]) {
            if (candidate.path.length > best.path.length)
                best = candidate;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 5 modules
var mcp = __webpack_require__(2585);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
;// CONCATENATED MODULE: ./lib/mcp/tool-text.js
/**
 * Most characters one tool result carries. A model's context is the scarce resource: past this the
 * agent is better served by a note telling it how to narrow the request than by more lines.
 */
const MAX_RESULT_CHARS = 60_000;
function tool_text_text(body) {
    return { content: [{ type: 'text', text: body }] };
}
/**
 * Joins a header, lines and a closing note, dropping lines that would pass {@link MAX_RESULT_CHARS}
 * and saying how many were dropped and how to get them (`hint`).
 */
function capText(header, lines, note, hint) {
    const out = [header];
    let size = header.length + note.length;
    let shown = 0;
    for (const line of lines) {
        if (size + line.length + 1 > MAX_RESULT_CHARS)
            break;
        out.push(line);
        size += line.length + 1;
        shown++;
    }
    if (shown < lines.length)
        out.push(`[output cut at ${MAX_RESULT_CHARS} characters: ${lines.length - shown} more lines not shown; ${hint}]`);
    if (note)
        out.push(note);
    return tool_text_text(out.join('\n'));
}

;// CONCATENATED MODULE: ./lib/mcp/context-server.js





const SEARCH_LIMIT = 50;
/**
 * The chat and tracker MCP server: `list_channels`, `read_channel`, `search_chat`, `list_issues`,
 * `get_issue`, `search_issues`. An unknown channel or issue is a tool error listing what exists.
 */
function createContextServer(data) {
    const parts = [data.chat ? 'the team chat' : null, data.issues ? 'the issue tracker' : null].filter(Boolean).join(' and ');
    const server = new mcp/* McpServer */._({ name: 'opsbench-context', version: version/* HARNESS_VERSION */.C }, { instructions: `Read-only access to ${parts || 'nothing (no chat or tracker data was given)'} of the team that owns the system: reports of the problem, what people saw and tried.` });
    if (data.chat)
        registerChatTools(server, data.chat);
    if (data.issues)
        registerIssueTools(server, data.issues);
    return server;
}
function registerChatTools(server, chat) {
    const channelNames = () => [...chat.keys()].join(', ') || '(none)';
    const channelOf = (name) => {
        const messages = chat.get(name.replace(/^#/, ''));
        if (!messages)
            throw new Error(`unknown channel "${name}"; channels: ${channelNames()}`);
        return messages;
    };
    server.registerTool('list_channels', { description: 'List the chat channels with their message counts and the time of the last message.', inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
        const lines = [...chat].map(([name, msgs]) => `#${name}  ${msgs.length} messages${msgs.at(-1) ? `, last ${display(msgs.at(-1))}` : ''}`);
        return tool_text_text(lines.length ? lines.join('\n') : 'No channels.');
    });
    server.registerTool('read_channel', {
        description: 'Read the latest messages of one channel, oldest first, each with its thread replies indented under it. Page back with `before` (the ts of the first message shown).',
        inputSchema: {
            channel: schemas/* string */.YjP().min(1).describe('Channel name from list_channels, with or without "#".'),
            limit: schemas/* number */.aig().int().min(1).max(500).default(50).describe('Most top-level messages to show (1-500).'),
            before: schemas/* string */.YjP().optional().describe('Only messages before this one: a message ts as shown, or a time (RFC3339).')
        },
        annotations: { readOnlyHint: true }
    }, async ({ channel, limit, before }) => {
        const messages = channelOf(channel);
        let top = messages.filter((m) => m.threadTs === null);
        if (before !== undefined) {
            const idx = top.findIndex((m) => m.ts === before);
            const cutoff = parseTimestamp(before);
            if (idx < 0 && cutoff === null)
                throw new Error(`before: "${before}" is neither a message ts of #${channel} nor a time`);
            top = idx >= 0 ? top.slice(0, idx) : top.filter((m) => m.tsMs !== null && m.tsMs < cutoff);
        }
        const shown = top.slice(-limit);
        const earlier = top.length - shown.length;
        const lines = [];
        for (const m of shown) {
            lines.push(formatMessage(m, ''));
            for (const r of messages.filter((x) => x.threadTs === m.ts))
                lines.push(formatMessage(r, '    ↳ '));
        }
        const note = earlier > 0 ? `[${earlier} earlier messages: read_channel with before="${shown[0]?.ts}"]` : '';
        return capText(`#${channel.replace(/^#/, '')}: ${shown.length} message${shown.length === 1 ? '' : 's'}${earlier ? ` (of ${top.length})` : ''}:`, lines, note, 'use a smaller limit');
    });
    server.registerTool('search_chat', {
        description: 'Search every channel (and thread reply) for messages containing all the given words, case-insensitive.',
        inputSchema: {
            query: schemas/* string */.YjP().min(1).describe('Words that must all appear, e.g. "timeout checkout".'),
            channel: schemas/* string */.YjP().optional().describe('Limit the search to one channel.')
        },
        annotations: { readOnlyHint: true }
    }, async ({ query, channel }) => {
        const pool = channel ? channelOf(channel) : [...chat.values()].flat();
        const hits = pool.filter((m) => matchesAll(`${m.user} ${m.text}`, query));
        if (hits.length === 0)
            return tool_text_text(`No messages contain all of: ${query}.`);
        const lines = hits.slice(0, SEARCH_LIMIT).map((m) => formatMessage(m, `#${m.channel} `) + (m.threadTs ? ` (reply in thread ${m.threadTs})` : ''));
        const note = hits.length > SEARCH_LIMIT ? `[${hits.length - SEARCH_LIMIT} more matches; add words or a channel]` : '';
        return capText(`${hits.length} message${hits.length === 1 ? '' : 's'} match:`, lines, note, 'add words or a channel');
    });
}
function registerIssueTools(server, issues) {
    server.registerTool('list_issues', {
        description: 'List tracker issues (id, status, title, labels, assignee, comment count), optionally only those with a status or a label.',
        inputSchema: {
            status: schemas/* string */.YjP().optional().describe('e.g. "open" or "closed" (case-insensitive).'),
            label: schemas/* string */.YjP().optional().describe('Only issues carrying this label.')
        },
        annotations: { readOnlyHint: true }
    }, async ({ status, label }) => {
        const hits = issues.filter((i) => (!status || i.status === status.toLowerCase()) && (!label || i.labels.some((l) => l.toLowerCase() === label.toLowerCase())));
        if (hits.length === 0) {
            const statuses = [...new Set(issues.map((i) => i.status))].join(', ');
            const labels = [...new Set(issues.flatMap((i) => i.labels))].join(', ');
            return tool_text_text(`No issues match. Statuses: ${statuses || '(none)'}. Labels: ${labels || '(none)'}.`);
        }
        return capText(`${hits.length} issue${hits.length === 1 ? '' : 's'}:`, hits.map(issueLine), '', 'filter by status or label');
    });
    server.registerTool('get_issue', {
        description: 'Read one issue in full: description and every comment.',
        inputSchema: { id: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).describe('The issue id as listed, e.g. "OPS-142" or 142.') },
        annotations: { readOnlyHint: true }
    }, async ({ id }) => {
        const wanted = String(id).replace(/^#/, '');
        const issue = issues.find((i) => i.id === wanted) ?? issues.find((i) => i.id.toLowerCase() === wanted.toLowerCase());
        if (!issue)
            throw new Error(`unknown issue "${id}"; issues: ${issues.map((i) => i.id).slice(0, 100).join(', ') || '(none)'}`);
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
    });
    server.registerTool('search_issues', {
        description: 'Search issue titles, descriptions and comments for all the given words, case-insensitive.',
        inputSchema: { query: schemas/* string */.YjP().min(1).describe('Words that must all appear, e.g. "rate limit burst".') },
        annotations: { readOnlyHint: true }
    }, async ({ query }) => {
        const hits = issues.filter((i) => matchesAll([i.id, i.title, i.body, ...i.labels, ...i.comments.map((c) => c.body)].join('\n'), query));
        if (hits.length === 0)
            return tool_text_text(`No issues contain all of: ${query}.`);
        const lines = hits.slice(0, SEARCH_LIMIT).map((i) => `${issueLine(i)}\n    ${snippet([i.title, i.body, ...i.comments.map((c) => c.body)].join('\n'), query)}`);
        return capText(`${hits.length} issue${hits.length === 1 ? '' : 's'} match:`, lines, hits.length > SEARCH_LIMIT ? `[${hits.length - SEARCH_LIMIT} more]` : '', 'add words');
    });
}
function terms(query) {
    return query.toLowerCase().split(/\s+/).filter(Boolean);
}
function matchesAll(haystack, query) {
    const lower = haystack.toLowerCase();
    return terms(query).every((t) => lower.includes(t));
}
/** The first line mentioning a query word, so search results show why they matched. */
function snippet(body, query) {
    const words = terms(query);
    const line = body.split('\n').find((l) => words.some((w) => l.toLowerCase().includes(w))) ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
function issueLine(i) {
    const extra = [i.labels.length ? `labels: ${i.labels.join(', ')}` : null, i.assignee ? `assignee: ${i.assignee}` : null, `${i.comments.length} comments`];
    return `#${i.id} [${i.status}] ${i.title}  (${extra.filter(Boolean).join('; ')})`;
}
function display(m) {
    const iso = isoOrNull(m.tsMs);
    return iso && iso !== m.ts ? `${m.ts} ${iso}` : m.ts;
}
function formatMessage(m, prefix) {
    const indent = ' '.repeat(Math.min(prefix.length, 6));
    return `${prefix}[${display(m)}] ${m.user}: ${m.text.split('\n').join(`\n${indent}  `)}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/mcp/logql-lite.js
const LOGQL_LITE_HELP = 'Use {label="value", label=~"regex"} then optional line filters |= "text", != "text", |~ "regex", !~ "regex"';
class Cursor {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    skipSpace() {
        while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? ''))
            this.pos++;
    }
    peek(n = 1) {
        return this.text.slice(this.pos, this.pos + n);
    }
    done() {
        this.skipSpace();
        return this.pos >= this.text.length;
    }
    fail(what) {
        const near = this.text.slice(this.pos, this.pos + 20);
        throw new Error(`query: ${what} at column ${this.pos + 1}${near ? ` (near "${near}")` : ''}. ${LOGQL_LITE_HELP}`);
    }
}
/** @throws Error with the column and what was expected, for the agent to fix its query. */
function parseLogQuery(query) {
    const out = { matchers: [], filters: [] };
    if (query === undefined || query.trim() === '')
        return out;
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
            }
            else if (c.peek() !== '}')
                c.fail('expected "," or "}"');
        }
        c.pos++;
    }
    while (!c.done()) {
        const two = c.peek(2);
        if (two === '|=' || two === '!=' || two === '|~' || two === '!~') {
            c.pos += 2;
            c.skipSpace();
            out.filters.push({ op: two, value: parseString(c) });
        }
        else if (c.peek() === '|') {
            c.pos++;
            c.skipSpace();
            const word = /^[A-Za-z_][\w]*/.exec(c.text.slice(c.pos))?.[0];
            if (word === 'json' || word === 'logfmt') {
                c.pos += word.length;
            }
            else if (word !== undefined) {
                out.matchers.push(parseMatcher(c));
            }
            else
                c.fail('expected a parser (json, logfmt) or a label filter after "|"');
        }
        else
            c.fail('expected a line filter (|=, !=, |~, !~)');
    }
    for (const m of [...out.matchers.filter((m) => m.op === '=~' || m.op === '!~'), ...out.filters.filter((f) => f.op === '|~' || f.op === '!~')]) {
        compileRegex(m.value, false);
    }
    return out;
}
function parseMatcher(c) {
    const label = /^[A-Za-z_][\w.]*/.exec(c.text.slice(c.pos))?.[0];
    if (label === undefined)
        c.fail('expected a label name');
    c.pos += label.length;
    c.skipSpace();
    const op = ['=~', '!~', '!=', '='].find((o) => c.peek(o.length) === o);
    if (op === undefined)
        c.fail(`expected "=", "!=", "=~" or "!~" after label "${label}"`);
    c.pos += op.length;
    c.skipSpace();
    return { label, op, value: parseString(c) };
}
function parseString(c) {
    const quote = c.peek();
    if (quote === '`') {
        const end = c.text.indexOf('`', c.pos + 1);
        if (end < 0)
            c.fail('unterminated `string`');
        const value = c.text.slice(c.pos + 1, end);
        c.pos = end + 1;
        return value;
    }
    if (quote !== '"')
        c.fail('expected a "quoted string"');
    let value = '';
    let i = c.pos + 1;
    for (; i < c.text.length; i++) {
        const ch = c.text[i];
        if (ch === '"')
            break;
        if (ch === '\\') {
            const next = c.text[++i] ?? '';
            value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        }
        else
            value += ch;
    }
    if (i >= c.text.length)
        c.fail('unterminated "string"');
    c.pos = i + 1;
    return value;
}
/** RE2's `(?i)` prefix becomes JavaScript's `i` flag. @throws Error naming the bad regex. */
function compileRegex(source, anchored) {
    const insensitive = source.startsWith('(?i)');
    const body = insensitive ? source.slice(4) : source;
    try {
        return new RegExp(anchored ? `^(?:${body})$` : body, insensitive ? 'i' : '');
    }
    catch (error) {
        throw new Error(`query: invalid regex "${source}": ${error.message}. ${LOGQL_LITE_HELP}`, { cause: error });
    }
}
/** One label matcher as a test of the label's value ("" when the line lacks the label, as in Loki). */
function compileLabelMatcher(m) {
    const re = m.op === '=~' || m.op === '!~' ? compileRegex(m.value, true) : null;
    if (m.op === '=')
        return (v) => v === m.value;
    if (m.op === '!=')
        return (v) => v !== m.value;
    return m.op === '=~' ? (v) => re.test(v) : (v) => !re.test(v);
}
/** One line filter as a test of the line's text. */
function compileLineFilter(f) {
    const re = f.op === '|~' || f.op === '!~' ? compileRegex(f.value, false) : null;
    if (f.op === '|=')
        return (t) => t.includes(f.value);
    if (f.op === '!=')
        return (t) => !t.includes(f.value);
    return f.op === '|~' ? (t) => re.test(t) : (t) => !re.test(t);
}
/** Builds the predicate over a line's labels and text. */
function compileLogQuery(parsed) {
    // A missing label matches "" as in Loki, so {level!="error"} keeps lines without a level.
    const matchers = parsed.matchers.map((m) => {
        const test = compileLabelMatcher(m);
        return (labels) => test(labels[m.label] ?? '');
    });
    const filters = parsed.filters.map(compileLineFilter);
    return (labels, text) => matchers.every((m) => m(labels)) && filters.every((f) => f(text));
}

;// CONCATENATED MODULE: ./lib/mcp/line-filter-bytes.js

/**
 * LogQL line filters evaluated on a line's bytes. A literal (`|=`, `!=`) is searched for as bytes in the read
 * window (UTF-8 is self-synchronising, so a byte match is a text match) with one forward-moving cursor per
 * filter: a filter over a million lines is one pass of byte search and no string at all. A regex decodes
 * the line.
 * Returns a visitor that calls `onMatch(id)` for each line passing every filter.
 */
function lineFilterVisitor(filters, onMatch) {
    const tests = filters.map((f) => (f.op === '|=' || f.op === '!=' ? literalTest(f.value, f.op === '!=') : textTest(compileLineFilter(f))));
    return (id, buf, start, end, window, filled) => {
        for (const test of tests)
            if (!test(buf, start, end, window, filled))
                return;
        onMatch(id);
    };
}
function literalTest(value, negate) {
    const needle = Buffer.from(value, 'utf8');
    let seenWindow = -1;
    let view = Buffer.alloc(0);
    let hit = -1; // the first occurrence at or after the last line's start in this window, or -1 for none left
    return (buf, start, end, window, filled) => {
        if (window !== seenWindow) {
            // Searched as bytes, in place: a string of the window (a megabyte, kept outside V8's heap) per read
            // left the process's memory at ~300 MB after a few broad queries over a million lines.
            view = buf.subarray(0, filled);
            seenWindow = window;
            hit = view.indexOf(needle, start);
        }
        else if (hit !== -1 && hit < start)
            hit = view.indexOf(needle, start);
        const found = hit !== -1 && hit + needle.length <= end;
        return found !== negate;
    };
}
function textTest(test) {
    return (buf, start, end) => test(buf.toString('utf8', start, end));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/core/read-lines.js

/**
 * The lines of a file, streamed: memory holds one chunk and one line at a time whatever the file's size,
 * and each line comes with its byte offset so a caller can index the file and read the line again later.
 * With `maxLineBytes`, a longer line is kept to that length and flagged, so one giant line cannot exhaust
 * memory either.
 */
async function* readLines(file, opts = {}) {
    const max = opts.maxLineBytes ?? Infinity;
    let carry;
    let carryOffset = 0;
    let skipping = false;
    let pos = 0;
    let number = 0;
    const line = (data, start, end, offset, terminated, cut) => {
        const stop = !cut && end > start && data[end - 1] === 0x0d ? end - 1 : end;
        return { text: data.toString('utf8', start, stop), number: ++number, offset, bytes: stop - start, terminated, cut };
    };
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 })) {
        let from = 0;
        for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
            if (skipping)
                skipping = false;
            else if (carry) {
                const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
                yield line(joined, 0, Math.min(joined.length, max), carryOffset, true, joined.length > max);
            }
            else if (nl - from > max)
                yield line(chunk, from, from + max, pos + from, true, true);
            else
                yield line(chunk, from, nl, pos + from, true, false);
            carry = undefined;
            from = nl + 1;
        }
        if (from < chunk.length && !skipping) {
            const rest = chunk.subarray(from);
            if (!carry)
                carryOffset = pos + from;
            carry = carry ? Buffer.concat([carry, rest]) : Buffer.from(rest);
            if (carry.length > max) {
                yield line(carry, 0, max, carryOffset, true, true);
                carry = undefined;
                skipping = true;
            }
        }
        pos += chunk.length;
    }
    if (carry)
        yield line(carry, 0, carry.length, carryOffset, false, false);
}

;// CONCATENATED MODULE: ./lib/mcp/log-line-parse.js

const TIME_KEYS = ['ts', 'time', 'timestamp', '@timestamp', 'datetime', 'date', 't'];
const LEVEL_KEYS = ['level', 'severity', 'lvl', 'loglevel', 'log_level', 'log.level', 'levelname', 'severity_text'];
const SERVICE_KEYS = ['service', 'app', 'component', 'service.name', 'service_name', 'application', 'svc'];
const MSG_KEYS = ['msg', 'message', 'text', 'log', 'event'];
/** pino/bunyan numeric levels. */
const NUMERIC_LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const LEVEL_SYNONYMS = {
    warning: 'warn',
    err: 'error',
    eror: 'error',
    information: 'info',
    informational: 'info',
    notice: 'info',
    dbg: 'debug',
    crit: 'critical',
    emerg: 'fatal',
    emergency: 'fatal',
    panic: 'fatal',
    severe: 'error'
};
/** Lowercases a level and folds common synonyms, so `{level="warn"}` finds WARNING and 40 alike. */
function normalizeLevel(value) {
    if (typeof value === 'number')
        return NUMERIC_LEVELS[value] ?? String(value);
    if (typeof value !== 'string' || value.trim() === '')
        return null;
    const lower = value.trim().toLowerCase();
    return LEVEL_SYNONYMS[lower] ?? lower;
}
function parseLogLine(text) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{')) {
        const json = tryJson(trimmed);
        if (json)
            return fromFields(json, 'json');
    }
    if (/^[\w.@-]+=/.test(trimmed)) {
        // Two key=value pairs at least: "user=bob logged in" is prose that happens to start with a pair.
        const pairs = trimmed.match(/(?:^|\s)[^\s=]+=/g)?.length ?? 0;
        if (pairs >= 2)
            return fromFields(parseLogfmt(trimmed), 'logfmt');
    }
    return parsePlain(trimmed);
}
function tryJson(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
    }
    catch {
        return null;
    }
}
/** Looks a key up flat (`service.name`) and then nested (`{"service":{"name":..}}`, `{"log":{"level":..}}`). */
function pick(fields, keys) {
    for (const key of keys) {
        const flat = fields[key];
        if (flat !== undefined && flat !== null && typeof flat !== 'object')
            return flat;
        if (key.includes('.')) {
            let cur = fields;
            for (const part of key.split('.'))
                cur = cur !== null && typeof cur === 'object' ? cur[part] : undefined;
            if (cur !== undefined && cur !== null && typeof cur !== 'object')
                return cur;
        }
    }
    return undefined;
}
function fromFields(fields, format) {
    const rawTs = pick(fields, TIME_KEYS);
    const tsMs = parseTimestamp(rawTs);
    const service = pick(fields, SERVICE_KEYS);
    const msg = pick(fields, MSG_KEYS);
    return {
        format,
        tsMs,
        ts: tsMs === null ? null : String(rawTs),
        level: normalizeLevel(pick(fields, LEVEL_KEYS)),
        service: service === undefined ? null : String(service),
        msg: msg === undefined ? null : String(msg)
    };
}
/** logfmt as Go's kr/logfmt and Heroku write it: `key=value key="quoted \" value" flag`. */
function parseLogfmt(text) {
    const out = {};
    const re = /([^\s=]+)(?:=(?:"((?:[^"\\]|\\.)*)"|(\S*)))?/g;
    for (const m of text.matchAll(re)) {
        const [, key, quoted, bare] = m;
        if (key === undefined)
            continue;
        out[key] = quoted !== undefined ? quoted.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)) : (bare ?? 'true');
    }
    return out;
}
const PLAIN_TS = /^\[?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}|UTC))?)\]?\s*/;
const PLAIN_LEVEL = /^[[(<]?(TRACE|DEBUG|DBG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRITICAL|CRIT|FATAL|PANIC|SEVERE)[\])>:]?(?=\s|$)/i;
const PLAIN_SERVICE = /^\[([A-Za-z][\w.-]*)\]/;
/** `2024-05-01 10:00:00,123 ERROR [api] msg`: a leading timestamp, then a level word, then an optional [service]. */
function parsePlain(text) {
    let rest = text;
    let ts = null;
    let tsMs = null;
    const tsMatch = PLAIN_TS.exec(rest);
    if (tsMatch?.[1] !== undefined) {
        tsMs = parseTimestamp(tsMatch[1]);
        if (tsMs !== null) {
            ts = tsMatch[1];
            rest = rest.slice(tsMatch[0].length);
        }
    }
    let level = null;
    const levelMatch = PLAIN_LEVEL.exec(rest);
    if (levelMatch?.[1] !== undefined) {
        level = normalizeLevel(levelMatch[1]);
        rest = rest.slice(levelMatch[0].length).trimStart();
    }
    const serviceMatch = level === null ? null : PLAIN_SERVICE.exec(rest);
    return { format: 'plain', tsMs, ts, level, service: serviceMatch?.[1] ?? null, msg: rest };
}

;// CONCATENATED MODULE: ./lib/mcp/log-index.js





/** A line longer than this is indexed (and shown) up to here, and the output says it was cut. */
const MAX_LINE_BYTES = 1024 * 1024;
/** Absent timestamp, sorted first as before: lines with no time of their own or inherited. */
const NO_TIME = -Infinity;
const COMPRESSED = /\.(gz|zip|bz2|xz|zst)$/;
/** @throws Error when the root does not exist. */
async function buildLogIndex(root) {
    let info;
    try {
        info = await (0,promises_.stat)(root);
    }
    catch {
        throw new Error(`log source ${root} does not exist; give a directory or a file of logs`);
    }
    const notes = [];
    const relPaths = info.isDirectory() ? await listFiles(root, notes) : [external_node_path_.basename(root)];
    const base = info.isDirectory() ? root : external_node_path_.dirname(root);
    const builder = new IndexBuilder(notes);
    for (const rel of relPaths) {
        const abs = external_node_path_.join(base, rel);
        const name = rel.split(external_node_path_.sep).join('/');
        if (!(await isText(abs))) {
            notes.push(`${name}: skipped (binary: it has NUL bytes)`);
            continue;
        }
        await builder.addFile(name, abs);
    }
    return builder.finish();
}
class Column {
    data;
    make;
    length = 0;
    constructor(data, make) {
        this.data = data;
        this.make = make;
    }
    push(value) {
        if (this.length === this.data.length) {
            const grown = this.make(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        this.data[this.length++] = value;
    }
    done() {
        return this.data.subarray(0, this.length);
    }
}
class IndexBuilder {
    notes;
    files = [];
    absPaths = [];
    fileStart = [];
    offset = new Column(new Float64Array(1024), (n) => new Float64Array(n));
    length = new Column(new Uint32Array(1024), (n) => new Uint32Array(n));
    tsMs = new Column(new Float64Array(1024), (n) => new Float64Array(n));
    level = new Column(new Int32Array(1024), (n) => new Int32Array(n));
    service = new Column(new Uint32Array(1024), (n) => new Uint32Array(n));
    fileOf = new Column(new Uint32Array(1024), (n) => new Uint32Array(n));
    blank = new Column(new Uint8Array(1024), (n) => new Uint8Array(n));
    levels = new ValueTable();
    services = new ValueTable();
    constructor(notes) {
        this.notes = notes;
    }
    async addFile(name, abs) {
        const fileId = this.files.length;
        this.files.push(name);
        this.absPaths.push(abs);
        this.fileStart.push(this.offset.length);
        const stem = external_node_path_.posix.basename(name).replace(/\..*$/, '') || name;
        // A line with no timestamp and no level (a stack frame) inherits both, and the service, from the line above.
        let prev = { tsMs: NO_TIME, level: -1, service: this.services.id(stem) };
        let cut = 0;
        const add = (text, offset, bytes) => {
            const isBlank = text.trim() === '';
            let cur;
            if (isBlank)
                cur = { ...prev, service: this.services.id(stem) };
            else {
                const p = parseLogLine(text);
                const service = p.service !== null ? this.services.id(p.service) : null;
                cur =
                    p.tsMs === null && p.level === null
                        ? { ...prev, service: service ?? prev.service }
                        : { tsMs: p.tsMs ?? NO_TIME, level: p.level === null ? -1 : this.levels.id(p.level), service: service ?? this.services.id(stem) };
                prev = cur;
            }
            this.offset.push(offset);
            this.length.push(bytes);
            this.tsMs.push(isBlank ? NO_TIME : cur.tsMs);
            this.level.push(isBlank ? -1 : cur.level);
            this.service.push(cur.service);
            this.fileOf.push(fileId);
            this.blank.push(isBlank ? 1 : 0);
        };
        for await (const line of readLines(abs, { maxLineBytes: MAX_LINE_BYTES })) {
            if (line.cut)
                cut++;
            add(line.text, line.offset, line.bytes);
        }
        if (cut > 0)
            this.notes.push(`${name}: ${cut} line(s) longer than ${MAX_LINE_BYTES / 1024} KiB were cut to that length`);
    }
    finish() {
        const tsMs = this.tsMs.done();
        const blank = this.blank.done();
        let count = 0;
        for (let i = 0; i < blank.length; i++)
            if (!blank[i])
                count++;
        const fileStart = [...this.fileStart, this.offset.length];
        const sorted = timeOrder(tsMs, blank, fileStart, count);
        return {
            files: this.files,
            absPaths: this.absPaths,
            fileStart,
            offset: this.offset.done(),
            length: this.length.done(),
            tsMs,
            level: this.level.done(),
            service: this.service.done(),
            fileOf: this.fileOf.done(),
            blank,
            levels: this.levels.values,
            services: this.services.values,
            sorted,
            notes: this.notes
        };
    }
}
/**
 * Non-blank line ids by (time, id). Each file's lines are usually in time order already, so the files are
 * merged (a heap over the files' next lines: n log files, no per-line closure); a file out of order falls
 * back to one sort of everything.
 */
function timeOrder(tsMs, blank, fileStart, count) {
    const sorted = new Uint32Array(count);
    const files = fileStart.length - 1;
    for (let f = 0; f < files; f++) {
        let last = -Infinity;
        for (let i = fileStart[f]; i < fileStart[f + 1]; i++) {
            if (blank[i])
                continue;
            if (tsMs[i] < last)
                return sortAll(sorted, tsMs, blank);
            last = tsMs[i];
        }
    }
    const next = fileStart.slice(0, files);
    const skipBlank = (f) => {
        while (next[f] < fileStart[f + 1] && blank[next[f]])
            next[f]++;
        return next[f] < fileStart[f + 1];
    };
    const before = (a, b) => tsMs[next[a]] < tsMs[next[b]] || (tsMs[next[a]] === tsMs[next[b]] && next[a] < next[b]);
    const heap = [];
    const down = (k) => {
        for (;;) {
            let m = k;
            for (const c of [2 * k + 1, 2 * k + 2])
                if (c < heap.length && before(heap[c], heap[m]))
                    m = c;
            if (m === k)
                return;
            [heap[k], heap[m]] = [heap[m], heap[k]];
            k = m;
        }
    };
    for (let f = 0; f < files; f++)
        if (skipBlank(f))
            heap.push(f);
    for (let k = (heap.length >> 1) - 1; k >= 0; k--)
        down(k);
    for (let j = 0; heap.length > 0; j++) {
        const f = heap[0];
        sorted[j] = next[f]++;
        if (!skipBlank(f)) {
            heap[0] = heap[heap.length - 1];
            heap.pop();
        }
        down(0);
    }
    return sorted;
}
function sortAll(sorted, tsMs, blank) {
    for (let i = 0, j = 0; i < blank.length; i++)
        if (!blank[i])
            sorted[j++] = i;
    return sorted.sort((a, b) => tsMs[a] - tsMs[b] || a - b);
}
class ValueTable {
    values = [];
    ids = new Map();
    id(value) {
        let id = this.ids.get(value);
        if (id === undefined) {
            id = this.values.length;
            this.values.push(value);
            this.ids.set(value, id);
        }
        return id;
    }
}
async function listFiles(dir, notes) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    const out = [];
    for (const e of entries) {
        if (!e.isFile())
            continue;
        const rel = external_node_path_.relative(dir, external_node_path_.join(e.parentPath, e.name));
        if (rel.split(external_node_path_.sep).some((part) => part.startsWith('.')))
            continue;
        if (COMPRESSED.test(e.name))
            notes.push(`${rel.split(external_node_path_.sep).join('/')}: skipped (compressed: decompress it to search it)`);
        else
            out.push(rel);
    }
    return out.sort();
}
async function isText(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
        return !buffer.subarray(0, bytesRead).includes(0);
    }
    finally {
        await handle.close();
    }
}
/**
 * Visits the given lines (any order) file by file in offset order, reading each stretch of nearby lines with
 * one read of at most MAX_LINE_BYTES + 64 KiB: a query touching most of a file reads it once sequentially,
 * one touching a few lines reads just those.
 */
async function scanLines(index, ids, visit) {
    // Reads are synchronous: the files are the harness's and sit in the page cache, and a selective query makes
    // one read per scattered candidate, where a thread-pool round trip each cost more than the reads (the
    // server answers one call at a time anyway).
    // Candidates usually come in time order, which for logs written in time order is already file order.
    const ordered = ids instanceof Uint32Array && isAscending(ids) ? ids : idOrder(ids, index.offset.length);
    const buf = Buffer.allocUnsafe(MAX_LINE_BYTES + 64 * 1024);
    let window = 0;
    let i = 0;
    while (i < ordered.length) {
        const file = index.fileOf[ordered[i]];
        const fd = (0,external_node_fs_.openSync)(index.absPaths[file], 'r');
        try {
            let winStart = 0;
            let winEnd = 0;
            for (; i < ordered.length && index.fileOf[ordered[i]] === file; i++) {
                const id = ordered[i];
                const start = index.offset[id];
                const end = start + index.length[id];
                if (start < winStart || end > winEnd) {
                    // Read up to the end of the last upcoming line of this file that fits in the buffer, no further.
                    let last = end;
                    for (let j = i + 1; j < ordered.length && index.fileOf[ordered[j]] === file; j++) {
                        const next = index.offset[ordered[j]] + index.length[ordered[j]];
                        if (next - start > buf.length)
                            break;
                        last = next;
                    }
                    const bytesRead = (0,external_node_fs_.readSync)(fd, buf, 0, last - start, start);
                    winStart = start;
                    winEnd = start + bytesRead;
                    window++;
                }
                visit(id, buf, start - winStart, Math.min(end, winEnd) - winStart, window, winEnd - winStart);
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
/** Distinct ids ascending, by flags rather than a comparison sort: linear in the lines of the index. */
function idOrder(ids, lines) {
    const flags = new Uint8Array(lines);
    for (let k = 0; k < ids.length; k++)
        flags[ids[k]] = 1;
    const out = new Uint32Array(ids.length);
    let j = 0;
    for (let i = 0; i < lines; i++)
        if (flags[i])
            out[j++] = i;
    return out.subarray(0, j);
}
function isAscending(values) {
    for (let i = 1; i < values.length; i++)
        if (values[i - 1] > values[i])
            return false;
    return true;
}
/** scanLines with each line decoded: for the lines a query returns. */
function readLineTexts(index, ids, onText) {
    return scanLines(index, ids, (id, buf, start, end) => onText(id, buf.toString('utf8', start, end)));
}

;// CONCATENATED MODULE: ./lib/mcp/file-log-source.js





/** The labels every file line gets. */
const FILE_LABELS = ['filename', 'level', 'service'];
/**
 * Logs read from a directory (recursively) or one file. Each line gets labels `filename` (relative to the
 * directory, `/`-separated), `level` and `service` (from JSON or logfmt fields or a plain line's words; a
 * plain file's service defaults to its name without extension). A line with no timestamp of its own, such
 * as a stack-trace frame, inherits the timestamp, level and service of the line above it, so
 * `{level="error"}` brings the whole trace. The files are indexed once, streaming (log-index.ts); a query
 * selects by label and time on the index and reads from disk only the text it filters or returns, so a
 * million lines cost tens of megabytes, not the files' size. Files are the harness's and do not change.
 */
class FileLogSource {
    root;
    loaded = null;
    /** @param root a directory or a file of logs (absolute, or relative to the process's cwd). */
    constructor(root) {
        this.root = root;
    }
    describe() {
        return `log files under ${this.root}`;
    }
    /** What indexing left out or cut (binary or compressed files, giant lines), one line each. */
    async notes() {
        return (await this.load()).notes;
    }
    async labels() {
        const index = await this.load();
        if (index.sorted.length === 0)
            return [];
        const hasLevel = index.sorted.some((i) => index.level[i] >= 0);
        return FILE_LABELS.filter((label) => label !== 'level' || hasLevel);
    }
    async labelValues(label) {
        checkLabel(label);
        const index = await this.load();
        const values = new Set();
        for (const i of index.sorted) {
            const value = labelValue(index, label, i);
            if (value !== undefined)
                values.add(value);
        }
        return [...values].sort();
    }
    async query(q) {
        const index = await this.load();
        const { matched, total } = await matching(index, q, q.limit, q.direction === 'backward');
        return { lines: await materialize(index, matched), more: Math.max(0, total - matched.length) };
    }
    async stats(q) {
        checkLabel(q.by);
        const index = await this.load();
        const groups = new Map();
        for (const i of (await matching(index, q, Infinity, false)).matched) {
            const value = labelValue(index, q.by, i) ?? '(none)';
            let g = groups.get(value);
            if (!g)
                groups.set(value, (g = { count: 0, first: null, last: null }));
            g.count++;
            const ts = index.tsMs[i];
            if (ts !== NO_TIME) {
                g.first = g.first === null ? ts : Math.min(g.first, ts);
                g.last = g.last === null ? ts : Math.max(g.last, ts);
            }
        }
        return [...groups]
            .map(([value, g]) => ({ value, count: g.count, first: isoOrNull(g.first), last: isoOrNull(g.last) }))
            .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    async context(q) {
        const index = await this.load();
        const file = index.files.indexOf(resolveFilename(q.filename, index.files));
        const name = index.files[file];
        const first = index.fileStart[file];
        const count = index.fileStart[file + 1] - first;
        if (q.line === undefined)
            throw new Error(`get_context: give "line", the line number shown as ${name}:<line> in query_logs output`);
        if (q.line < 1 || q.line > count)
            throw new Error(`get_context: ${name} has lines 1..${count}; line ${q.line} is outside`);
        const from = Math.max(1, q.line - q.before);
        const to = Math.min(count, q.line + q.after);
        const ids = Array.from({ length: to - from + 1 }, (_, k) => first + from - 1 + k);
        return { lines: await materialize(index, ids), anchor: q.line - from };
    }
    load() {
        // Reset on failure so a later call reports the problem again instead of a cached rejection.
        this.loaded ??= buildLogIndex(this.root).catch((error) => {
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
async function matching(index, q, limit, backward) {
    const parsed = parseLogQuery(q.query);
    for (const m of parsed.matchers)
        checkLabel(m.label);
    const start = parseBound('start', q.start);
    const end = parseBound('end', q.end);
    const allowed = (label) => allowedValues(index, label, parsed.matchers.filter((m) => m.label === label));
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
        const i = sorted[backward ? sorted.length - 1 - k : k];
        const ts = tsMs[i];
        if (start !== null && (ts === NO_TIME || ts < start))
            continue;
        if (end !== null && (ts === NO_TIME || ts > end))
            continue;
        if (!levelOk[level[i] + 1] || !serviceOk[service[i] + 1] || !fileOk[fileOf[i] + 1])
            continue;
        total++;
        if (taken < candidates.length)
            candidates[taken++] = i;
    }
    if (!filtered)
        return { matched: Array.from(candidates.subarray(0, taken)), total };
    return filterText(index, candidates.subarray(0, taken), parsed.filters, limit);
}
/** The candidates (in answer order) whose text passes the line filters: the first `limit` and how many in all. */
async function filterText(index, candidates, filters, limit) {
    const keep = new Uint8Array(index.offset.length);
    await scanLines(index, candidates, lineFilterVisitor(filters, (id) => (keep[id] = 1)));
    const matched = [];
    let total = 0;
    for (const i of candidates) {
        if (!keep[i])
            continue;
        total++;
        if (matched.length < limit)
            matched.push(i);
    }
    return { matched, total };
}
function checkLabel(label) {
    if (!FILE_LABELS.includes(label)) {
        throw new Error(`unknown label "${label}"; log files have labels: ${FILE_LABELS.join(', ')}`);
    }
}
function labelValue(index, label, i) {
    if (label === 'filename')
        return index.files[index.fileOf[i]];
    if (label === 'service')
        return index.services[index.service[i]];
    const level = index.level[i];
    return level < 0 ? undefined : index.levels[level];
}
/**
 * For one label, which value ids pass its matchers, as flags at id + 1 (slot 0 = the label is missing,
 * which matches "" as in Loki, so {level!="error"} keeps lines without a level). Matchers run once per
 * distinct value, not once per line.
 */
function allowedValues(index, label, matchers) {
    const values = label === 'filename' ? index.files : label === 'service' ? index.services : index.levels;
    const tests = matchers.map(compileLabelMatcher);
    const ok = new Uint8Array(values.length + 1);
    ['', ...values].forEach((v, slot) => (ok[slot] = tests.every((t) => t(v)) ? 1 : 0));
    return ok;
}
/** The LogLines of `ids`, in that order, their text read from disk. */
async function materialize(index, ids) {
    const texts = new Map();
    await readLineTexts(index, ids, (id, text) => texts.set(id, text));
    return ids.map((i) => {
        const file = index.fileOf[i];
        const filename = index.files[file];
        const labels = { filename };
        const level = labelValue(index, 'level', i);
        if (level !== undefined)
            labels.level = level;
        labels.service = index.services[index.service[i]];
        const ts = index.tsMs[i];
        const tsMs = ts === NO_TIME ? null : ts;
        return { tsMs, ts: isoOrNull(tsMs), labels, filename, line: i - index.fileStart[file] + 1, text: texts.get(i) ?? '' };
    });
}
/** Exact relative path first, then a unique basename or path suffix, so "api.log" finds "prod/api.log". */
function resolveFilename(wanted, names) {
    if (names.includes(wanted))
        return wanted;
    const suffix = names.filter((n) => n === wanted || n.endsWith(`/${wanted}`) || external_node_path_.posix.basename(n) === external_node_path_.posix.basename(wanted));
    if (suffix.length === 1 && suffix[0] !== undefined)
        return suffix[0];
    throw new Error(`unknown filename "${wanted}"${suffix.length > 1 ? ' (ambiguous)' : ''}; files: ${names.join(', ')}`);
}

;// CONCATENATED MODULE: ./lib/mcp/logs-server.js




const QUERY_LIMIT_DEFAULT = 100;
const QUERY_LIMIT_MAX = 1000;
/** Longest single log line shown; longer ones are cut with a note (a minified JSON blob can be 100 kB). */
const MAX_LINE_CHARS = 2000;
const NARROW_HINT = 'narrow with a label selector ({service="api",level="error"}), a line filter (|= "timeout"), start/end, or log_stats to see where lines are';
const INSTRUCTIONS = `Production logs of the system you are working on. They are mostly normal traffic; the symptoms of a bug are usually a few lines among hundreds.
Start with log_stats (by level or service) to see the shape of the logs, then query_logs with a selector such as {level="error"} or {service="api"} |= "timeout", then get_context around an interesting line.`;
const queryField = schemas/* string */.YjP()
    .optional()
    .describe('LogQL selector with optional line filters, e.g. {service="api",level=~"warn|error"} |= "timeout" != "healthz" |~ "(?i)refused". Matchers: = != =~ !~ (regex anchored). Line filters: |= contains, != does not contain, |~ regex, !~ not regex. Omit to match every line.');
const startField = schemas/* string */.YjP().optional().describe('Only lines at or after this time: RFC3339 (2024-05-01T10:00:00Z) or epoch seconds/ms/ns.');
const endField = schemas/* string */.YjP().optional().describe('Only lines at or before this time, same formats as start.');
/**
 * The logs MCP server: tools `list_labels`, `label_values`, `query_logs`, `log_stats`, `get_context` over
 * any {@link LogSource}. Backend errors (bad query, unknown label or file, Loki down) become tool error
 * results the agent can read and act on. One server per connection; the source may be shared.
 */
function createLogsServer(source) {
    const server = new mcp/* McpServer */._({ name: 'opsbench-logs', version: version/* HARNESS_VERSION */.C }, { instructions: `${INSTRUCTIONS}\nSource: ${source.describe()}.` });
    server.registerTool('list_labels', {
        description: 'List the label names log lines can be selected by (e.g. service, level, filename). Use label_values to see the values of one.',
        inputSchema: {},
        annotations: { readOnlyHint: true }
    }, async () => tool_text_text(`Labels: ${(await source.labels()).join(', ') || '(none)'}\nUse label_values(label) to see the values, and {label="value"} in query_logs.${await notesText(source)}`));
    server.registerTool('label_values', {
        description: 'List the values of one label, e.g. label_values("service") gives the services that logged, label_values("level") the levels present.',
        inputSchema: { label: schemas/* string */.YjP().min(1).describe('A label name from list_labels, e.g. "service", "level" or "filename".') },
        annotations: { readOnlyHint: true }
    }, async ({ label }) => {
        const values = await source.labelValues(label);
        return tool_text_text(values.length ? `Values of ${label} (${values.length}):\n${values.join('\n')}` : `Label ${label} has no values.`);
    });
    server.registerTool('query_logs', {
        description: `Search log lines. Returns one line per log line (file:line or timestamp, then the raw line), oldest first unless direction is "backward" (newest first). At most \`limit\` lines (default ${QUERY_LIMIT_DEFAULT}, max ${QUERY_LIMIT_MAX}); the output says how many more matched, so narrow the query rather than raising the limit.`,
        inputSchema: {
            query: queryField,
            start: startField,
            end: endField,
            limit: schemas/* number */.aig().int().min(1).max(QUERY_LIMIT_MAX).default(QUERY_LIMIT_DEFAULT).describe(`Most lines to return (1-${QUERY_LIMIT_MAX}).`),
            direction: schemas/* enum */.k5n(['forward', 'backward']).default('forward').describe('forward = oldest first, backward = newest first.')
        },
        annotations: { readOnlyHint: true }
    }, async (args) => {
        const result = await source.query(args);
        if (result.lines.length === 0) {
            return tool_text_text(`No lines match${args.query ? ` ${args.query}` : ''}${args.start || args.end ? ' in that time range' : ''}. Check label values with label_values, or widen start/end.${await notesText(source)}`);
        }
        const order = args.direction === 'backward' ? 'newest first' : 'oldest first';
        const header = result.more === 0
            ? `${result.lines.length} matching line${result.lines.length === 1 ? '' : 's'}, ${order}:`
            : result.more === 'unknown'
                ? `First ${result.lines.length} matching lines, ${order}:`
                : `${result.lines.length} of ${result.lines.length + result.more} matching lines, ${order}:`;
        const note = result.more === 0
            ? ''
            : result.more === 'unknown'
                ? `[more lines match beyond the limit of ${args.limit}; ${NARROW_HINT}]`
                : `[${result.more} more lines, ${NARROW_HINT}]`;
        return capText(header, result.lines.map(formatLine), `${note}${await notesText(source)}`.trimStart(), NARROW_HINT);
    });
    server.registerTool('log_stats', {
        description: 'Count matching log lines grouped by one label, largest group first, with the first and last timestamp of each group when known. Use it first to find the few unusual lines (a rare level, a service with errors, a burst in time) among many normal ones.',
        inputSchema: {
            by: schemas/* string */.YjP().min(1).default('level').describe('The label to group by: "service", "level" or "filename" (on Loki, any label from list_labels).'),
            query: queryField,
            start: startField,
            end: endField
        },
        annotations: { readOnlyHint: true }
    }, async (args) => {
        const rows = await source.stats(args);
        if (rows.length === 0)
            return tool_text_text(`No lines match${args.query ? ` ${args.query}` : ''}.`);
        const total = rows.reduce((sum, r) => sum + r.count, 0);
        const width = Math.max(...rows.map((r) => r.value.length));
        const countWidth = String(rows[0]?.count ?? 0).length;
        const lines = rows.map((r) => {
            const span = r.first ? `  ${r.first} .. ${r.last ?? r.first}` : '';
            return `  ${r.value.padEnd(width)}  ${String(r.count).padStart(countWidth)}${span}`;
        });
        return capText(`Lines by ${args.by}${args.query ? ` for ${args.query}` : ''}: ${total} in total`, lines, '', 'give a query to count fewer groups');
    });
    server.registerTool('get_context', {
        description: 'Show the lines around one log line of one file, as written in the file (all services and levels), to see what happened just before and after. For log files give filename and line as printed by query_logs (file:line). On Loki give filename and ts (the timestamp query_logs printed).',
        inputSchema: {
            filename: schemas/* string */.YjP().min(1).describe('The file, as printed by query_logs (e.g. "api.log" or "prod/api.log").'),
            line: schemas/* number */.aig().int().min(1).optional().describe('1-based line number in the file (log files).'),
            ts: schemas/* string */.YjP().optional().describe('Timestamp of the line (Loki, which has no line numbers).'),
            before: schemas/* number */.aig().int().min(0).max(200).default(10).describe('Lines before (0-200).'),
            after: schemas/* number */.aig().int().min(0).max(200).default(10).describe('Lines after (0-200).')
        },
        annotations: { readOnlyHint: true }
    }, async (args) => {
        const { lines, anchor } = await source.context(args);
        if (lines.length === 0)
            return tool_text_text(`No lines around that point of ${args.filename}.`);
        const numbered = lines.map((l, i) => `${i === anchor ? '>' : ' '} ${l.line !== null ? String(l.line).padStart(6) : (l.ts ?? '')}  ${cut(l.text)}`);
        return capText(`${args.filename}${args.line ? ` around line ${args.line}` : args.ts ? ` around ${args.ts}` : ''}:`, numbered, '', 'ask for fewer lines before/after');
    });
    return server;
}
/** Skipped files and cut lines, on every answer they could change: an agent must not take a gap for silence. */
async function notesText(source) {
    const notes = (await source.notes?.()) ?? [];
    return notes.length ? `\n[not searched or cut: ${notes.join('; ')}]` : '';
}
function formatLine(line) {
    if (line.line !== null && line.filename !== null)
        return `${line.filename}:${line.line}  ${cut(line.text)}`;
    const labels = Object.entries(line.labels)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',');
    return `${line.ts ?? '-'} {${labels}}  ${cut(line.text)}`;
}
function cut(line) {
    return line.length <= MAX_LINE_CHARS ? line : `${line.slice(0, MAX_LINE_CHARS)}… [${line.length - MAX_LINE_CHARS} more chars]`;
}

;// CONCATENATED MODULE: ./lib/mcp/loki-log-source.js


// Only the fields we read, all lenient, so a newer Loki adding fields (or a 3rd "structured metadata"
// element in each value) does not break us.
const StreamsResponseSchema = schemas/* object */.Ikc({
    data: schemas/* object */.Ikc({
        resultType: schemas/* string */.YjP().nullish(),
        result: schemas/* array */.YOg(schemas/* object */.Ikc({ stream: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).nullish(), values: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* unknown */.L5J())).nullish() }))
    })
});
const VectorResponseSchema = schemas/* object */.Ikc({
    data: schemas/* object */.Ikc({
        resultType: schemas/* string */.YjP().nullish(),
        result: schemas/* array */.YOg(schemas/* object */.Ikc({ metric: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).nullish(), value: schemas/* array */.YOg(schemas/* unknown */.L5J()).nullish() }))
    })
});
const StringListResponseSchema = schemas/* object */.Ikc({ data: schemas/* array */.YOg(schemas/* string */.YjP()).nullish() });
const SELECTOR_PREFERENCE = ['service_name', 'service', 'app', 'job', 'filename', 'container'];
/**
 * Logs in a Grafana Loki, through its HTTP API (`/loki/api/v1/query_range`, `/query`, `/labels`,
 * `/label/<name>/values`). Queries are real LogQL, passed through unchanged; a query that is only line
 * filters gets a catch-all selector on the first usual label, since Loki insists on one.
 * Loki has no line numbers: get_context takes the anchor line's timestamp (`ts`) and a `filename` label.
 */
class LokiLogSource {
    opts;
    base;
    constructor(url, opts = {}) {
        this.opts = opts;
        this.base = url.replace(/\/+$/, '');
    }
    describe() {
        return `Loki at ${this.base}`;
    }
    async labels() {
        const body = StringListResponseSchema.parse(await this.get('/loki/api/v1/labels', this.window({})));
        return (body.data ?? []).filter((l) => !l.startsWith('__')).sort();
    }
    async labelValues(label) {
        const body = StringListResponseSchema.parse(await this.get(`/loki/api/v1/label/${encodeURIComponent(label)}/values`, this.window({})));
        return [...(body.data ?? [])].sort();
    }
    async query(q) {
        const { start, end } = this.window(q);
        const lines = await this.range(await this.withSelector(q.query), start, end, q.limit + 1, q.direction);
        return { lines: lines.slice(0, q.limit), more: lines.length > q.limit ? 'unknown' : 0 };
    }
    async stats(q) {
        const { start, end } = this.window(q);
        // A range vector at `end` covers (end - range, end]: one extra millisecond takes in a line at `start`.
        const rangeMs = Number((end - start) / 1000000n) + 1;
        const byLabel = q.by.replace(/[^\w]/g, '');
        const metric = `sum by (${byLabel}) (count_over_time(${await this.withSelector(q.query)} [${rangeMs}ms]))`;
        const body = VectorResponseSchema.parse(await this.get('/loki/api/v1/query', { query: metric, time: end.toString() }));
        return body.data.result
            .map((r) => ({ value: r.metric?.[byLabel] ?? '(none)', count: Number(r.value?.[1] ?? 0) }))
            .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    async context(q) {
        if (q.ts === undefined)
            throw new Error('get_context on Loki needs "ts": the timestamp printed before the line in query_logs output');
        const anchor = toNs(q.ts, 'ts');
        const lookback = BigInt(this.opts.defaultLookbackMs ?? 7 * 86_400_000) * 1000000n;
        const selector = `{filename=${JSON.stringify(q.filename)}}`;
        const before = await this.range(selector, anchor - lookback, anchor + 1n, q.before + 1, 'backward');
        const after = q.after > 0 ? await this.range(selector, anchor + 1n, anchor + lookback, q.after, 'forward') : [];
        // `before` came newest first: its first line is the anchor when Loki has a line at exactly `ts`.
        const lines = [...before].reverse().concat(after);
        return { lines, anchor: before[0]?.ts === nsToRfc3339(anchor) ? before.length - 1 : -1 };
    }
    async range(query, start, end, limit, direction) {
        const raw = await this.get('/loki/api/v1/query_range', { query, start: start.toString(), end: end.toString(), limit: String(limit), direction });
        const body = StreamsResponseSchema.parse(raw);
        if (body.data.resultType !== 'streams')
            throw new Error(`Loki answered a ${body.data.resultType ?? 'unknown'} result; query_logs needs a log query, not a metric query`);
        const entries = [];
        for (const stream of body.data.result) {
            const labels = stream.stream ?? {};
            for (const value of stream.values ?? []) {
                const [ts, text] = value;
                if (typeof ts !== 'string' || typeof text !== 'string')
                    continue;
                const ns = BigInt(ts);
                const filename = labels.filename ?? null;
                entries.push({ ns, line: { tsMs: Number(ns / 1000000n), ts: nsToRfc3339(ns), labels, filename, line: null, text } });
            }
        }
        entries.sort((a, b) => (a.ns === b.ns ? 0 : (a.ns < b.ns) === (direction === 'forward') ? -1 : 1));
        return entries.slice(0, limit).map((e) => e.line);
    }
    /** A query of only line filters (or nothing) gets `{<usual label>=~".+"}` in front. */
    async withSelector(query) {
        const q = (query ?? '').trim();
        if (q.startsWith('{'))
            return q;
        const labels = await this.labels();
        const label = SELECTOR_PREFERENCE.find((l) => labels.includes(l)) ?? labels[0];
        if (label === undefined)
            throw new Error('Loki has no labels in this time range: there are no logs to query');
        return `{${label}=~".+"}${q ? ` ${q}` : ''}`;
    }
    window(q) {
        const now = BigInt(Math.round(this.opts.now?.() ?? Date.now())) * 1000000n;
        const end = q.end ? toNs(q.end, 'end') : now;
        const start = q.start ? toNs(q.start, 'start') : end - BigInt(this.opts.defaultLookbackMs ?? 7 * 86_400_000) * 1000000n;
        return { start, end };
    }
    async get(pathname, params) {
        const url = new URL(this.base + pathname);
        for (const [k, v] of Object.entries(params))
            url.searchParams.set(k, String(v));
        let res;
        try {
            res = await (this.opts.fetch ?? fetch)(url, {
                headers: { accept: 'application/json', ...this.opts.headers },
                signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000)
            });
        }
        catch (error) {
            const cause = error.cause;
            throw new Error(`Loki at ${this.base} is unreachable: ${cause?.code ?? cause?.message ?? error.message}`, { cause: error });
        }
        const text = await res.text();
        // Loki reports LogQL parse errors as a plain-text 400 body: pass it on, the agent can fix its query.
        if (!res.ok)
            throw new Error(`Loki ${pathname} answered ${res.status}: ${text.trim().slice(0, 500)}`);
        try {
            return JSON.parse(text);
        }
        catch (error) {
            throw new Error(`Loki ${pathname} answered something that is not JSON: ${text.slice(0, 200)}`, { cause: error });
        }
    }
}
/** Keeps Loki's nanoseconds exact: get_context's anchor must equal the timestamp query_logs printed. */
function toNs(value, name) {
    const text = value.trim();
    if (/^\d{19}$/.test(text))
        return BigInt(text);
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.(\d{1,9})(Z|[+-]\d{2}:\d{2})$/.exec(text);
    if (m) {
        const [, whole, frac, zone] = m;
        const sec = Date.parse(`${whole}${zone}`);
        if (!Number.isNaN(sec))
            return BigInt(sec) * 1000000n + BigInt((frac ?? '').padEnd(9, '0'));
    }
    const ms = parseTimestamp(text);
    if (ms === null)
        throw new Error(`${name}: "${value}" is not a timestamp; use RFC3339 like 2024-05-01T10:00:00Z or epoch nanoseconds`);
    return BigInt(ms) * 1000000n;
}
/** 1714557600123456789n -> "2024-05-01T10:00:00.123456789Z". */
function nsToRfc3339(ns) {
    const ms = Number(ns / 1000000n);
    const iso = new Date(ms).toISOString();
    return `${iso.slice(0, 19)}.${(ns % 1000000000n).toString().padStart(9, '0')}Z`;
}

;// CONCATENATED MODULE: ./lib/agent/mcp/context-servers.js





/** Server names the harness gives a task's context; task.yaml `mcp:` servers must not reuse them. */
const LOGS_SERVER = 'logs';
const CONTEXT_SERVER = 'context';
/**
 * The task's logs, chat and tracker as MCP servers running inside the harness process, for
 * `McpClientManager.connect`. This is the preferred way: the files stay with the harness and never enter
 * the agent's container, so the agent can read them only through the tools (no `cat data/logs/*`, no
 * peeking at other context). Tools appear as `logs__query_logs`, `context__read_channel`, ...
 * @throws UserInputError when chat.json or issues.json does not fit its schema (naming file and field).
 */
async function harnessContextServers(task, opts = {}) {
    const specs = [];
    const source = opts.lokiUrl ? new LokiLogSource(opts.lokiUrl) : task.context.logs ? new FileLogSource(task.context.logs) : null;
    if (source)
        specs.push({ name: LOGS_SERVER, create: () => createLogsServer(source) });
    if (task.context.chat || task.context.tracker) {
        const cut = { notAfter: task.context.notAfter === undefined ? null : Date.parse(task.context.notAfter) };
        const data = {
            chat: task.context.chat ? await loadChat(task.context.chat, cut) : null,
            issues: task.context.tracker ? await loadIssues(task.context.tracker, cut) : null
        };
        specs.push({ name: CONTEXT_SERVER, create: () => createContextServer(data) });
    }
    return specs;
}
/**
 * The same servers as stdio processes running the opsbench CLI (`node <cliPath> mcp logs --source ...`),
 * for a client that needs a command rather than an in-process server. The paths are the harness's own, so
 * these specs run on the harness host, not in the workspace.
 * @param opts.cliPath the bundled CLI, e.g. dist/cli/index.js; `nodePath` defaults to this process's node,
 *   `nodeArgs` go before the script (e.g. `--enable-source-maps`).
 */
function contextServerSpecs(task, opts) {
    const command = opts.nodePath ?? process.execPath;
    const cli = [...(opts.nodeArgs ?? []), opts.cliPath, 'mcp'];
    const specs = [];
    const logs = opts.lokiUrl ?? task.context.logs;
    if (logs)
        specs.push({ name: LOGS_SERVER, command, args: [...cli, 'logs', '--source', logs] });
    if (task.context.chat || task.context.tracker) {
        const files = [
            ...(task.context.chat ? ['--chat', task.context.chat] : []),
            ...(task.context.tracker ? ['--tracker', task.context.tracker] : []),
            ...(task.context.notAfter ? ['--not-after', task.context.notAfter] : [])
        ];
        specs.push({ name: CONTEXT_SERVER, command, args: [...cli, 'context', ...files] });
    }
    return specs;
}


/***/ }),

/***/ 1767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ createMasker)
/* harmony export */ });
/* unused harmony export MASK */
/**
 * Masks secrets in anything the harness writes (trajectories, agent logs): every value it was handed as
 * a key, plus anything shaped like a provider or GitHub token even if nobody told us about it.
 */
const TOKEN_PATTERNS = [
    /\bsk-[A-Za-z0-9_-]{6,}/g, // OpenAI / Anthropic (sk-ant-...) / OpenRouter (sk-or-...)
    /\bgh[pousr]_[A-Za-z0-9]{20,}/g, // GitHub tokens (GITHUB_TOKEN is ghs_...)
    /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
    /\bAIza[0-9A-Za-z_-]{30,}/g // Google API keys
];
const MASK = '***';
/** Values shorter than this are not masked literally (they would mask ordinary words). */
const MIN_SECRET_LENGTH = 6;
/** A masker for `secrets` (values, e.g. Object.values(keys)) and the token shapes above. */
function createMasker(secrets) {
    const literal = [...new Set([...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH))]
        // Longest first, so a secret containing another is masked whole; JSON-escaped forms too, since
        // masking runs on serialized lines.
        .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), ...encodedForms(s)])
        .sort((a, b) => b.length - a.length);
    return (text) => {
        let out = text;
        for (const s of literal)
            out = out.split(s).join(MASK);
        for (const re of TOKEN_PATTERNS)
            out = out.replace(re, MASK);
        return out;
    };
}
/**
 * The hex and base64 forms of a secret (`echo $KEY | base64` is the first thing an agent that wants a key
 * out would try). Base64 depends on where the secret starts in the encoded stream, so each of the three
 * alignments is masked, cut to the characters the secret alone determines; base64url too.
 */
function encodedForms(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const forms = [bytes.toString('hex'), bytes.toString('hex').toUpperCase()];
    for (let k = 0; k < 3; k++) {
        const n = k + bytes.length;
        const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
        const core = b64.slice(Math.ceil((k * 8) / 6), Math.floor((n * 8) / 6));
        if (core.length >= 8)
            forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ HARNESS_VERSION)
/* harmony export */ });
/** Stamped into every TrialResult as `harness_version`; bump with package.json. */
const HARNESS_VERSION = '0.1.0';


/***/ })

};
