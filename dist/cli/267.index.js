export const id = 267;
export const ids = [267,952];
export const modules = {

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

/***/ 6506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yp: () => (/* binding */ AGENT_KINDS),
  cT: () => (/* binding */ resolveAgent)
});

// UNUSED EXPORTS: agents

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/agent/config-hash.js

/**
 * A short fingerprint of an agent's configuration (name, model, Agent.config), for TrialResult.agent_config:
 * two runs with the same fingerprint ran the same agent the same way. 16 hex digits of a sha256 over the
 * canonical JSON (keys sorted at every level), so the order flags were given in does not matter.
 */
function agentConfigHash(agent) {
    const text = canonicalJson({ agent: agent.name, model: agent.model, config: agent.config ?? {} });
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/** JSON.stringify with object keys sorted; undefined members are dropped as JSON.stringify drops them. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        const member = value[key];
        if (member !== undefined)
            out[key] = sortKeys(member);
    }
    return out;
}

// EXTERNAL MODULE: ./lib/core/trial-paths.js
var trial_paths = __webpack_require__(2774);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
;// CONCATENATED MODULE: ./lib/core/trajectory.js
const ZERO_USAGE = Object.freeze({ input: 0, output: 0, cacheRead: 0, cacheWrite: 0 });
/** Bump when a field changes meaning; readers branch on `v`. */
const TRAJECTORY_FORMAT = 1;

;// CONCATENATED MODULE: ./lib/agent/agent.js


// EXTERNAL MODULE: ./lib/mcp/context-data.js
var context_data = __webpack_require__(3948);
// EXTERNAL MODULE: ./lib/mcp/context-server.js
var context_server = __webpack_require__(9403);
// EXTERNAL MODULE: ./lib/mcp/file-log-source.js + 4 modules
var file_log_source = __webpack_require__(4918);
// EXTERNAL MODULE: ./lib/mcp/logs-server.js
var logs_server = __webpack_require__(5501);
// EXTERNAL MODULE: ./lib/mcp/loki-log-source.js
var loki_log_source = __webpack_require__(8648);
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
    const source = opts.lokiUrl ? new loki_log_source/* LokiLogSource */.H4(opts.lokiUrl) : task.context.logs ? new file_log_source/* FileLogSource */.E(task.context.logs) : null;
    if (source)
        specs.push({ name: LOGS_SERVER, create: () => (0,logs_server/* createLogsServer */.ZK)(source) });
    if (task.context.chat || task.context.tracker) {
        const cut = { notAfter: task.context.notAfter === undefined ? null : Date.parse(task.context.notAfter) };
        const data = {
            chat: task.context.chat ? await (0,context_data/* loadChat */.Hg)(task.context.chat, cut) : null,
            issues: task.context.tracker ? await (0,context_data/* loadIssues */.l6)(task.context.tracker, cut) : null
        };
        specs.push({ name: CONTEXT_SERVER, create: () => (0,context_server/* createContextServer */.F)(data) });
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

// EXTERNAL MODULE: ./lib/agent/model/mask.js
var model_mask = __webpack_require__(1767);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/agent/command/context-files.js


/**
 * Copies the task's observability context into `dir` inside the environment, for agents that cannot be
 * handed the harness's in-process MCP servers (the command agent):
 *
 *     <dir>/logs/         the task's log files (context.logs: a directory's contents, or the one file)
 *     <dir>/chat.json     context.chat
 *     <dir>/issues.json   context.tracker
 *
 * This is the agent's context, not hidden data: the model agent reads the same through the logs/context tools.
 * @returns `dir`, or null when the task has no context (nothing is created then).
 * @throws what Environment.copyIn throws (a vanished environment), or ENOENT for a context path that is gone.
 */
async function copyContextFiles(env, context, dir) {
    const copies = [];
    if (context.logs) {
        // A directory's contents go into logs/; a single file keeps its name under logs/.
        const isDir = (await (0,promises_.stat)(context.logs)).isDirectory();
        copies.push([context.logs, isDir ? `${dir}/logs` : `${dir}/logs/${external_node_path_.basename(context.logs)}`]);
    }
    if (context.chat)
        copies.push([context.chat, `${dir}/chat.json`]);
    if (context.tracker)
        copies.push([context.tracker, `${dir}/issues.json`]);
    if (copies.length === 0)
        return null;
    for (const [from, to] of copies)
        await env.copyIn(from, to);
    return dir;
}

;// CONCATENATED MODULE: ./lib/agent/command/mcp-config.js
function toMcpJson(specs) {
    const mcpServers = {};
    for (const s of specs) {
        mcpServers[s.name] = 'url' in s ? { type: 'http', url: s.url } : { command: s.command, args: s.args, ...(s.env ? { env: s.env } : {}) };
    }
    return { mcpServers };
}

// EXTERNAL MODULE: ./lib/runtime/process-exec.js
var process_exec = __webpack_require__(6479);
;// CONCATENATED MODULE: ./lib/agent/command/command-agent.js











const CommandAgentConfigSchema = schemas/* strictObject */.rej({
    /** The team's agent CLI, run with `bash -lc` in the workspace's repository. */
    command: schemas/* string */.YjP().trim().min(1, 'must not be empty'),
    /** Env var names of provider keys to hand to the agent (opt-in; nothing is passed by default). */
    passKeys: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'use an environment variable name')).default([]),
    /** TrialResult.model for this agent (e.g. the model the CLI is configured with); informational. */
    model: schemas/* string */.YjP().min(1).optional(),
    /** Budgets announced to the agent via OPSBENCH_MAX_TURNS / OPSBENCH_MAX_COST_USD (0 = none). */
    maxTurns: schemas/* number */.aig().int().nonnegative().default(0),
    maxCostUsd: schemas/* number */.aig().nonnegative().default(0)
});
const count = schemas/* number */.aig().int().nonnegative().default(0);
/** What an agent may write to $OPSBENCH_USAGE_FILE so its tokens and cost reach the results. */
const UsageFileSchema = schemas/* object */.Ikc({
    turns: schemas/* number */.aig().int().nonnegative().optional(),
    tokens: schemas/* object */.Ikc({ input: count, output: count, cacheRead: count, cacheWrite: count })
        .optional(),
    costUsd: schemas/* number */.aig().nonnegative().optional()
});
/**
 * A bring-your-own agent: any CLI, run once inside the workspace with the agent's timeout. Its exit ends the
 * agent phase: 0 is `submitted`, anything else `crashed`, the timeout `agent_timeout`. Its output is kept,
 * masked, as agent.log / trajectory.jsonl. What it gets, in a scratch dir outside the repository:
 *
 * - the instruction: $OPSBENCH_INSTRUCTION and the file $OPSBENCH_INSTRUCTION_FILE;
 * - the MCP servers as a standard mcp.json ($OPSBENCH_MCP_CONFIG): the trial's/task's servers, plus on the local
 *   runtime (when `deps.cli` is known) the harness's own `logs` and `context` servers as stdio entries;
 * - the observability context as files ($OPSBENCH_CONTEXT_DIR, set only when the task has context):
 *   logs/ (the task's log files), chat.json, issues.json; see copyContextFiles;
 * - the budgets ($OPSBENCH_MAX_TURNS, $OPSBENCH_MAX_COST_USD, $OPSBENCH_TIMEOUT_SEC) and $OPSBENCH_USAGE_FILE to
 *   report its tokens and cost;
 * - provider keys only when named in `passKeys`.
 * @throws UserInputError for a bad config or a `passKeys` name with no value.
 */
function createCommandAgent(configInput, deps = {}) {
    const parsed = CommandAgentConfigSchema.safeParse(configInput);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UserInputError */.m2(`command agent config: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
    }
    const config = parsed.data;
    const keys = deps.keys ?? {};
    const passed = {};
    for (const name of config.passKeys) {
        const value = keys[name];
        if (value === undefined || value === '')
            throw new errors/* UserInputError */.m2(`{passKeys} ${name}: no value; set ${name} in the environment or drop it`);
        passed[name] = value;
    }
    const mask = (0,model_mask/* createMasker */.a)(Object.values(keys));
    return {
        name: 'command',
        model: config.model ?? null,
        config,
        secrets: Object.values(keys),
        async run(ctx) {
            const timeoutSec = ctx.task.timeouts.agentSec;
            // Outside the repo so the files never show up in the graded diff; unique so concurrent local trials don't clash.
            const mk = await ctx.env.exec('mktemp -d "${TMPDIR:-/tmp}/opsbench.XXXXXX"', { signal: ctx.signal, timeoutSec: 30 });
            const dir = mk.stdout.trim();
            if (mk.exitCode !== 0 || !dir.startsWith('/')) {
                return crashed(`cannot create the agent's scratch dir: ${mk.stderr || mk.stdout}`, 'agent_setup');
            }
            const files = { instruction: `${dir}/instruction.md`, mcp: `${dir}/mcp.json`, usage: `${dir}/usage.json` };
            await ctx.env.writeFile(files.instruction, ctx.task.instruction);
            await ctx.env.writeFile(files.mcp, `${JSON.stringify(toMcpJson(mcpServers(ctx, deps.cli)), null, 2)}\n`);
            let contextDir;
            try {
                contextDir = await copyContextFiles(ctx.env, ctx.task.context, `${dir}/context`);
            }
            catch (err) {
                return crashed(`cannot copy the task's context into the environment: ${err.message}`, 'agent_setup');
            }
            const env = {
                ...(contextDir ? { OPSBENCH_CONTEXT_DIR: contextDir } : {}),
                OPSBENCH_INSTRUCTION: ctx.task.instruction,
                OPSBENCH_INSTRUCTION_FILE: files.instruction,
                OPSBENCH_MCP_CONFIG: files.mcp,
                OPSBENCH_USAGE_FILE: files.usage,
                OPSBENCH_WORKDIR: ctx.env.workdir,
                OPSBENCH_TASK_ID: ctx.task.id,
                OPSBENCH_TIMEOUT_SEC: String(timeoutSec),
                OPSBENCH_MAX_TURNS: String(config.maxTurns),
                OPSBENCH_MAX_COST_USD: String(config.maxCostUsd),
                ...passed
            };
            ctx.log(`command agent: ${config.command}${config.passKeys.length ? ` (keys passed: ${config.passKeys.join(', ')})` : ''}`);
            const res = await ctx.env.exec(config.command, { cwd: ctx.env.workdir, env, timeoutSec, input: '', signal: ctx.signal });
            saveOutput(ctx.artifactsDir, res.stdout, `${res.stderr}${(0,process_exec/* cutNote */.nA)(res)}`, mask);
            const usage = await readUsage(ctx, files.usage);
            const base = { episodes: usage.turns, tokens: usage.tokens, costUsd: usage.costUsd };
            if (res.timedOut || ctx.signal.aborted)
                return { stopReason: 'agent_timeout', ...base };
            if (res.exitCode === 0)
                return { stopReason: 'submitted', ...base };
            ctx.log(`command agent exited with ${res.exitCode}`);
            return { stopReason: 'crashed', ...base };
        }
    };
}
/**
 * The trial's (or task's) servers, plus the harness's logs/context servers as stdio entries when the agent runs
 * on the harness's host (local runtime) and the CLI is known; a server the trial already names wins.
 */
function mcpServers(ctx, cli) {
    const specs = ctx.mcpServers ?? ctx.task.mcp;
    if (ctx.env.kind !== 'local' || !cli)
        return specs;
    const taken = new Set(specs.map((s) => s.name));
    const harness = contextServerSpecs(ctx.task, { cliPath: cli.path, nodeArgs: cli.nodeArgs }).filter((s) => !taken.has(s.name));
    return [...harness, ...specs];
}
function crashed(message, errorClass) {
    return { stopReason: 'crashed', episodes: 0, tokens: { ...ZERO_USAGE }, costUsd: 0, error: { errorClass, message } };
}
/** agent.log gets everything; trajectory.jsonl the stdout lines that are JSON objects (agents that log events as JSONL). */
function saveOutput(dir, stdout, stderr, mask) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'agent.log'), mask(`${stdout}${stderr ? `${stdout.endsWith('\n') || !stdout ? '' : '\n'}--- stderr ---\n${stderr}` : ''}`));
    const events = stdout.split('\n').filter((line) => {
        if (!line.startsWith('{'))
            return false;
        try {
            return typeof JSON.parse(line) === 'object';
        }
        catch {
            return false;
        }
    });
    if (events.length > 0)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, trial_paths/* TRAJECTORY_FILE */.NJ), mask(`${events.join('\n')}\n`));
}
async function readUsage(ctx, path) {
    const none = { turns: 1, tokens: { ...ZERO_USAGE }, costUsd: 0 };
    let text;
    try {
        text = (await ctx.env.readFile(path)).toString('utf8');
    }
    catch {
        return none;
    }
    try {
        const u = UsageFileSchema.parse(JSON.parse(text));
        return { turns: u.turns ?? 1, tokens: u.tokens ? { ...u.tokens } : { ...ZERO_USAGE }, costUsd: u.costUsd ?? 0 };
    }
    catch (err) {
        ctx.log(`ignoring $OPSBENCH_USAGE_FILE: ${err.message}`);
        return none;
    }
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js
var stdio = __webpack_require__(42);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 1 modules
var esm_client = __webpack_require__(3018);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js + 7 modules
var streamableHttp = __webpack_require__(5959);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/inMemory.js
var inMemory = __webpack_require__(579);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
;// CONCATENATED MODULE: ./lib/agent/mcp/result-text.js
/**
 * A tool result as the text a model reads. Text parts pass through; images, audio and binary resources
 * become a one-line placeholder (the agent loop is text-only); structured content is used only when there
 * is no text, as the MCP spec asks servers to mirror it in text anyway. Cut at `maxChars` with a note.
 */
function resultText(result, maxChars) {
    const parts = [];
    for (const item of result.content ?? []) {
        switch (item.type) {
            case 'text':
                parts.push(item.text);
                break;
            case 'image':
            case 'audio':
                parts.push(`[${item.type} ${item.mimeType}, ${Math.floor((item.data.length * 3) / 4)} bytes, not shown]`);
                break;
            case 'resource': {
                const r = item.resource;
                parts.push('text' in r && typeof r.text === 'string' ? `[resource ${r.uri}]\n${r.text}` : `[resource ${r.uri}${r.mimeType ? ` (${r.mimeType})` : ''}, binary, not shown]`);
                break;
            }
            case 'resource_link':
                parts.push(`[resource link ${item.uri}${item.name ? ` "${item.name}"` : ''}${item.description ? `: ${item.description}` : ''}]`);
                break;
            default:
                parts.push(JSON.stringify(item));
        }
    }
    if (parts.length === 0 && result.structuredContent !== undefined)
        parts.push(JSON.stringify(result.structuredContent, null, 2));
    if (parts.length === 0 && result.toolResult !== undefined)
        parts.push(JSON.stringify(result.toolResult, null, 2));
    const text = parts.join('\n');
    return text.length <= maxChars ? text : `${text.slice(0, maxChars)}\n[${text.length - maxChars} more characters cut]`;
}

;// CONCATENATED MODULE: ./lib/agent/mcp/stdio-transport.js

/**
 * Variables a local stdio server may inherit besides the SDK's own allowlist (HOME, LOGNAME, PATH, SHELL,
 * TERM, USER). Nothing else of the harness's environment reaches the server: provider keys and
 * GITHUB_TOKEN must never reach an agent's tools.
 */
const EXTRA_INHERITED_ENV = ['LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR'];
/**
 * The default way to start a stdio server: a local child process with an allowlisted environment plus the
 * spec's own `env` (the locale of `hostEnv`, which the caller passes in), stderr piped (the manager logs it and quotes its tail when the server dies).
 */
function localStdioTransport(spec, opts = {}) {
    const env = {};
    for (const key of EXTRA_INHERITED_ENV) {
        const value = opts.hostEnv?.[key];
        if (value !== undefined)
            env[key] = value;
    }
    return new stdio/* StdioClientTransport */.oQ({ command: spec.command, args: spec.args, env: { ...env, ...spec.env }, cwd: opts.cwd, stderr: 'pipe' });
}

;// CONCATENATED MODULE: ./lib/agent/mcp/tool-names.js

/** What OpenAI, Anthropic and Gemini all accept as a function name. */
const MAX_NAME = 64;
/**
 * `server__tool`, made safe for every provider: characters outside [A-Za-z0-9_-] become `_`, names past
 * 64 characters are cut and given a short hash, and a name already taken gets `_2`, `_3`...
 * (server-everything's `get-sum` stays `everything__get-sum`; a tool `files.read` becomes `fs__files_read`).
 */
function namespacedToolName(server, tool, taken) {
    let name = `${server}__${tool}`.replace(/[^A-Za-z0-9_-]/g, '_');
    if (name.length > MAX_NAME) {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(`${server}\0${tool}`).digest('hex').slice(0, 8);
        name = `${name.slice(0, MAX_NAME - 9)}_${hash}`;
    }
    if (!taken.has(name))
        return name;
    for (let n = 2;; n++) {
        const suffix = `_${n}`;
        const candidate = `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
        if (!taken.has(candidate))
            return candidate;
    }
}

;// CONCATENATED MODULE: ./lib/agent/mcp/client-manager.js










const DEFAULT_TIMEOUT_MS = 60_000;
const STDERR_TAIL = 2000;
/**
 * The MCP servers one agent run can use, connected once and called by namespaced tool name. Calls never
 * throw: a crashed server, a timeout, an unknown tool or a tool's own error come back as
 * `{ isError: true, text }` for the model to read. Tools are listed once at connect (list_changed is not
 * followed: a trial's toolset stays fixed).
 */
class McpClientManager {
    conns;
    opts;
    byName = new Map();
    infos = [];
    closing = false;
    constructor(conns, opts) {
        this.conns = conns;
        this.opts = opts;
    }
    /**
     * Connects to every server in parallel and lists their tools.
     * @throws AgentSetupError naming each server that could not start, connect or list (after closing the others),
     *   or a duplicated server name.
     */
    static async connect(specs, opts = {}) {
        const names = specs.map((s) => s.name);
        const dup = names.find((n, i) => names.indexOf(n) !== i);
        if (dup !== undefined)
            throw new errors/* AgentSetupError */.D_(`two MCP servers are named "${dup}"; give each server in task.yaml mcp: a unique name`);
        const settled = await Promise.allSettled(specs.map((spec) => connectOne(spec, opts)));
        const conns = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.conn] : []));
        const manager = new McpClientManager(conns, opts);
        const failures = settled.flatMap((s, i) => (s.status === 'rejected' ? [`${describe(specs[i])}: ${s.reason.message}`] : []));
        if (failures.length > 0) {
            await manager.close();
            throw new errors/* AgentSetupError */.D_(`MCP server${failures.length > 1 ? 's' : ''} failed to start: ${failures.join('; ')}`);
        }
        for (const s of settled)
            if (s.status === 'fulfilled')
                manager.register(s.value.conn, s.value.tools);
        return manager;
    }
    /** The tools of every server, in server order. */
    tools() {
        return [...this.infos];
    }
    /** Calls a tool by its namespaced name. Never throws. */
    async call(name, args, callOpts = {}) {
        const entry = this.byName.get(name);
        if (!entry)
            return { isError: true, text: `Unknown tool "${name}". Available MCP tools: ${this.infos.map((t) => t.name).join(', ') || '(none)'}` };
        const { conn, tool } = entry;
        if (conn.dead !== null)
            return { isError: true, text: `MCP server "${conn.name}" is not running (${conn.dead}); its tools are unavailable.${tail(conn)}` };
        if (args !== undefined && args !== null && (typeof args !== 'object' || Array.isArray(args))) {
            return { isError: true, text: `Tool "${name}" takes an object of arguments matching its schema, not ${JSON.stringify(args).slice(0, 100)}` };
        }
        const timeoutMs = callOpts.timeoutMs ?? this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        try {
            const result = await conn.client.callTool({ name: tool.name, arguments: (args ?? {}) }, undefined, {
                signal: callOpts.signal,
                timeout: timeoutMs
            });
            return { isError: result.isError === true, text: resultText(result, this.opts.maxResultChars ?? 100_000) };
        }
        catch (error) {
            return { isError: true, text: this.explain(conn, name, error, timeoutMs, callOpts.signal) };
        }
    }
    /** Closes every connection and stops local servers. Never throws. */
    async close() {
        this.closing = true;
        await Promise.allSettled(this.conns.map((c) => closeConnection(c, this.opts.log)));
    }
    register(conn, tools) {
        const taken = new Set(this.byName.keys());
        for (const tool of tools) {
            const name = namespacedToolName(conn.name, tool.name, taken);
            taken.add(name);
            this.byName.set(name, { conn, tool });
            this.infos.push({
                name,
                server: conn.name,
                tool: tool.name,
                description: tool.description ?? tool.title ?? tool.annotations?.title ?? '',
                inputSchema: providerSafeSchema(tool.inputSchema)
            });
        }
        conn.client.onclose = () => {
            conn.dead ??= 'it exited or closed the connection';
            if (!this.closing)
                this.opts.log?.(`[mcp ${conn.name}] server stopped${tail(conn)}`);
        };
    }
    explain(conn, name, error, timeoutMs, signal) {
        if (signal?.aborted)
            return `Tool "${name}" was cancelled.`;
        if (error instanceof types/* McpError */.Nh && error.code === types/* ErrorCode */.O4.RequestTimeout)
            return `Tool "${name}" timed out after ${timeoutMs} ms and was cancelled; try a smaller request.`;
        if (conn.dead !== null || (error instanceof types/* McpError */.Nh && error.code === types/* ErrorCode */.O4.ConnectionClosed)) {
            conn.dead ??= 'it closed the connection';
            return `MCP server "${conn.name}" stopped during the call to "${name}" (${conn.dead}).${tail(conn)}`;
        }
        return `Tool "${name}" failed: ${error.message ?? String(error)}`;
    }
}
/** `$schema` is dropped (Gemini refuses unknown keys) and `properties` made present (OpenAI wants it). */
function providerSafeSchema(schema) {
    const { $schema: _dialect, ...rest } = schema;
    return { properties: {}, ...rest, type: 'object' };
}
function describe(spec) {
    if ('command' in spec)
        return `"${spec.name}" (${[spec.command, ...spec.args].join(' ')})`;
    if ('url' in spec)
        return `"${spec.name}" (${spec.url})`;
    return `"${spec.name}" (in-process)`;
}
function tail(conn) {
    const t = conn.stderrTail.trim();
    return t ? ` Its last stderr output: ${t.slice(-500)}` : '';
}
async function connectOne(spec, opts) {
    const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const client = new esm_client/* Client */.K({ name: 'opsbench', version: version/* HARNESS_VERSION */.C }, { capabilities: {} });
    const conn = { name: spec.name, client, transport: undefined, dead: null, stderrTail: '', pid: null };
    if ('create' in spec) {
        const [clientSide, serverSide] = inMemory/* InMemoryTransport */.W.createLinkedPair();
        const server = await spec.create();
        await server.connect(serverSide);
        conn.transport = clientSide;
        conn.closeServer = () => server.close();
    }
    else if ('url' in spec) {
        conn.transport = opts.http ? opts.http(spec) : new streamableHttp/* StreamableHTTPClientTransport */.j(new URL(spec.url));
    }
    else {
        conn.transport = await (opts.spawn ?? ((s) => localStdioTransport(s, { cwd: opts.cwd })))(spec);
    }
    watchStderr(conn, opts.log);
    try {
        await client.connect(conn.transport, { timeout });
        if (conn.transport instanceof stdio/* StdioClientTransport */.oQ)
            conn.pid = conn.transport.pid;
        const tools = [];
        let cursor;
        do {
            const page = await client.listTools(cursor === undefined ? undefined : { cursor }, { timeout });
            tools.push(...page.tools);
            cursor = page.nextCursor;
        } while (cursor !== undefined);
        return { conn, tools };
    }
    catch (error) {
        await closeConnection(conn, undefined);
        const message = error instanceof types/* McpError */.Nh && error.code === types/* ErrorCode */.O4.RequestTimeout ? `no answer within ${timeout} ms` : error.message;
        throw new Error(`${message}${tail(conn)}`, { cause: error });
    }
}
/** Keeps the last stderr lines of a stdio server for error messages, and logs them as they come. */
function watchStderr(conn, log) {
    const stream = conn.transport instanceof stdio/* StdioClientTransport */.oQ ? conn.transport.stderr : null;
    stream?.on('data', (chunk) => {
        const text = chunk.toString('utf8');
        conn.stderrTail = (conn.stderrTail + text).slice(-STDERR_TAIL);
        for (const line of text.split('\n'))
            if (line.trim())
                log?.(`[mcp ${conn.name}] ${line}`);
    });
}
async function closeConnection(conn, log) {
    conn.dead ??= 'closed by the harness';
    const pid = conn.pid ?? (conn.transport instanceof stdio/* StdioClientTransport */.oQ ? conn.transport.pid : null);
    if (conn.transport instanceof streamableHttp/* StreamableHTTPClientTransport */.j && conn.transport.sessionId !== undefined) {
        // Tell a session-keeping server we are gone (HTTP DELETE), but never wait long on a dead one.
        await Promise.race([conn.transport.terminateSession().catch(() => { }), new Promise((r) => setTimeout(r, 2000).unref())]);
    }
    try {
        await conn.client.close();
    }
    catch (error) {
        log?.(`[mcp ${conn.name}] close failed: ${error.message}`);
    }
    try {
        await conn.closeServer?.();
    }
    catch {
        // The in-memory pair is already down; nothing else holds resources.
    }
    if (pid !== null)
        await waitForExit(pid, 3000);
}
/** The SDK's close sends SIGKILL last without waiting: wait so no child outlives close(). */
async function waitForExit(pid, ms) {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
        try {
            process.kill(pid, 0);
        }
        catch {
            return;
        }
        await new Promise((r) => setTimeout(r, 25));
    }
}

;// CONCATENATED MODULE: ./lib/agent/prompts/system.js
/**
 * The model agent's system prompt and first user message, kept together in one readable place (a .ts
 * template rather than a .md file so the ncc bundle needs no loader). `{{name}}` placeholders are filled
 * by {@link renderPrompt}.
 */
const SYSTEM_PROMPT = `You are an autonomous software engineer working in a real workspace: a git repository{{workdir_note}}, \
and sometimes running services (databases, object stores, mail, queues) reachable from it. You act only \
through tool calls; nobody will answer questions. Every reply must contain at least one tool call.

How to work:
1. Explore before acting. List the repository, read the README, the relevant code, configuration and \
tests. Find how the project is built and tested before changing anything.
2. Extract the exact constraints from the task: names of files, functions, endpoints, environment variables, \
ports, hosts, formats, status codes, error messages. Write them down in your reasoning and satisfy each \
exactly; tests check them literally.
3. For a bug report, reproduce and locate the root cause before editing. When logs, chat or tracker tools \
are available (tools named like logs__*, context__*), use them: query the logs around the reported time, \
filter by service and level, and read the related discussion and issues. Narrow your queries instead of \
dumping everything.
4. Make the smallest change that fixes the cause. Keep the project's style. Do not weaken or delete tests, \
and do not hard-code expected outputs.
5. Verify against the real thing: run the existing tests (and any you add), build the project, and for \
integrations exercise the running services (e.g. with curl or a short script) and check the side effects.
6. When the change works, call submit with a short summary of what you changed and how you verified it. \
Submitting ends the task: you cannot continue afterwards.

Tool notes: the shell session persists (working directory and exported variables). Commands have a \
timeout; run servers in the background with output to a file. Long outputs are cut in the middle; narrow \
them with grep, head, tail or line ranges. Use edit_file for precise edits (old_string must match exactly \
and be unique).`;
const INSTRUCTION_TEMPLATE = `<task>
{{instruction}}
</task>

The repository is at {{workdir}} (the shell starts there). {{tools_note}}
Start by exploring; finish with submit.`;
/** Fills the templates. */
function renderPrompt(vars) {
    const toolsNote = vars.mcpTools.length > 0
        ? `Context tools available: ${vars.mcpTools.join(', ')}.`
        : 'No context tools (logs, chat, tracker) are available for this task.';
    return {
        // Function replacers: instruction text may contain `$&` and similar replacement patterns.
        system: SYSTEM_PROMPT.replaceAll('{{workdir_note}}', () => ` at ${vars.workdir}`),
        instruction: INSTRUCTION_TEMPLATE.replaceAll('{{workdir}}', () => vars.workdir)
            .replaceAll('{{tools_note}}', () => toolsNote)
            .replaceAll('{{instruction}}', () => vars.instruction.trim())
    };
}

// EXTERNAL MODULE: ./node_modules/@ai-sdk/provider-utils/dist/index.js
var dist = __webpack_require__(1763);
;// CONCATENATED MODULE: ./lib/agent/model/exits.js
/**
 * Control flow of the loop, as in mini-swe-agent: these exceptions carry why the agent stops (or, for
 * FormatError, what to tell the model) and the loop turns them into a stop reason.
 */
class InterruptAgentFlow extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** The model called `submit`. */
class Submitted extends InterruptAgentFlow {
    summary;
    constructor(summary) {
        super('submitted');
        this.summary = summary;
    }
}
/** A budget ran out; `stopReason` is what lands in the TrialResult. */
class LimitsExceeded extends InterruptAgentFlow {
    stopReason;
    constructor(message, stopReason) {
        super(message);
        this.stopReason = stopReason;
    }
}
class StepLimit extends LimitsExceeded {
    constructor(limit) {
        super(`step limit reached (${limit} turns)`, 'step_limit');
    }
}
class TokenLimit extends LimitsExceeded {
    constructor(used, limit) {
        super(`token limit reached (${used} of ${limit} tokens)`, 'token_limit');
    }
}
class CostLimit extends LimitsExceeded {
    constructor(used, limit) {
        super(`cost limit reached ($${used.toFixed(4)} of $${limit})`, 'cost_limit');
    }
}
/** A malformed reply (no tool call, invalid arguments, unknown tool); `message` is the nudge the model gets. */
class FormatError extends InterruptAgentFlow {
}

;// CONCATENATED MODULE: ./lib/agent/tools/paths.js

/** A path the model gave, made absolute inside the environment (relative paths start at the workdir). */
function resolveInEnv(env, path) {
    return external_node_path_.posix.resolve(env.workdir, path);
}
/** Reads a file as UTF-8 text, or null when it does not exist / cannot be read. */
async function readText(env, path) {
    try {
        return (await env.readFile(path)).toString('utf8');
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./lib/agent/tools/types.js
/** Declares a built-in tool with a zod input schema and a typed `run`. */
function defineTool(spec) {
    return spec;
}
function ok(text) {
    return { text, isError: false };
}
function fail(text) {
    return { text, isError: true };
}

;// CONCATENATED MODULE: ./lib/agent/tools/edit-file.js



const editFileTool = defineTool({
    name: 'edit_file',
    description: 'Replace an exact string in a file. old_string must match the file exactly (whitespace and indentation included) and be unique unless replace_all is true; include surrounding lines to make it unique.',
    inputSchema: schemas/* object */.Ikc({
        path: schemas/* string */.YjP().min(1),
        old_string: schemas/* string */.YjP().min(1),
        new_string: schemas/* string */.YjP(),
        replace_all: schemas/* boolean */.zMY().optional()
    }),
    async run(input, ctx) {
        const path = resolveInEnv(ctx.env, input.path);
        const text = await readText(ctx.env, path);
        if (text === null)
            return fail(`cannot edit ${input.path}: no such file. Use write_file to create it.`);
        const count = countOccurrences(text, input.old_string);
        if (count === 0) {
            return fail(`old_string was not found in ${input.path} (0 occurrences). Read the file again and copy the text exactly, including whitespace.`);
        }
        if (count > 1 && !input.replace_all) {
            return fail(`old_string occurs ${count} times in ${input.path}; include more surrounding context to make it unique, or set replace_all: true.`);
        }
        const updated = input.replace_all ? text.split(input.old_string).join(input.new_string) : text.replace(input.old_string, () => input.new_string);
        await ctx.env.writeFile(path, updated);
        return ok(`edited ${input.path}: replaced ${input.replace_all ? count : 1} occurrence${count > 1 && input.replace_all ? 's' : ''}`);
    }
});
function countOccurrences(text, needle) {
    let n = 0;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./lib/agent/tools/truncate.js
/**
 * Cuts `text` to about `budget` bytes, keeping the head and the tail (errors and summaries tend to be at
 * the end of build and test output), and says how much was cut and how to narrow it. Cuts snap to line
 * boundaries when one is near so the model never sees half a line.
 */
function truncateOutput(text, budget, hint) {
    const buf = Buffer.from(text, 'utf8');
    if (buf.length <= budget)
        return text;
    const half = Math.floor(budget / 2);
    let headEnd = snapBack(buf, half);
    let tailStart = snapForward(buf, buf.length - half);
    if (tailStart <= headEnd) {
        headEnd = half;
        tailStart = buf.length - half;
    }
    const head = buf.subarray(0, headEnd).toString('utf8');
    const tail = buf.subarray(tailStart).toString('utf8');
    const middle = buf.subarray(headEnd, tailStart);
    const lines = countNewlines(middle);
    const note = `[... ${middle.length} bytes (${lines} lines) cut from the middle of this output (${buf.length} bytes in all); ${hint} ...]`;
    return `${head}${head.endsWith('\n') ? '' : '\n'}${note}\n${tail}`;
}
/** Per-tool advice for the cut note. */
const NARROW_HINTS = {
    shell: 'narrow it, e.g. pipe through grep, head or tail, or redirect to a file and read parts of it',
    read_file: 'read a smaller range with start_line/end_line, or search with grep in the shell',
    list_files: 'list a subdirectory or use a smaller depth',
    mcp: 'narrow the query (a shorter time range, a service or level filter, a search term, a lower limit)'
};
function snapBack(buf, at) {
    const nl = buf.lastIndexOf(0x0a, at - 1);
    return nl >= at * 0.8 ? nl + 1 : safeBoundary(buf, at);
}
function snapForward(buf, at) {
    const nl = buf.indexOf(0x0a, at);
    return nl !== -1 && nl - at <= (buf.length - at) * 0.2 ? nl + 1 : safeBoundary(buf, at);
}
/** Moves back past UTF-8 continuation bytes so a multi-byte character is never split. */
function safeBoundary(buf, at) {
    let i = at;
    while (i > 0 && ((buf[i] ?? 0) & 0xc0) === 0x80)
        i--;
    return i;
}
function countNewlines(buf) {
    let n = 0;
    for (const b of buf)
        if (b === 0x0a)
            n++;
    return n;
}

;// CONCATENATED MODULE: ./lib/agent/tools/shell.js



/**
 * A persistent bash session over one-shot `env.exec`: each command runs in a fresh bash that first
 * restores the previous command's cwd and exported variables from a state dir inside the environment,
 * and saves them again on exit (an EXIT trap, so `exit 3` saves too). This works the same on the local
 * and Docker runtimes. A command killed at its timeout is like Ctrl-C in a terminal: the session goes on,
 * with what the command had done to it by then (bash runs the EXIT trap on SIGTERM; after a SIGKILL the
 * state from before the command stays). `set -a` makes plain assignments (`FOO=1`) persist as well.
 */
class ShellSession {
    env;
    stateDir = null;
    constructor(env) {
        this.env = env;
    }
    /** Runs `command`; never throws for a failing or timed-out command. */
    async run(command, opts) {
        const dir = await this.ensureState(opts.signal);
        await this.env.writeFile(`${dir}/cmd.sh`, `${command}\n`);
        const res = await this.env.exec(`. ${q(`${dir}/prelude.sh`)}; . ${q(`${dir}/cmd.sh`)}`, {
            cwd: this.env.workdir,
            env: NON_INTERACTIVE,
            timeoutSec: opts.timeoutSec,
            input: '',
            signal: opts.signal
        });
        // stderr is merged into stdout by the prelude (order kept); anything left is the runtime's own.
        const output = res.stdout + (res.stderr ? (res.stdout.endsWith('\n') || !res.stdout ? '' : '\n') + res.stderr : '');
        return { output, exitCode: res.exitCode, timedOut: res.timedOut };
    }
    async ensureState(signal) {
        if (this.stateDir)
            return this.stateDir;
        // A unique dir outside the repo: keeps the diff clean and concurrent local trials apart.
        const res = await this.env.exec('mktemp -d "${TMPDIR:-/tmp}/opsbench-shell.XXXXXX"', { signal, timeoutSec: 30 });
        const dir = res.stdout.trim();
        if (res.exitCode !== 0 || !dir.startsWith('/'))
            throw new Error(`cannot create the shell state dir: ${res.stderr || res.stdout}`);
        await this.env.writeFile(`${dir}/prelude.sh`, prelude(dir, this.env.workdir));
        this.stateDir = dir;
        return dir;
    }
}
const NON_INTERACTIVE = {
    PAGER: 'cat',
    GIT_PAGER: 'cat',
    GIT_EDITOR: 'true',
    EDITOR: 'true',
    DEBIAN_FRONTEND: 'noninteractive',
    PIP_NO_INPUT: '1'
};
function prelude(dir, workdir) {
    return [
        'set -a',
        `if [ -f ${q(`${dir}/env`)} ]; then . ${q(`${dir}/env`)}; fi`,
        `cd "$(cat ${q(`${dir}/cwd`)} 2>/dev/null || echo ${q(workdir)})" 2>/dev/null || cd ${q(workdir)}`,
        `__opsbench_save() { pwd > ${q(`${dir}/cwd`)}; export -p | grep -Ev '^declare -[a-zA-Z]*r[a-zA-Z]* |^declare -x (PWD|OLDPWD|SHLVL|_)=' > ${q(`${dir}/env.tmp`)} && mv ${q(`${dir}/env.tmp`)} ${q(`${dir}/env`)}; }`,
        'trap __opsbench_save EXIT',
        'exec 2>&1',
        ''
    ].join('\n');
}
/** Single-quotes for bash. */
function q(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
const MAX_TIMEOUT_FACTOR = 4;
/** The `shell` tool over one {@link ShellSession} per agent run. */
function shellTool(session) {
    return defineTool({
        name: 'shell',
        narrowHint: NARROW_HINTS.shell,
        description: [
            'Run a bash command in the workspace. The session persists between calls: the working directory and',
            'variables you set carry over. Output (stdout and stderr together) and the exit code are returned; long',
            'output is cut in the middle, so narrow it with grep/head/tail. Each command has a timeout (default',
            'applies unless you pass timeout_sec); on timeout the command is killed and the session keeps its state.',
            'Commands get no stdin: never start interactive programs (editors, REPLs, pagers). Start long-running',
            'servers in the background with output to a file, e.g. `nohup python app.py > /tmp/app.log 2>&1 &`.'
        ].join(' '),
        inputSchema: schemas/* object */.Ikc({
            command: schemas/* string */.YjP().min(1).describe('The bash command(s) to run.'),
            timeout_sec: schemas/* number */.aig().int().positive().optional().describe('Timeout for this command in seconds.')
        }),
        async run(input, ctx) {
            const timeoutSec = Math.min(input.timeout_sec ?? ctx.commandTimeoutSec, ctx.commandTimeoutSec * MAX_TIMEOUT_FACTOR);
            const res = await session.run(input.command, { timeoutSec, signal: ctx.signal });
            const body = res.output === '' ? '(no output)' : res.output;
            if (res.timedOut) {
                return fail(`${body}\n[command timed out after ${timeoutSec}s and was interrupted (like Ctrl-C); the shell session goes on. Run long jobs in the background or pass a larger timeout_sec.]`);
            }
            // A non-zero exit is information (a failing test run), not a tool failure.
            return ok(`exit code: ${res.exitCode}\n${body}`);
        }
    });
}

;// CONCATENATED MODULE: ./lib/agent/tools/list-files.js





const listFilesTool = defineTool({
    name: 'list_files',
    narrowHint: NARROW_HINTS.list_files,
    description: 'List files and directories (directories end with /) under a path, default the repository root, to a depth (default 2). .git is skipped.',
    inputSchema: schemas/* object */.Ikc({
        path: schemas/* string */.YjP().optional(),
        depth: schemas/* number */.aig().int().positive().max(10).optional()
    }),
    async run(input, ctx) {
        const root = resolveInEnv(ctx.env, input.path ?? '.');
        const depth = input.depth ?? 2;
        const cmd = `cd ${q(root)} && find . -mindepth 1 -maxdepth ${depth} -name .git -prune -o \\( -type d -printf '%P/\\n' -o -printf '%P\\n' \\) | LC_ALL=C sort`;
        const res = await ctx.env.exec(cmd, { signal: ctx.signal, timeoutSec: 60 });
        if (res.exitCode !== 0)
            return fail(`cannot list ${input.path ?? '.'}: ${(res.stderr || res.stdout).trim() || `exit ${res.exitCode}`}`);
        return ok(res.stdout.trim() === '' ? '(empty directory)' : res.stdout);
    }
});

;// CONCATENATED MODULE: ./lib/agent/tools/mcp-tools.js


/** Every MCP tool as an agent tool, with the server's JSON schema passed through as the input schema. */
function mcpTools(source, timeoutMs) {
    return source.tools().map((t) => ({
        name: t.name,
        description: t.description ?? `MCP tool ${t.name}`,
        narrowHint: NARROW_HINTS.mcp,
        inputSchema: (0,dist/* jsonSchema */.Og)(normalizeSchema(t.inputSchema)),
        async run(input, ctx) {
            try {
                const res = await source.call(t.name, input ?? {}, { signal: ctx.signal, timeoutMs });
                return { text: res.text === '' ? '(empty result)' : res.text, isError: res.isError };
            }
            catch (err) {
                return { text: `MCP tool ${t.name} failed: ${err.message}`, isError: true };
            }
        }
    }));
}
/** Providers reject schemas without `type: object` (some servers omit it for argument-less tools). */
function normalizeSchema(schema) {
    const s = (typeof schema === 'object' && schema !== null ? schema : {});
    return { ...s, type: 'object', properties: s.properties ?? {} };
}

;// CONCATENATED MODULE: ./lib/agent/tools/read-file.js




const readFileTool = defineTool({
    name: 'read_file',
    narrowHint: NARROW_HINTS.read_file,
    description: 'Read a text file (path relative to the repository root or absolute). Optionally a 1-based inclusive line range. Long files are cut in the middle: read them in ranges.',
    inputSchema: schemas/* object */.Ikc({
        path: schemas/* string */.YjP().min(1),
        start_line: schemas/* number */.aig().int().positive().optional(),
        end_line: schemas/* number */.aig().int().positive().optional()
    }),
    async run(input, ctx) {
        const path = resolveInEnv(ctx.env, input.path);
        const text = await readText(ctx.env, path);
        if (text === null)
            return fail(`cannot read ${input.path}: no such file (or it is a directory). Use list_files to see what exists.`);
        if (text.includes('\u0000'))
            return fail(`${input.path} looks binary (${Buffer.byteLength(text)} bytes); inspect it with the shell (file, xxd | head).`);
        if (input.start_line === undefined && input.end_line === undefined)
            return ok(text === '' ? '(empty file)' : text);
        const lines = text.split('\n');
        const total = text.endsWith('\n') ? lines.length - 1 : lines.length;
        const start = input.start_line ?? 1;
        const end = Math.min(input.end_line ?? total, total);
        if (start > total || end < start)
            return fail(`${input.path} has ${total} lines; the range ${start}-${input.end_line ?? ''} is empty.`);
        return ok(`[lines ${start}-${end} of ${total}]\n${lines.slice(start - 1, end).join('\n')}`);
    }
});

;// CONCATENATED MODULE: ./lib/agent/tools/write-file.js




const writeFileTool = defineTool({
    name: 'write_file',
    description: 'Create or overwrite a file with the given content (parent directories are created). Prefer edit_file for changes to existing files.',
    inputSchema: schemas/* object */.Ikc({ path: schemas/* string */.YjP().min(1), content: schemas/* string */.YjP() }),
    async run(input, ctx) {
        const path = resolveInEnv(ctx.env, input.path);
        const mk = await ctx.env.exec(['mkdir', '-p', external_node_path_.posix.dirname(path)], { signal: ctx.signal, timeoutSec: 30 });
        if (mk.exitCode !== 0)
            return fail(`cannot create the directory for ${input.path}: ${(mk.stderr || mk.stdout).trim()}`);
        try {
            await ctx.env.writeFile(path, input.content);
        }
        catch (err) {
            return fail(`cannot write ${input.path}: ${err.message}`);
        }
        return ok(`wrote ${Buffer.byteLength(input.content)} bytes to ${input.path}`);
    }
});

;// CONCATENATED MODULE: ./lib/agent/tools/submit.js



const submitTool = defineTool({
    name: 'submit',
    description: 'Finish the task. Call this once, after verifying your change, with a short summary of what you changed and how you verified it.',
    inputSchema: schemas/* object */.Ikc({ summary: schemas/* string */.YjP().min(1) }),
    run(input) {
        return Promise.reject(new Submitted(input.summary));
    }
});

;// CONCATENATED MODULE: ./lib/agent/tools/index.js











/** The agent's tools: shell, files, every MCP tool (`server__tool`), and submit last. */
function buildTools(env, opts = {}) {
    const builtIn = [shellTool(new ShellSession(env)), readFileTool, writeFileTool, editFileTool, listFilesTool];
    const fromMcp = opts.mcp ? mcpTools(opts.mcp, opts.mcpTimeoutMs ?? 120_000) : [];
    const taken = new Set(builtIn.map((t) => t.name));
    return [...builtIn, ...fromMcp.filter((t) => !taken.has(t.name) && t.name !== 'submit'), submitTool];
}
/**
 * The tool set as the AI SDK wants it, without `execute`: the harness runs tools itself, one model call
 * per turn. `cacheLast` marks the last tool as an Anthropic cache breakpoint (tools + system are the
 * stable prefix; other providers ignore the option).
 */
function toToolSet(tools, opts = {}) {
    const set = {};
    tools.forEach((t, i) => {
        const last = i === tools.length - 1 && opts.cacheLast;
        set[t.name] = (0,dist/* tool */.z6)({
            description: t.description,
            inputSchema: t.inputSchema,
            ...(last ? { providerOptions: { anthropic: { cacheControl: { type: 'ephemeral' } } } } : {})
        });
    });
    return set;
}
/**
 * Runs one validated tool call and cuts its output to the budget. Loop exceptions (Submitted), aborts and
 * OpsBenchErrors (RuntimeUnavailableError) pass through; anything else a tool throws becomes an error
 * result the model can read.
 */
async function runTool(t, input, ctx) {
    let out;
    try {
        out = await t.run(input, ctx);
    }
    catch (err) {
        // Loop control, the wall clock and infrastructure failures (the runtime vanished) are not the tool's.
        if (err instanceof InterruptAgentFlow || ctx.signal.aborted || errors/* OpsBenchError */.bc.isInstance(err))
            throw err;
        out = { text: `${t.name} failed: ${err.message}`, isError: true };
    }
    return { ...out, text: truncateOutput(out.text, ctx.outputBytes, t.narrowHint ?? NARROW_HINTS.shell) };
}

;// CONCATENATED MODULE: ./lib/agent/model/config.js


/**
 * The model agent's configuration (CLI flags, Action inputs and tests all parse into this). Limits follow
 * mini-swe-agent: checked before every model call, and 0 disables a limit.
 */
const REASONING_LEVELS = ['provider-default', 'none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];
const ModelOptionsSchema = schemas/* strictObject */.rej({
    temperature: schemas/* number */.aig().min(0).max(2).optional(),
    topP: schemas/* number */.aig().min(0).max(1).optional(),
    maxOutputTokens: schemas/* number */.aig().int().positive().optional(),
    /** Reasoning effort, mapped by the AI SDK to each provider's own setting. */
    reasoning: schemas/* enum */.k5n(REASONING_LEVELS).optional(),
    /** Explicit thinking budget in tokens (Anthropic extended thinking, Gemini thinkingBudget). */
    thinkingBudget: schemas/* number */.aig().int().nonnegative().optional(),
    /** Raw provider options, merged over ours: `{ openai: { serviceTier: 'flex' } }`. */
    providerOptions: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())).optional()
});
/** USD per million tokens. `input` is the uncached input rate. */
const PriceSchema = schemas/* strictObject */.rej({
    input: schemas/* number */.aig().nonnegative(),
    output: schemas/* number */.aig().nonnegative(),
    cacheRead: schemas/* number */.aig().nonnegative().default(0),
    cacheWrite: schemas/* number */.aig().nonnegative().default(0)
});
const LimitsSchema = schemas/* strictObject */.rej({
    /** Model turns before the trial stops with `step_limit`. */
    maxTurns: schemas/* number */.aig().int().nonnegative().default(100),
    /** Input + output tokens summed over turns before `token_limit`. */
    maxTokens: schemas/* number */.aig().int().nonnegative().default(0),
    /** Cost from the price table before `cost_limit`. */
    maxCostUsd: schemas/* number */.aig().nonnegative().default(0),
    /** Malformed replies in a row (no tool call, bad arguments, unknown tool) before the trial ends. */
    maxConsecutiveFormatErrors: schemas/* number */.aig().int().positive().default(3)
});
const AgentConfigSchema = schemas/* strictObject */.rej({
    /** `provider:model`, e.g. `openai:gpt-5.1-codex`, `anthropic:claude-sonnet-4-5`, `openai-compatible:qwen3-coder`. */
    model: schemas/* string */.YjP().regex(/^[a-z][a-z-]*:.+$/, 'use provider:model, e.g. openai:gpt-5.1-codex'),
    /** Overrides the provider's API base URL (required for openai-compatible unless an alias has a default). */
    baseUrl: schemas/* url */.OZ5().optional(),
    options: ModelOptionsSchema.default({}),
    limits: LimitsSchema.default({ maxTurns: 100, maxTokens: 0, maxCostUsd: 0, maxConsecutiveFormatErrors: 3 }),
    /** Default per-command timeout of the shell tool (the model may ask for less, or more up to 4x). */
    commandTimeoutSec: schemas/* number */.aig().int().positive().default(180),
    /** Budget of one tool result as the model sees it; the rest is cut from the middle with a note. */
    toolOutputBytes: schemas/* number */.aig().int().min(1000).default(10_000),
    /** Price override for models the table does not know (self-hosted, new releases). */
    price: PriceSchema.optional(),
    /** Provider retries on 408/409/429/5xx before giving up (the wall clock bounds them as well). */
    maxRetries: schemas/* number */.aig().int().nonnegative().default(8)
});
const OPTION_KEYS = {
    temperature: 'temperature',
    top_p: 'topP',
    topp: 'topP',
    max_output_tokens: 'maxOutputTokens',
    maxoutputtokens: 'maxOutputTokens',
    reasoning: 'reasoning',
    reasoning_effort: 'reasoning',
    effort: 'reasoning',
    thinking_budget: 'thinkingBudget',
    thinkingbudget: 'thinkingBudget'
};
/**
 * Parses `--model-option k=v` pairs: known keys (temperature, top_p, max_output_tokens, reasoning_effort,
 * thinking_budget) or `<provider>.<option>=<json or text>` for raw provider options.
 * @throws UserInputError naming the pair and the accepted keys when a pair is malformed.
 */
function parseModelOptions(pairs) {
    const raw = {};
    const providerOptions = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new errors/* UserInputError */.m2(`{modelOptions} "${pair}": expected key=value`);
        const key = pair.slice(0, eq).trim();
        const value = parseValue(pair.slice(eq + 1).trim());
        const dot = key.indexOf('.');
        if (dot > 0) {
            (providerOptions[key.slice(0, dot)] ??= {})[key.slice(dot + 1)] = value;
            continue;
        }
        const known = OPTION_KEYS[key.toLowerCase()];
        if (!known) {
            throw new errors/* UserInputError */.m2(`{modelOptions} "${pair}": unknown key "${key}"; use one of ${Object.keys(OPTION_KEYS).filter((k) => k.includes('_') || k === 'temperature' || k === 'reasoning').join(', ')} or <provider>.<option>=value`);
        }
        raw[known] = value;
    }
    if (Object.keys(providerOptions).length > 0)
        raw.providerOptions = providerOptions;
    const parsed = ModelOptionsSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UserInputError */.m2(`{modelOptions} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
}
function parseValue(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}

// EXTERNAL MODULE: ./node_modules/ai/dist/index.js + 2 modules
var ai_dist = __webpack_require__(9026);
;// CONCATENATED MODULE: ./lib/agent/model/prices.js
/**
 * USD per million tokens, list prices read from the providers' pricing pages (openai.com/api/pricing,
 * anthropic.com/pricing, ai.google.dev/gemini-api/docs/pricing) in late 2025. Keyed `family:model`;
 * dated model ids (`claude-sonnet-4-5-20250929`) fall back to their undated prefix. Anthropic cache writes
 * are the 5-minute rate. Gemini's long-context (>200k) tier is not modelled. Add rows here, or pass
 * `price` in the agent config for models this table does not know.
 */
const PRICES = {
    'openai:gpt-5.1-codex': { input: 1.25, output: 10, cacheRead: 0.125, cacheWrite: 0 },
    'openai:gpt-5.1-codex-mini': { input: 0.25, output: 2, cacheRead: 0.025, cacheWrite: 0 },
    'openai:gpt-5.1': { input: 1.25, output: 10, cacheRead: 0.125, cacheWrite: 0 },
    'openai:gpt-5-codex': { input: 1.25, output: 10, cacheRead: 0.125, cacheWrite: 0 },
    'openai:gpt-5': { input: 1.25, output: 10, cacheRead: 0.125, cacheWrite: 0 },
    'openai:gpt-5-mini': { input: 0.25, output: 2, cacheRead: 0.025, cacheWrite: 0 },
    'openai:gpt-5-nano': { input: 0.05, output: 0.4, cacheRead: 0.005, cacheWrite: 0 },
    'openai:gpt-4.1': { input: 2, output: 8, cacheRead: 0.5, cacheWrite: 0 },
    'openai:gpt-4.1-mini': { input: 0.4, output: 1.6, cacheRead: 0.1, cacheWrite: 0 },
    'openai:gpt-4.1-nano': { input: 0.1, output: 0.4, cacheRead: 0.025, cacheWrite: 0 },
    'openai:gpt-4o': { input: 2.5, output: 10, cacheRead: 1.25, cacheWrite: 0 },
    'openai:gpt-4o-mini': { input: 0.15, output: 0.6, cacheRead: 0.075, cacheWrite: 0 },
    'openai:o3': { input: 2, output: 8, cacheRead: 0.5, cacheWrite: 0 },
    'openai:o4-mini': { input: 1.1, output: 4.4, cacheRead: 0.275, cacheWrite: 0 },
    'anthropic:claude-opus-4-5': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
    'anthropic:claude-opus-4-1': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
    'anthropic:claude-opus-4': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
    'anthropic:claude-sonnet-4-5': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
    'anthropic:claude-sonnet-4': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
    'anthropic:claude-3-7-sonnet': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
    'anthropic:claude-haiku-4-5': { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
    'anthropic:claude-3-5-haiku': { input: 0.8, output: 4, cacheRead: 0.08, cacheWrite: 1 },
    'google:gemini-3-pro-preview': { input: 2, output: 12, cacheRead: 0.2, cacheWrite: 0 },
    'google:gemini-2.5-pro': { input: 1.25, output: 10, cacheRead: 0.125, cacheWrite: 0 },
    'google:gemini-2.5-flash': { input: 0.3, output: 2.5, cacheRead: 0.03, cacheWrite: 0 },
    'google:gemini-2.5-flash-lite': { input: 0.1, output: 0.4, cacheRead: 0.01, cacheWrite: 0 }
};
/** The price for `family:model`, trying the id without a date/`-latest` suffix; null when unknown. */
function lookupPrice(family, modelId, table = PRICES) {
    const bare = modelId.replace(/^models\//, '');
    const candidates = [bare, bare.replace(/-(\d{8}|latest)$/, ''), bare.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
    for (const id of candidates) {
        const hit = table[`${family}:${id}`];
        if (hit)
            return hit;
    }
    return null;
}
/** Cost of `usage` in USD. `usage.input` includes cached tokens, which are charged at their own rates. */
function costOf(usage, price) {
    if (!price)
        return 0;
    const uncached = Math.max(0, usage.input - usage.cacheRead - usage.cacheWrite);
    return ((uncached * price.input + usage.cacheRead * price.cacheRead + usage.cacheWrite * price.cacheWrite + usage.output * price.output) / 1e6);
}

// EXTERNAL MODULE: ./node_modules/@ai-sdk/provider/dist/index.js
var provider_dist = __webpack_require__(583);
// EXTERNAL MODULE: ./lib/core/retry.js
var retry = __webpack_require__(7493);
;// CONCATENATED MODULE: ./lib/agent/model/retry.js



/** Statuses worth another try: timeout, conflict, rate limit, and any server error (incl. Anthropic's 529). */
const RETRY_STATUS = new Set([408, 409, 429]);
/** Classifies what a provider call threw. Auth (401/403) and context-length (400) errors are final. */
function classifyProviderError(err) {
    if (provider_dist/* APICallError */.hL.isInstance(err)) {
        const status = err.statusCode;
        const retryable = status === undefined ? err.isRetryable : RETRY_STATUS.has(status) || status >= 500;
        return { retryable, status, retryAfterMs: retryAfter(err.responseHeaders), message: `${status ?? 'network'}: ${err.message}` };
    }
    return { retryable: false, status: undefined, retryAfterMs: undefined, message: err?.message ?? String(err) };
}
/**
 * Calls `fn` until it succeeds, retrying provider failures that are worth it with exponential backoff and
 * jitter, honouring Retry-After. The AI SDK's own retries are off (maxRetries: 0) because they cap
 * Retry-After at 60s and cannot be bounded by our wall clock; here the abort signal bounds every wait.
 * @throws the abort reason when `signal` fires; ProviderError when the failure is final or retries run out.
 */
async function withRetries(fn, opts) {
    const random = opts.random ?? Math.random;
    const backoff = { baseMs: opts.baseDelayMs ?? 1000, maxMs: opts.maxDelayMs ?? 60_000, jitter: 0.25, random };
    let tries = 1;
    try {
        return await (0,retry/* retryWithBackoff */.ZB)(fn, {
            maxRetries: opts.maxRetries,
            signal: opts.signal,
            delayFor: (err, n) => {
                const f = classifyProviderError(err);
                if (!f.retryable)
                    return null;
                return f.retryAfterMs !== undefined ? f.retryAfterMs + random() * Math.min(1000, f.retryAfterMs * 0.1) : (0,retry/* backoffMs */.jo)(backoff, n);
            },
            onRetry: ({ retry, delayMs, error }) => {
                tries = retry + 1;
                const f = classifyProviderError(error);
                opts.onRetry?.({ attempt: retry, delayMs, status: f.status, message: f.message });
            }
        });
    }
    catch (err) {
        if (opts.signal.aborted)
            throw opts.signal.reason ?? err;
        const f = classifyProviderError(err);
        if (!f.retryable)
            throw new errors/* ProviderError */.mZ(`provider error (not retried): ${f.message}`, false, err);
        throw new errors/* ProviderError */.mZ(`provider error after ${tries} attempts: ${f.message}`, true, err);
    }
}
function retryAfter(headers) {
    if (!headers)
        return undefined;
    const ms = Number.parseFloat(headers['retry-after-ms'] ?? '');
    if (Number.isFinite(ms) && ms >= 0)
        return ms;
    const raw = headers['retry-after'];
    if (raw === undefined)
        return undefined;
    const sec = Number.parseFloat(raw);
    if (Number.isFinite(sec) && sec >= 0)
        return sec * 1000;
    const date = Date.parse(raw);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

;// CONCATENATED MODULE: ./lib/agent/model/loop.js







const CACHE = { anthropic: { cacheControl: { type: 'ephemeral' } } };
const NO_TOOL_CALL = 'Your reply contained no tool call. Every reply must call a tool: continue the task with a tool call, or call submit with a summary if you are done.';
/**
 * The model agent's loop (mini-swe-agent style): each turn is query -> run tools -> record. Exceptions end
 * the loop and name the stop reason; a turn's trajectory line is recorded in `finally`, whatever happened.
 * @throws OpsBenchError other than ProviderError (e.g. the runtime vanished): not the agent's failure.
 */
async function runLoop(o) {
    const { signal } = o.toolContext;
    const prepared = {
        system: { role: 'system', content: o.system, ...(o.anthropicCache ? { providerOptions: CACHE } : {}) },
        toolSet: toToolSet(o.tools, { cacheLast: o.anthropicCache }),
        byName: new Map(o.tools.map((t) => [t.name, t]))
    };
    const s = { messages: [{ role: 'user', content: o.instruction }], turns: 0, tokens: { ...ZERO_USAGE }, costUsd: 0, formatErrors: 0 };
    o.trajectory.write({ type: 'start', model: o.modelName, system: o.system, instruction: o.instruction, tools: o.tools.map((t) => t.name), limits: { ...o.limits } });
    const step = async () => {
        if (signal.aborted)
            throw signal.reason;
        checkLimits(s, o.limits);
        const turn = newTurn(s);
        try {
            const calls = await query(o, prepared, s, turn);
            await runTools(calls, o, prepared.byName, s, turn);
            s.formatErrors = 0;
        }
        catch (err) {
            endTurn(err, s, o, turn);
        }
        finally {
            o.trajectory.write(turn);
        }
    };
    let exit;
    let thrown;
    try {
        for (;;)
            await step();
    }
    catch (err) {
        exit = classifyExit(err, signal);
        thrown = err;
    }
    o.trajectory.write({ type: 'end', stop: exit.stop, detail: exit.detail, turns: s.turns, tokens: s.tokens, costUsd: s.costUsd, ...(exit.error ? { error: exit.error } : {}) });
    if (exit.rethrow)
        throw thrown;
    return { stopReason: exit.stop, detail: exit.detail, episodes: s.turns, tokens: s.tokens, costUsd: s.costUsd, ...(exit.error ? { error: exit.error } : {}) };
}
function newTurn(s) {
    return {
        type: 'turn', turn: ++s.turns, request: { messages: s.messages.length }, assistant: { text: '' }, toolCalls: [], toolResults: [],
        usage: { ...ZERO_USAGE }, costUsd: 0, totals: { tokens: s.tokens, costUsd: 0 }, timing: { modelMs: 0, toolsMs: 0, retries: 0 }
    };
}
/**
 * Query: one model call (provider failures retried with backoff), its usage and cost added to the state
 * and the turn, its assistant messages appended.
 * @throws FormatError when the reply calls no tool (the nudge is appended for the next turn); ProviderError
 */
async function query(o, p, s, turn) {
    const { signal } = o.toolContext;
    const t0 = Date.now();
    const { value: res, retries } = await withRetries(() => (0,ai_dist/* generateText */.Df5)({
        model: o.model, instructions: p.system, messages: o.anthropicCache ? withCacheBreakpoint(s.messages) : s.messages, tools: p.toolSet,
        maxRetries: 0, abortSignal: signal, providerOptions: o.providerOptions,
        temperature: o.options.temperature, topP: o.options.topP, maxOutputTokens: o.options.maxOutputTokens, reasoning: o.options.reasoning
    }), { signal, maxRetries: o.maxRetries, baseDelayMs: o.retryBaseDelayMs, onRetry: (r) => o.log(`provider retry ${r.attempt} in ${Math.round(r.delayMs)}ms after ${r.message}`) });
    turn.timing = { modelMs: Date.now() - t0, toolsMs: 0, retries };
    turn.usage = toTokenUsage(res.usage);
    turn.costUsd = costOf(turn.usage, o.price);
    s.tokens = addUsage(s.tokens, turn.usage);
    s.costUsd += turn.costUsd;
    turn.totals = { tokens: s.tokens, costUsd: s.costUsd };
    turn.assistant = { text: res.text, ...(res.finalStep.reasoningText ? { reasoning: res.finalStep.reasoningText } : {}) };
    s.messages.push(...res.responseMessages.filter((m) => m.role === 'assistant'));
    const calls = res.finalStep.toolCalls;
    turn.toolCalls = calls.map((c) => ({ id: c.toolCallId, name: c.toolName, input: c.input, ...(c.invalid ? { invalid: errorText(c.error) } : {}) }));
    if (calls.length === 0) {
        turn.nudge = NO_TOOL_CALL;
        s.messages.push({ role: 'user', content: NO_TOOL_CALL });
        throw new FormatError('no tool call');
    }
    return calls;
}
/**
 * Run tools: the reply's calls in order, each result recorded on the turn and appended as the tool message.
 * Calls after a submit are not run; an invalid call gets a message saying what was wrong.
 * @throws Submitted after every result is recorded; FormatError when a call was invalid
 */
async function runTools(calls, o, byName, s, turn) {
    const results = [];
    let submitted;
    const t1 = Date.now();
    for (const call of calls) {
        const t2 = Date.now();
        let out;
        if (submitted)
            out = { text: 'Not run: the task was already submitted in this reply.', isError: true };
        else if (call.invalid)
            out = { text: invalidCallMessage(call.toolName, call.error, byName), isError: true };
        else {
            try {
                out = await runTool(byName.get(call.toolName), call.input, o.toolContext);
            }
            catch (err) {
                if (!(err instanceof Submitted))
                    throw err;
                submitted = err;
                out = { text: 'Submitted.', isError: false };
            }
        }
        turn.toolResults.push({ id: call.toolCallId, name: call.toolName, output: out.text, isError: out.isError, ms: Date.now() - t2 });
        // Always plain text: providers wrap 'error-text' differently (OpenAI sends {"error": ...}), and the
        // trajectory must hold exactly what the model read. Errors say so in their own words.
        results.push({ type: 'tool-result', toolCallId: call.toolCallId, toolName: call.toolName, output: { type: 'text', value: out.text } });
    }
    turn.timing.toolsMs = Date.now() - t1;
    s.messages.push({ role: 'tool', content: results });
    if (submitted)
        throw submitted;
    if (calls.some((c) => c.invalid))
        throw new FormatError('invalid tool call');
}
/**
 * What ends a turn early: a malformed reply is forgiven up to maxConsecutiveFormatErrors in a row; anything
 * else is recorded on the turn as its stop and rethrown to end the loop.
 * @throws the error itself, or InterruptAgentFlow once too many malformed replies came in a row
 */
function endTurn(err, s, o, turn) {
    if (!(err instanceof FormatError)) {
        const exit = classifyExit(err, o.toolContext.signal);
        turn.stop = exit.stop;
        if (exit.error)
            turn.error = exit.error.message;
        throw err;
    }
    if (++s.formatErrors >= o.limits.maxConsecutiveFormatErrors) {
        turn.stop = 'crashed';
        throw new InterruptAgentFlow(`${s.formatErrors} malformed replies in a row (last: ${err.message})`);
    }
}
function checkLimits(s, l) {
    if (l.maxTurns > 0 && s.turns >= l.maxTurns)
        throw new StepLimit(l.maxTurns);
    const used = s.tokens.input + s.tokens.output;
    if (l.maxTokens > 0 && used >= l.maxTokens)
        throw new TokenLimit(used, l.maxTokens);
    if (l.maxCostUsd > 0 && s.costUsd >= l.maxCostUsd)
        throw new CostLimit(s.costUsd, l.maxCostUsd);
}
function classifyExit(err, signal) {
    if (err instanceof Submitted)
        return { stop: 'submitted', detail: err.summary };
    if (err instanceof LimitsExceeded)
        return { stop: err.stopReason, detail: err.message };
    if (signal.aborted)
        return { stop: 'agent_timeout', detail: 'the agent wall clock ran out' };
    if (err instanceof InterruptAgentFlow)
        return { stop: 'crashed', detail: err.message };
    if (err instanceof errors/* ProviderError */.mZ)
        return { stop: 'crashed', detail: err.message, error: { errorClass: 'provider', message: err.message, retryable: err.retryable } };
    const message = errorText(err);
    if (errors/* OpsBenchError */.bc.isInstance(err))
        return { stop: 'crashed', detail: message, rethrow: true };
    return { stop: 'crashed', detail: message, error: { errorClass: 'internal', message } };
}
function invalidCallMessage(name, error, tools) {
    if (!tools.has(name))
        return `Unknown tool "${name}". Available tools: ${[...tools.keys()].join(', ')}.`;
    return `Invalid arguments for ${name}: ${errorText(error)}. Call it again with arguments that match its schema.`;
}
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}
/** Anthropic caches up to a breakpoint; marking the newest message makes each turn reuse the last turn's prefix. */
function withCacheBreakpoint(messages) {
    const last = messages.at(-1);
    if (!last)
        return messages;
    return [...messages.slice(0, -1), { ...last, providerOptions: { ...last.providerOptions, ...CACHE } }];
}
function toTokenUsage(u) {
    return { input: u.inputTokens ?? 0, output: u.outputTokens ?? 0, cacheRead: u.inputTokenDetails.cacheReadTokens ?? 0, cacheWrite: u.inputTokenDetails.cacheWriteTokens ?? 0 };
}
function addUsage(a, b) {
    return { input: a.input + b.input, output: a.output + b.output, cacheRead: a.cacheRead + b.cacheRead, cacheWrite: a.cacheWrite + b.cacheWrite };
}

// EXTERNAL MODULE: ./node_modules/@ai-sdk/anthropic/dist/index.js + 1 modules
var anthropic_dist = __webpack_require__(6644);
// EXTERNAL MODULE: ./node_modules/@ai-sdk/google/dist/index.js
var google_dist = __webpack_require__(785);
// EXTERNAL MODULE: ./node_modules/@ai-sdk/openai/dist/index.js
var openai_dist = __webpack_require__(4678);
// EXTERNAL MODULE: ./node_modules/@ai-sdk/openai-compatible/dist/index.js
var openai_compatible_dist = __webpack_require__(7703);
;// CONCATENATED MODULE: ./lib/agent/model/provider.js





/** Default base URLs are spelled out so the SDKs never fall back to OPENAI_BASE_URL / ANTHROPIC_BASE_URL from the runner. */
const PROVIDERS = {
    openai: { family: 'openai', keyVar: 'OPENAI_API_KEY', keyRequired: true, defaultBaseUrl: 'https://api.openai.com/v1', api: 'responses' },
    'openai-chat': { family: 'openai', keyVar: 'OPENAI_API_KEY', keyRequired: true, defaultBaseUrl: 'https://api.openai.com/v1', api: 'chat' },
    anthropic: { family: 'anthropic', keyVar: 'ANTHROPIC_API_KEY', keyRequired: true, defaultBaseUrl: 'https://api.anthropic.com/v1' },
    google: { family: 'google', keyVar: 'GOOGLE_GENERATIVE_AI_API_KEY', keyRequired: true, defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta' },
    'openai-compatible': { family: 'openai-compatible', keyVar: 'OPSBENCH_API_KEY', keyRequired: false },
    openrouter: { family: 'openai-compatible', keyVar: 'OPENROUTER_API_KEY', keyRequired: true, defaultBaseUrl: 'https://openrouter.ai/api/v1' },
    ollama: { family: 'openai-compatible', keyVar: 'OPSBENCH_API_KEY', keyRequired: false, defaultBaseUrl: 'http://127.0.0.1:11434/v1' },
    vllm: { family: 'openai-compatible', keyVar: 'OPSBENCH_API_KEY', keyRequired: false, defaultBaseUrl: 'http://127.0.0.1:8000/v1' },
    litellm: { family: 'openai-compatible', keyVar: 'OPSBENCH_API_KEY', keyRequired: false, defaultBaseUrl: 'http://127.0.0.1:4000/v1' }
};
const PROVIDER_NAMES = Object.keys(PROVIDERS);
/** Every env var the agents take a key from, plus GitHub tokens: all of them are handed in (and masked). */
const SECRET_VARS = [...new Set(Object.values(PROVIDERS).map((p) => p.keyVar)), 'GITHUB_TOKEN', 'GH_TOKEN'];
/**
 * The provider keys (and GitHub tokens, for masking) out of an environment, for `deps.keys`. The CLI and
 * Action call it with their process.env; engine code never reads process.env itself.
 */
function pickKeys(env) {
    const keys = {};
    for (const name of SECRET_VARS) {
        const value = env[name];
        if (value)
            keys[name] = value;
    }
    return keys;
}
/** @throws UserInputError naming the known providers when `spec` is not `provider:model`. */
function parseModelSpec(spec) {
    const colon = spec.indexOf(':');
    const provider = colon > 0 ? spec.slice(0, colon) : '';
    const modelId = colon > 0 ? spec.slice(colon + 1) : '';
    const def = PROVIDERS[provider];
    if (!def || modelId === '') {
        throw new errors/* UserInputError */.m2(`{model} "${spec}": use provider:model with provider one of ${PROVIDER_NAMES.join(', ')} (e.g. openai:gpt-5.1-codex)`);
    }
    return { provider, family: def.family, modelId, keyVar: def.keyVar, keyRequired: def.keyRequired };
}
/**
 * Builds the AI SDK model for `spec` with the key from `keys` (never from process.env).
 * @throws UserInputError when the key or a needed base URL is missing (says which variable or flag to set).
 */
function resolveModel(specText, opts) {
    const spec = parseModelSpec(specText);
    const def = PROVIDERS[spec.provider];
    const apiKey = opts.keys[def.keyVar];
    if (def.keyRequired && !apiKey) {
        throw new errors/* UserInputError */.m2(`{model} ${specText}: no API key; set ${def.keyVar} in the environment (or the Action's secrets)`);
    }
    const baseURL = opts.baseUrl ?? def.defaultBaseUrl;
    if (!baseURL) {
        throw new errors/* UserInputError */.m2(`{model} ${specText}: set {baseUrl} (or OPSBENCH_BASE_URL) to the server's OpenAI-compatible /v1 URL`);
    }
    const common = { baseURL, ...(opts.fetch ? { fetch: opts.fetch } : {}) };
    let model;
    switch (def.family) {
        case 'openai': {
            const p = (0,openai_dist/* createOpenAI */.ry)({ ...common, apiKey: apiKey ?? '' });
            model = def.api === 'chat' ? p.chat(spec.modelId) : p.responses(spec.modelId);
            break;
        }
        case 'anthropic':
            model = (0,anthropic_dist/* createAnthropic */.nM)({ ...common, apiKey: apiKey ?? '' })(spec.modelId);
            break;
        case 'google':
            model = (0,google_dist/* createGoogle */._j)({ ...common, apiKey: apiKey ?? '' })(spec.modelId);
            break;
        case 'openai-compatible':
            model = (0,openai_compatible_dist/* createOpenAICompatible */.jr)({ ...common, name: spec.provider, includeUsage: true, ...(apiKey ? { apiKey } : {}) }).chatModel(spec.modelId);
            break;
    }
    return { spec, model, providerOptions: providerOptionsFor(def, opts.options ?? {}) };
}
function providerOptionsFor(def, options) {
    const out = {};
    // Stateless Responses API: the whole trajectory goes in each request, nothing is retained server-side,
    // and item references to stored responses never appear (what we send is exactly what we record).
    if (def.family === 'openai' && def.api === 'responses')
        out.openai = { store: false };
    if (options.thinkingBudget !== undefined) {
        if (def.family === 'anthropic') {
            out.anthropic = options.thinkingBudget > 0 ? { thinking: { type: 'enabled', budgetTokens: options.thinkingBudget } } : { thinking: { type: 'disabled' } };
        }
        else if (def.family === 'google') {
            out.google = { thinkingConfig: { thinkingBudget: options.thinkingBudget } };
        }
    }
    for (const [name, values] of Object.entries(options.providerOptions ?? {}))
        out[name] = { ...out[name], ...values };
    return out;
}

;// CONCATENATED MODULE: ./lib/agent/model/trajectory.js




/**
 * Appends masked JSON lines to trajectory.jsonl. Writes are synchronous so a line written in a `finally`
 * survives whatever happens next (a crash, a killed process).
 */
class TrajectoryWriter {
    path;
    mask;
    constructor(path, mask) {
        this.path = path;
        this.mask = mask;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    }
    write(record) {
        (0,external_node_fs_.appendFileSync)(this.path, `${this.mask(JSON.stringify({ v: TRAJECTORY_FORMAT, at: new Date().toISOString(), ...record }))}\n`);
    }
}

;// CONCATENATED MODULE: ./lib/agent/model/model-agent.js















/**
 * McpClientManager with the environment's transports: a stdio server starts inside the workspace container
 * when the runtime has one (Environment.attachedCommand), else as a local child in the workdir.
 */
const defaultMcpConnector = (specs, opts) => {
    const { env } = opts;
    // A declared stdio server runs where the agent works: inside the container when the runtime has one.
    const attach = env.attachedCommand?.bind(env);
    return McpClientManager.connect(specs, {
        log: opts.log,
        ...(attach
            ? {
                spawn: async (spec) => {
                    const cmd = await attach([spec.command, ...spec.args], { env: spec.env });
                    return new stdio/* StdioClientTransport */.oQ({ command: cmd.command, args: cmd.args, env: cmd.env, stderr: 'pipe' });
                }
            }
            : { cwd: env.workdir })
    });
};
const warnedPrices = new Set();
/**
 * The built-in model agent: any provider the AI SDK speaks, the harness's tools, one call per turn.
 * @throws UserInputError for a bad config, an unknown provider or a missing key (before any trial starts).
 */
function createModelAgent(configInput, deps) {
    const parsed = AgentConfigSchema.safeParse(configInput);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UserInputError */.m2(`model agent config: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
    }
    const config = parsed.data;
    const resolved = resolveModel(config.model, { keys: deps.keys, baseUrl: config.baseUrl, fetch: deps.fetch, options: config.options });
    const price = config.price ?? lookupPrice(resolved.spec.family, resolved.spec.modelId);
    const log = deps.log ?? (() => { });
    if (!price && !warnedPrices.has(config.model)) {
        warnedPrices.add(config.model);
        log(`warning: no price known for ${config.model}; its cost is reported as 0 (pass a price in the agent config)`);
    }
    const masker = (0,model_mask/* createMasker */.a)(Object.values(deps.keys));
    return {
        name: 'model',
        model: config.model,
        config,
        secrets: Object.values(deps.keys),
        async run(ctx) {
            const trajectory = new TrajectoryWriter((0,external_node_path_.join)(ctx.artifactsDir, trial_paths/* TRAJECTORY_FILE */.NJ), masker);
            let specs = ctx.mcpServers ?? ctx.task.mcp;
            let mcp;
            try {
                // The task's logs/chat/tracker run in this process (the files never enter the workspace), unless
                // the trial already supplies servers under those names.
                const taken = new Set(specs.map((s) => s.name));
                specs = [...(await harnessContextServers(ctx.task)).filter((s) => !taken.has(s.name)), ...specs];
                if (specs.length > 0)
                    mcp = await (deps.connectMcp ?? defaultMcpConnector)(specs, { env: ctx.env, signal: ctx.signal, log: ctx.log });
            }
            catch (err) {
                const message = `cannot connect MCP servers (${specs.map((s) => s.name).join(', ')}): ${err.message}`;
                ctx.log(message);
                return { stopReason: 'crashed', episodes: 0, tokens: { ...ZERO_USAGE }, costUsd: 0, error: { errorClass: 'agent_setup', message: masker(message) } };
            }
            try {
                const tools = buildTools(ctx.env, { ...(mcp ? { mcp } : {}), mcpTimeoutMs: config.commandTimeoutSec * 1000 });
                const prompt = renderPrompt({
                    instruction: ctx.task.instruction,
                    workdir: ctx.env.workdir,
                    mcpTools: mcp ? mcp.tools().map((t) => t.name) : []
                });
                const outcome = await runLoop({
                    model: resolved.model,
                    modelName: config.model,
                    tools,
                    system: prompt.system,
                    instruction: prompt.instruction,
                    limits: config.limits,
                    options: config.options,
                    providerOptions: resolved.providerOptions,
                    anthropicCache: resolved.spec.family === 'anthropic',
                    price,
                    toolContext: { env: ctx.env, signal: ctx.signal, outputBytes: config.toolOutputBytes, commandTimeoutSec: config.commandTimeoutSec },
                    trajectory,
                    maxRetries: config.maxRetries,
                    ...(deps.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: deps.retryBaseDelayMs } : {}),
                    log: (line) => ctx.log(masker(line))
                });
                ctx.log(`model agent stopped: ${outcome.stopReason} after ${outcome.episodes} turns (${outcome.detail})`);
                const { detail: _detail, ...rest } = outcome;
                return rest.error ? { ...rest, error: { ...rest.error, message: masker(rest.error.message) } } : rest;
            }
            finally {
                await mcp?.close().catch((err) => ctx.log(`closing MCP connections failed: ${err.message}`));
            }
        }
    };
}

;// CONCATENATED MODULE: ./lib/agent/null.js

/** The agent that changes nothing: every task must fail with it, or its tests do not test the bug. */
function createNullAgent() {
    return {
        name: 'null',
        model: null,
        run() {
            return Promise.resolve({ stopReason: 'submitted', episodes: 0, tokens: { ...ZERO_USAGE }, costUsd: 0 });
        }
    };
}

// EXTERNAL MODULE: ./lib/grade/solution.js
var solution = __webpack_require__(3884);
;// CONCATENATED MODULE: ./lib/agent/oracle.js





/**
 * The reference agent: applies the task's golden.patch (or runs solution.sh) and submits. A task whose
 * oracle does not pass is broken (`opsbench check-tasks` runs it); a solution that does not apply is
 * reported as an `internal` error, never as the agent failing.
 */
function createOracleAgent() {
    return {
        name: 'oracle',
        model: null,
        async run(ctx) {
            const outcome = { stopReason: 'submitted', episodes: 1, tokens: { ...ZERO_USAGE }, costUsd: 0 };
            let line;
            try {
                line = await (0,solution/* applySolution */.u)(ctx.env, ctx.task, { signal: ctx.signal });
            }
            catch (error) {
                ctx.signal.throwIfAborted();
                // A dead environment is the harness's problem, for the trial to retry; a bad solution is the task's.
                if (errors/* OpsBenchError */.bc.isInstance(error) && error.retryable)
                    throw error;
                const message = errors/* OpsBenchError */.bc.isInstance(error) ? error.message : `oracle: ${String(error)}`;
                line = `oracle failed: ${message}`;
                outcome.error = { errorClass: 'internal', message };
            }
            ctx.log(line);
            await (0,promises_.mkdir)(ctx.artifactsDir, { recursive: true });
            await (0,promises_.writeFile)(external_node_path_.join(ctx.artifactsDir, 'oracle.log'), `${line}\n`);
            return outcome;
        }
    };
}

;// CONCATENATED MODULE: ./lib/agent/registry.js








/**
 * The agents of this build: the only list of them. Run's `agent` choices (CLI and Action), the names in
 * errors and the local-runtime guard all come from here, so a new agent is one entry (its factory, and
 * whether it runs code nobody reviewed).
 */
const agents = {
    oracle: { create: () => createOracleAgent(), untrusted: false },
    null: { create: () => createNullAgent(), untrusted: false },
    model: {
        untrusted: true,
        create: (o) => createModelAgent({
            model: o.model ?? '',
            baseUrl: o.baseUrl ?? (o.env?.OPSBENCH_BASE_URL || undefined),
            options: parseModelOptions(o.modelOptions ?? []),
            limits: {
                ...(o.maxTurns !== undefined && { maxTurns: o.maxTurns }),
                ...(o.maxTokens !== undefined && { maxTokens: o.maxTokens }),
                ...(o.maxCostUsd !== undefined && { maxCostUsd: o.maxCostUsd })
            }
        }, { keys: pickKeys(o.env ?? {}) })
    },
    command: {
        untrusted: true,
        create: (o) => createCommandAgent({ command: o.command ?? '', passKeys: o.passKeys ?? [], maxTurns: o.maxTurns ?? 0, maxCostUsd: o.maxCostUsd ?? 0, ...(o.model && { model: o.model }) }, { keys: pickKeys(o.env ?? {}), ...(o.cliPath ? { cli: { path: o.cliPath } } : {}) })
    }
};
/** The registered names, in registry order (the enum the run configuration accepts). */
const AGENT_KINDS = Object.keys(agents);
/**
 * Resolves `--agent name` (building one instance now, so bad options fail before any trial starts).
 * @throws UserInputError naming the registered agents when `name` is unknown, or the factory's own error.
 */
async function resolveAgent(name, opts = {}) {
    const entry = Object.hasOwn(agents, name) ? agents[name] : undefined;
    if (!entry) {
        throw new errors/* UserInputError */.m2(`{agent} "${name}" is not available in this build; use one of ${AGENT_KINDS.join(', ')}`);
    }
    const factory = entry.create;
    const first = await factory(opts);
    let spare = first;
    return {
        name: first.name,
        model: first.model,
        configHash: agentConfigHash(first),
        untrusted: entry.untrusted,
        async create() {
            // Hand out the probe instance first: an oracle or null agent costs nothing, a model agent builds a client.
            const agent = spare ?? (await factory(opts));
            spare = undefined;
            return agent;
        }
    };
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ abortableSleep),
/* harmony export */   ZB: () => (/* binding */ retryWithBackoff),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Delay before retry `n` (1-based). */
function backoffMs(backoff, n) {
    const spread = backoff.jitter ?? 0.5;
    const raw = Math.min(backoff.maxMs ?? Infinity, backoff.baseMs * 2 ** (n - 1));
    return raw * (1 - spread + 2 * spread * (backoff.random ?? Math.random)());
}
const DEFAULT_RETRY_POLICY = { maxRetries: 2, baseMs: 2000 };
/**
 * Sleeps `ms`, waking early with a CancelledError when `signal` fires.
 * @throws CancelledError when cancelled before or during the sleep.
 */
function abortableSleep(ms, signal) {
    if (signal?.aborted)
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * Calls `fn` until it succeeds, waiting `delayFor` between tries, at most `maxRetries` more times.
 * @throws the last failure (final, or retries ran out, or the signal fired); CancelledError when cancelled while waiting
 */
async function retryWithBackoff(fn, opts) {
    for (let retry = 1;; retry++) {
        try {
            return { value: await fn(), retries: retry - 1 };
        }
        catch (error) {
            if (opts.signal?.aborted || retry > opts.maxRetries)
                throw error;
            const delayMs = opts.delayFor(error, retry);
            if (delayMs === null)
                throw error;
            opts.onRetry?.({ retry, delayMs, error });
            await (opts.sleep ?? abortableSleep)(delayMs, opts.signal);
        }
    }
}


/***/ }),

/***/ 2774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ TRAJECTORY_FILE),
/* harmony export */   Zk: () => (/* binding */ trialPaths),
/* harmony export */   pR: () => (/* binding */ pathsUnder)
/* harmony export */ });
/* unused harmony export trialsDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/** The file an agent writes its trajectory to, inside the agent folder it is handed. */
const TRAJECTORY_FILE = 'trajectory.jsonl';
/** The trials folder of a run's out dir (results.jsonl sits beside it). */
function trialsDir(outDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(outDir, 'trials');
}
/** The artifact paths of one trial. `variant` separates agents sharing one out dir (check-tasks runs oracle and null side by side). */
function trialPaths(outDir, taskId, attempt, variant) {
    return pathsUnder(node_path__WEBPACK_IMPORTED_MODULE_0__.join(trialsDir(outDir), taskId, variant ? `${variant}-${attempt}` : String(attempt)));
}
/** The artifact paths of a trial folder found on disk. */
function pathsUnder(root) {
    const agentDir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'agent');
    const logsDir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'logs');
    return {
        root,
        diff: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'agent.diff'),
        agentDir,
        trajectory: node_path__WEBPACK_IMPORTED_MODULE_0__.join(agentDir, TRAJECTORY_FILE),
        gradeDir: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'grade'),
        logsDir,
        trialLog: node_path__WEBPACK_IMPORTED_MODULE_0__.join(logsDir, 'trial.log'),
        result: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'result.json')
    };
}


/***/ }),

/***/ 5387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ readPatchPaths),
/* harmony export */   Ln: () => (/* binding */ applyPatchFile)
/* harmony export */ });
/* unused harmony exports gitArgv, patchedPaths, takeOverGitRepo */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3857);
/* harmony import */ var _runtime_harness_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(529);
/* harmony import */ var _runtime_harness_git_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6952);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);






/** git as the harness runs it inside an environment: no hooks or fsmonitor from the workspace's config. */
function gitArgv(...args) {
    return ['git', '--literal-pathspecs', ..._runtime_harness_git_js__WEBPACK_IMPORTED_MODULE_2__/* .HARNESS_GIT_FLAGS */ .UF, ...args];
}
function tail(text, max = 2000) {
    const t = text.trim();
    return t.length > max ? `...${t.slice(-max)}` : t;
}
/**
 * Every path a patch touches (both sides of renames, created and deleted files), repository-relative.
 * @throws PatchApplyError when the patch names a path outside the repository
 */
function patchedPaths(patchText, label) {
    const paths = new Set();
    for (const file of (0,diff__WEBPACK_IMPORTED_MODULE_5__/* .parsePatch */ .i)(patchText)) {
        for (const name of [file.oldFileName, file.newFileName]) {
            if (name === undefined || name === '/dev/null' || name === '')
                continue;
            const rel = name.replace(/^[ab]\//, '');
            const normalized = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(rel);
            if (node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(normalized) || normalized.startsWith('../') || normalized === '..') {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PatchApplyError */ .$0(`${label}: path ${name} is outside the repository`);
            }
            paths.add(normalized);
        }
    }
    return [...paths];
}
/**
 * Copies a host patch file into `scratchDir` (outside the workspace) and `git apply`s it in the workdir,
 * with the repository's git configuration taken over by the harness first: `git apply` runs the clean and
 * smudge filters the config defines, and the agent could have defined them.
 * @throws PatchApplyError with git's reason when it does not apply; GradeError when the repository cannot
 *   be taken over
 */
async function applyPatchFile(env, hostPatch, scratchDir, label) {
    const inEnv = `${scratchDir}/${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(hostPatch)}`;
    await env.copyIn(hostPatch, inEnv);
    await takeOverGitRepo(env);
    const applied = await env.exec(gitArgv('apply', '--whitespace=nowarn', inEnv), { cwd: env.workdir, env: (0,_runtime_harness_git_config_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceGitEnv */ .bl)(env.workdir) });
    if (applied.exitCode !== 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PatchApplyError */ .$0(`${label} does not apply: ${tail(applied.stderr || applied.stdout)}`);
    }
}
/**
 * Makes the workspace's git repository harness-owned (runtime/harness-git-config.ts): the agent's config,
 * hooks and attributes files go, so no git call of the grader runs a program the agent named.
 * @throws GradeError when that fails
 */
async function takeOverGitRepo(env) {
    const done = await env.exec((0,_runtime_harness_git_config_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeGitRepoArgv */ .oR)(env.workdir), { cwd: '/' });
    if (done.exitCode !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GradeError */ .GX(`cannot take over the workspace's git configuration: ${tail(done.stderr || done.stdout)}`);
}
/** Reads a host patch and returns the paths it touches. @throws PatchApplyError when unreadable */
async function readPatchPaths(hostPatch, label) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(hostPatch, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PatchApplyError */ .$0(`cannot read ${label} (${hostPatch}): ${error.message}`, error);
    }
    return patchedPaths(text, label);
}


/***/ }),

/***/ 8363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeScratchDir),
/* harmony export */   M: () => (/* binding */ freshScratchPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);


/**
 * A fresh directory inside the environment but outside the workspace, made now with `mktemp -d`: where
 * the grader puts patches, the tests and the report. The agent has stopped and never knew its name, so
 * it cannot have planted a report there.
 * @throws GradeError when mktemp fails or the directory lands inside the workspace
 */
async function makeScratchDir(env, purpose) {
    const made = await env.exec(['mktemp', '-d', `-t`, `opsbench-${purpose}.XXXXXXXX`], { cwd: '/' });
    const dir = made.stdout.trim();
    if (made.exitCode !== 0 || dir === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GradeError */ .GX(`cannot make a ${purpose} directory (mktemp exit ${made.exitCode}): ${made.stderr.trim()}`);
    }
    const workdir = env.workdir.replace(/\/+$/, '');
    if (dir === workdir || dir.startsWith(`${workdir}/`)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GradeError */ .GX(`mktemp made ${dir} inside the workspace ${workdir}; set TMPDIR outside it`);
    }
    return dir;
}
/**
 * A directory name for a container no agent ever ran in (the docker runtime's fresh grading container):
 * chosen here at random under /tmp, made by the suite's own exec (run-suite.ts), so it costs no call.
 * @throws GradeError when it would lie inside the workspace
 */
function freshScratchPath(env, purpose) {
    const dir = `/tmp/opsbench-${purpose}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
    const workdir = env.workdir.replace(/\/+$/, '');
    if (dir.startsWith(`${workdir}/`))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GradeError */ .GX(`the grading directory ${dir} would lie inside the workspace ${workdir}`);
    return dir;
}


/***/ }),

/***/ 3884:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ applySolution)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _patch_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5387);
/* harmony import */ var _scratch_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8363);
/* harmony import */ var _task_apex_conventions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6616);





/**
 * Applies the task's reference solution in the workspace: `git apply` of golden.patch, or `bash
 * solution.sh`, each copied into a fresh directory outside the workspace first; or `python3 solution.py`
 * from the workspace (APEX-SWE's /app/solution.py). Used by the oracle agent
 * and by FAIL_TO_PASS computation.
 * @returns a line for the log
 * @throws PatchApplyError when golden.patch does not apply; GradeError when solution.sh exits non-zero
 */
async function applySolution(env, task, opts = {}) {
    const scratchDir = await (0,_scratch_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .makeScratchDir */ .K)(env, 'solution');
    const solution = task.hidden.solution;
    if ('patch' in solution) {
        await (0,_patch_files_js__WEBPACK_IMPORTED_MODULE_2__/* .applyPatchFile */ .Ln)(env, solution.patch, scratchDir, node_path__WEBPACK_IMPORTED_MODULE_0__.basename(solution.patch));
        return `applied ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(solution.patch)}`;
    }
    // APEX-SWE ships solution.py, and its tests look for it at /app/solution.py: it goes there and runs with
    // python3. A shell solution runs with bash from outside the workspace.
    const python = solution.script.endsWith('.py');
    const script = python ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(task.layout === 'apex-integration' ? _task_apex_conventions_js__WEBPACK_IMPORTED_MODULE_4__/* .APEX_CONTEXT_DIR */ .bL : env.workdir, 'solution.py') : `${scratchDir}/${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(solution.script)}`;
    await env.copyIn(solution.script, script);
    const ran = await env.exec([python ? 'python3' : 'bash', script], {
        cwd: env.workdir,
        timeoutSec: opts.timeoutSec ?? task.timeouts.agentSec,
        signal: opts.signal
    });
    if (ran.exitCode !== 0) {
        const why = ran.timedOut ? 'timed out' : `exited ${ran.exitCode}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GradeError */ .GX(`${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(solution.script)} ${why}: ${(ran.stderr || ran.stdout).trim().slice(-2000)}`);
    }
    return `ran ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(solution.script)} (${Math.round(ran.durationMs)} ms)`;
}


/***/ }),

/***/ 6952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bl: () => (/* binding */ workspaceGitEnv),
/* harmony export */   oR: () => (/* binding */ sanitizeGitRepoArgv)
/* harmony export */ });
/* unused harmony export HARNESS_REPO_CONFIG */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _harness_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(529);


/**
 * The whole repository configuration of a workspace once the harness runs git in it. The agent could write
 * .git/config, and git runs programs named there: `filter.<x>.clean/smudge/process` (git add, git apply,
 * checkout), `diff.<x>.textconv` and `diff.external`, `core.fsmonitor`, hooks, and `include.path` pulls in
 * any file. This config defines no driver at all, so an in-tree .gitattributes naming `filter=x` names
 * nothing and git runs nothing.
 */
const HARNESS_REPO_CONFIG = `[core]
\trepositoryformatversion = 0
\tfilemode = true
\tbare = false
\tlogallrefupdates = false
\thooksPath = /dev/null
\tfsmonitor = false
\tattributesFile = /dev/null
\tuntrackedCache = false
`;
/**
 * POSIX sh, `$1` = the workdir. Everything git reads from .git besides objects and refs that can run a
 * program or redirect git elsewhere goes: the config (replaced), config.worktree, commondir (another git
 * dir's config), info/attributes (attributes outside the tree), hooks, worktrees, alternates and replace
 * refs. A .git that is a symlink or a `gitdir:` file would point git at a repository the agent chose: it
 * is removed, leaving no repository (git then finds none: callers set GIT_CEILING_DIRECTORIES). Writes
 * never follow a symlink the agent planted: every path is removed before it is written, and noclobber
 * makes the config write fail rather than follow one that reappeared.
 */
const SANITIZE_SCRIPT = `set -u
cd "$1" || exit 1
notdir() { [ -L "$1" ] || { [ -e "$1" ] && [ ! -d "$1" ]; }; }
if notdir .git; then rm -f .git || exit 1; fi
[ -d .git ] || exit 0
if notdir .git/info; then rm -f .git/info || exit 1; fi
rm -rf .git/config .git/config.worktree .git/commondir .git/info/attributes .git/info/grafts .git/hooks .git/worktrees .git/refs/replace || exit 1
if [ ! -L .git/objects ] && [ -d .git/objects ]; then
  if notdir .git/objects/info; then rm -f .git/objects/info || exit 1; fi
  rm -f .git/objects/info/alternates .git/objects/info/http-alternates || exit 1
fi
mkdir -p .git/hooks .git/info || exit 1
set -C
cat > .git/config <<'OPSBENCH_GIT_CONFIG'
${HARNESS_REPO_CONFIG}OPSBENCH_GIT_CONFIG
`;
/**
 * The argv that makes the git repository in `workdir` harness-owned (see {@link HARNESS_REPO_CONFIG} and the
 * script above). Run it before any git call of the harness in a workspace: through `env.exec` in the
 * grader, as the container's root in the docker runtime (`docker exec -u 0`), with runProcess on the host.
 * Exit 0: the repository is harness-owned, or there is no repository any more.
 */
function sanitizeGitRepoArgv(workdir) {
    return ['sh', '-c', SANITIZE_SCRIPT, 'opsbench-sanitize-git', workdir];
}
/**
 * The environment of a harness git call in a workspace: no system or global config (the agent can write
 * ~/.gitconfig and, as a container's root, /etc/gitconfig), no system attributes, no replace refs, and no
 * repository search above the workdir (a .git the agent planted in a parent directory is never found).
 */
function workspaceGitEnv(workdir) {
    return {
        ..._harness_git_js__WEBPACK_IMPORTED_MODULE_1__/* .HARNESS_GIT_ENV */ .g3,
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_CEILING_DIRECTORIES: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(workdir.replace(/\/+$/, '')) || '/'
    };
}


/***/ }),

/***/ 529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ treeDiff),
/* harmony export */   Rl: () => (/* binding */ cappedDiff),
/* harmony export */   UF: () => (/* binding */ HARNESS_GIT_FLAGS),
/* harmony export */   g3: () => (/* binding */ HARNESS_GIT_ENV)
/* harmony export */ });
/* unused harmony export DIFF_CAP_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6479);


/**
 * Flags for every git call the harness itself makes in a workspace: the agent can write .git/config, so
 * hooks and fsmonitor (both run programs) are switched off, signing never prompts, and no attributes file
 * outside the tree is read.
 */
const HARNESS_GIT_FLAGS = [
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'core.fsmonitor=false',
    '-c',
    'commit.gpgsign=false',
    '-c',
    'core.attributesFile=/dev/null'
];
/**
 * Environment of host git over a harness-owned repository: neither the runner's system or user config
 * nor its system attributes apply, so no filter, textconv or external diff driver is defined at all.
 */
const HARNESS_GIT_ENV = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0'
};
/** A patch can be large (vendored files, binaries); the 10 MiB exec cap would cut it. */
const DIFF_CAP_BYTES = 256 * 1024 * 1024;
/**
 * The change of `workTree` against `base` as a binary-safe patch, new files included (the tree's .gitignore
 * and the git dir's info/exclude apply). The configuration is the harness's alone: an in-tree
 * .gitattributes naming `filter=` or `diff=` drivers names drivers that are defined nowhere, so git runs
 * no program; textconv and external diff are off on top of that. A patch over the cap comes back cut
 * (see {@link cappedDiff}), never dropped.
 * @throws Error naming git's reason
 */
async function treeDiff(opts) {
    const env = { LANG: 'C.UTF-8' };
    for (const [key, value] of Object.entries(opts.env))
        if (!key.startsWith('GIT_'))
            env[key] = value;
    Object.assign(env, HARNESS_GIT_ENV, { GIT_INDEX_FILE: opts.indexFile, GIT_LITERAL_PATHSPECS: '1' });
    const git = (args, maxBytes) => (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)(['git', `--git-dir=${opts.gitDir}`, `--work-tree=${opts.workTree}`, ...HARNESS_GIT_FLAGS, ...args], {
        cwd: opts.workTree,
        env,
        timeoutSec: 600,
        maxBytes
    });
    const add = await git(['add', '-A']);
    if (add.exitCode !== 0)
        throw new Error(failure('git add -A', add));
    if (opts.partial) {
        // Files of the base the copy never reached go back to the base's in the index: unchanged, not deleted.
        const listed = await git(['ls-tree', '-r', '-z', '--name-only', opts.base], 256 * 1024 * 1024);
        if (listed.exitCode !== 0)
            throw new Error(failure(`git ls-tree ${opts.base}`, listed));
        const seen = new Set(opts.partial.paths);
        const unseen = listed.stdout.split('\0').filter((p) => p !== '' && !seen.has(p));
        if (unseen.length > 0) {
            const list = `${opts.indexFile}.paths`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(list, unseen.map((p) => `${p}\0`).join(''));
            const reset = await git(['reset', '-q', opts.base, '--pathspec-file-nul', `--pathspec-from-file=${list}`]);
            if (reset.exitCode !== 0)
                throw new Error(failure('git reset (the files the copy did not reach)', reset));
        }
    }
    const diff = await cappedDiff(git, opts.base, opts.capBytes);
    return opts.partial ? `${commentLines(opts.partial.cut)}${diff}` : diff;
}
/** Text as `# ` lines, which `git apply` skips before the first `diff --git`. */
function commentLines(text) {
    return text.split('\n').map((l) => `# ${l}\n`).join('');
}
/**
 * `git diff --cached base` (binary-safe). Over `capBytes` the patch is cut there, headed by a note saying
 * so and by the list of every changed file (`--name-status`), so a reader still sees what the agent touched.
 * @throws Error naming git's reason
 */
async function cappedDiff(git, base, capBytes = DIFF_CAP_BYTES) {
    const diff = await git(['diff', '--cached', '--binary', '--no-textconv', '--no-ext-diff', '--no-color', base, '--'], capBytes);
    if (diff.exitCode !== 0 && !diff.truncated)
        throw new Error(failure(`git diff --cached ${base}`, diff));
    if (!diff.truncated)
        return diff.stdout;
    const names = await git(['diff', '--cached', '--name-status', '--no-renames', base, '--']);
    if (names.exitCode !== 0)
        throw new Error(failure(`git diff --cached --name-status ${base}`, names));
    const note = `opsbench: the patch is cut at ${capBytes} bytes (${diff.cutBytes ?? 0} more bytes not kept); the files it changes:\n${names.stdout.trimEnd()}${(0,_process_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .cutNote */ .nA)(names)}`;
    return `${commentLines(note)}${diff.stdout}\n# opsbench: cut here\n`;
}
function failure(what, result) {
    return `${what} failed (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 2000)}`;
}


/***/ }),

/***/ 6479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   TK: () => (/* binding */ terminateGroup),
/* harmony export */   fO: () => (/* binding */ KILL_GRACE_MS),
/* harmony export */   i0: () => (/* binding */ killGroup),
/* harmony export */   nA: () => (/* binding */ cutNote),
/* harmony export */   xq: () => (/* binding */ groupAlive)
/* harmony export */ });
/* unused harmony export OUTPUT_CAP_BYTES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);


/** Inspect AI's default: 10 MiB per stream, so a runaway `yes` cannot eat the runner's memory. */
const OUTPUT_CAP_BYTES = 10 * 1024 * 1024;
/**
 * The line a capped output ends with when something was cut (empty when nothing was): how much, and at
 * which cap, so a reader of a log never mistakes its end for the end of what the program wrote.
 */
function cutNote(result, capBytes = OUTPUT_CAP_BYTES) {
    if (!result.cutBytes)
        return '';
    return `\n[opsbench: ${result.cutBytes} more bytes of output were cut here (cap ${capBytes} bytes per stream)]\n`;
}
/** Between SIGTERM and SIGKILL of a timed-out process group. */
const KILL_GRACE_MS = 2000;
/**
 * After the direct child exits, how long to wait for its output pipes to close. A background job
 * (`server &`) inherits the pipes and would otherwise hold the call open until the timeout.
 */
const PIPE_DRAIN_MS = 250;
/** Keeps the first `max` bytes of a stream and remembers whether anything was dropped. */
class CappedBuffer {
    max;
    chunks = [];
    size = 0;
    truncated = false;
    /** Bytes dropped past the cap. */
    cut = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        const room = this.max - this.size;
        if (room <= 0) {
            this.truncated = true;
            this.cut += chunk.length;
            return;
        }
        const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
        if (kept !== chunk) {
            this.truncated = true;
            this.cut += chunk.length - kept.length;
        }
        this.chunks.push(kept);
        this.size += kept.length;
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/** Sends `sig` to the whole group; a group that is already gone is fine. */
function killGroup(pgid, sig) {
    try {
        process.kill(-pgid, sig);
    }
    catch {
        // ESRCH: nothing left in the group.
    }
}
/**
 * True while any process of the group is alive. Zombies do not count: where PID 1 does not reap orphans
 * (some containers), a killed grandchild stays a zombie forever and signal 0 would still find it.
 */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    return livingMembers(pgid) !== 0;
}
/** Non-zombie processes in the group according to /proc, or -1 where there is no /proc (then trust kill 0). */
function livingMembers(pgid) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return -1;
    }
    let living = 0;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${entry}/stat`, 'utf8');
        }
        catch {
            continue; // exited while we looked
        }
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid && fields[0] !== 'Z')
            living++;
    }
    return living;
}
/** SIGTERM the group, give it {@link KILL_GRACE_MS} to exit, then SIGKILL whatever is left. */
async function terminateGroup(pgid, graceMs = KILL_GRACE_MS) {
    killGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (groupAlive(pgid) && Date.now() < deadline)
        await sleep(50);
    if (!groupAlive(pgid))
        return;
    killGroup(pgid, 'SIGKILL');
    const hardDeadline = Date.now() + 1000;
    while (groupAlive(pgid) && Date.now() < hardDeadline)
        await sleep(20);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
/**
 * Runs argv in its own process group (`detached`), so a timeout or abort can kill the command AND
 * everything it started (SIGTERM, then SIGKILL after {@link KILL_GRACE_MS}); output so far is kept.
 * A missing executable is a failed result (exit 127), like a shell would report it.
 */
function runProcess(argv, opts) {
    const [file, ...args] = argv;
    if (file === undefined)
        throw new Error('runProcess: empty argv');
    const started = performance.now();
    const max = opts.maxBytes ?? OUTPUT_CAP_BYTES;
    const stdout = new CappedBuffer(max);
    const stderr = new CappedBuffer(max);
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: opts.cwd,
            env: opts.env,
            detached: true,
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
        });
        let timedOut = false;
        let settled = false;
        let exitCode = null;
        let killed = Promise.resolve();
        const timers = [];
        const finish = (code) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            opts.signal?.removeEventListener('abort', onAbort);
            child.stdout?.destroy();
            child.stderr?.destroy();
            // A timed-out call returns only once its whole group is gone: no orphan outlives the timeout.
            void killed.then(() => resolve({
                exitCode: code,
                stdout: stdout.text(),
                stderr: stderr.text(),
                timedOut,
                truncated: stdout.truncated || stderr.truncated,
                ...(stdout.cut + stderr.cut > 0 ? { cutBytes: stdout.cut + stderr.cut } : {}),
                durationMs: performance.now() - started
            }));
        };
        const kill = () => {
            if (timedOut || child.pid === undefined)
                return;
            timedOut = true;
            killed = terminateGroup(child.pid);
        };
        const onAbort = () => kill();
        child.on('error', (error) => {
            stderr.push(Buffer.from(`${file}: ${error.code === 'ENOENT' ? 'command not found' : error.message}\n`));
            finish(error.code === 'ENOENT' ? 127 : 126);
        });
        if (child.pid !== undefined)
            opts.onGroup?.(child.pid);
        child.stdout?.on('data', (chunk) => stdout.push(chunk));
        child.stderr?.on('data', (chunk) => stderr.push(chunk));
        if (child.stdin) {
            child.stdin.on('error', () => { }); // EPIPE when the command does not read its input
            child.stdin.end(opts.input);
        }
        child.on('exit', (code, sig) => {
            exitCode = code ?? 128 + (sig ? (SIGNAL_NUMBERS[sig] ?? 1) : 1);
            const drain = setTimeout(() => finish(exitCode), PIPE_DRAIN_MS);
            drain.unref();
            timers.push(drain);
        });
        child.on('close', () => finish(exitCode ?? 1));
        if (opts.timeoutSec !== undefined && opts.timeoutSec > 0) {
            const t = setTimeout(kill, opts.timeoutSec * 1000);
            t.unref();
            timers.push(t);
        }
        if (opts.signal) {
            if (opts.signal.aborted)
                kill();
            else
                opts.signal.addEventListener('abort', onAbort, { once: true });
        }
    });
}


/***/ }),

/***/ 9325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ resolveTasksArg)
});

// UNUSED EXPORTS: datasetCacheDir

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/task/task-paths.js
var task_paths = __webpack_require__(4401);
;// CONCATENATED MODULE: ./lib/task/hf-dataset.js








const REF = /^hf:\/\/datasets\/([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)(?:@([^/]+))?(?:\/(.*))?$/;
function isHfRef(text) {
    return text.startsWith('hf://');
}
/** @throws UserInputError naming the accepted form */
function parseHfRef(text) {
    const m = REF.exec(text.trim());
    if (!m?.[1]) {
        throw new errors/* UserInputError */.m2(`${text}: a dataset reference looks like hf://datasets/<owner>/<name>[@revision][/subdir], e.g. hf://datasets/mercor/apex-swe@main/Integration`);
    }
    const subdir = (m[3] ?? '').replace(/\/+$/, '');
    if (subdir.split('/').includes('..'))
        throw new errors/* UserInputError */.m2(`${text}: the subdirectory may not contain ..`);
    return { repo: m[1], revision: m[2] ?? 'main', subdir };
}
/**
 * Downloads (or finds in the cache) the dataset's files under `ref.subdir` and returns that directory on disk.
 * A download cut short is retried once; files are written under a temporary name and renamed when whole, and
 * the copy counts as complete only once every file is there, so a rerun picks up where a failure stopped.
 * @throws UserInputError naming the dataset and the Hub's answer (401: set HF_TOKEN; 404: no such dataset,
 *   revision or folder) or the file that could not be downloaded
 */
async function fetchHfDataset(ref, opts) {
    const hub = new HubClient(opts);
    const sha = await hub.revisionSha(ref);
    const root = external_node_path_.join(opts.cacheDir, 'hf', 'datasets', ref.repo.replace('/', '--'), sha);
    const done = external_node_path_.join(root, `.opsbench-complete${ref.subdir ? `-${(0,external_node_crypto_.createHash)('sha256').update(ref.subdir).digest('hex').slice(0, 16)}` : ''}`);
    const target = external_node_path_.join(root, ...ref.subdir.split('/').filter(Boolean));
    if (await exists(done)) {
        opts.log?.(`hf: ${ref.repo}@${sha.slice(0, 12)} from the cache (${root})`);
        return target;
    }
    const files = (await hub.tree(ref, sha)).filter((e) => e.type === 'file');
    if (files.length === 0)
        throw new errors/* UserInputError */.m2(`hf://datasets/${ref.repo}@${ref.revision}: no files under "${ref.subdir || '/'}"`);
    opts.log?.(`hf: downloading ${files.length} file(s) of ${ref.repo}@${sha.slice(0, 12)}`);
    for (const file of files) {
        const dest = external_node_path_.resolve(root, file.path);
        if (!(0,task_paths/* isInside */.FK)(root, dest))
            throw new errors/* UserInputError */.m2(`hf://datasets/${ref.repo}: the Hub listed a path outside the dataset: ${file.path}`);
        const size = file.lfs?.size ?? file.size;
        if (size !== undefined && (await (0,promises_.stat)(dest).then((s) => s.size === size, () => false)))
            continue;
        await hub.download(ref, sha, file, dest);
    }
    await (0,promises_.writeFile)(done, `${new Date().toISOString()}\n`);
    return target;
}
class HubClient {
    opts;
    endpoint;
    fetch;
    constructor(opts) {
        this.opts = opts;
        this.endpoint = (opts.endpoint ?? 'https://huggingface.co').replace(/\/+$/, '');
        this.fetch = opts.fetch ?? fetch;
    }
    async revisionSha(ref) {
        const res = await this.get(`${this.endpoint}/api/datasets/${ref.repo}/revision/${encodeURIComponent(ref.revision)}`, ref);
        const body = (await res.json());
        if (typeof body.sha !== 'string' || !/^[0-9a-f]{40}$/.test(body.sha))
            throw new errors/* UserInputError */.m2(`hf://datasets/${ref.repo}@${ref.revision}: the Hub answered without a commit sha`);
        return body.sha;
    }
    /** Every entry under the subdir, following the `Link: rel="next"` pages. */
    async tree(ref, sha) {
        const dir = ref.subdir ? `/${ref.subdir.split('/').map(encodeURIComponent).join('/')}` : '';
        let url = `${this.endpoint}/api/datasets/${ref.repo}/tree/${sha}${dir}?recursive=true&expand=false`;
        const out = [];
        while (url) {
            const res = await this.get(url, ref);
            out.push(...(await res.json()));
            url = nextLink(res.headers.get('link'));
        }
        return out;
    }
    async download(ref, sha, file, dest) {
        const url = `${this.endpoint}/datasets/${ref.repo}/resolve/${sha}/${file.path.split('/').map(encodeURIComponent).join('/')}`;
        const expected = file.lfs?.size ?? file.size;
        await (0,promises_.mkdir)(external_node_path_.dirname(dest), { recursive: true });
        const part = `${dest}.part`;
        for (let attempt = 1;; attempt++) {
            try {
                const res = await this.get(url, ref);
                if (!res.body)
                    throw new Error('empty body');
                const hash = (0,external_node_crypto_.createHash)('sha256');
                let size = 0;
                const counted = external_node_stream_.Readable.fromWeb(res.body).on('data', (chunk) => {
                    size += chunk.length;
                    hash.update(chunk);
                });
                await (0,external_node_stream_promises_.pipeline)(counted, (0,external_node_fs_.createWriteStream)(part));
                if (expected !== undefined && size !== expected)
                    throw new Error(`got ${size} of ${expected} bytes`);
                if (file.lfs && hash.digest('hex') !== file.lfs.oid)
                    throw new Error(`its sha256 is not the LFS oid ${file.lfs.oid}`);
                await (0,promises_.rename)(part, dest);
                return;
            }
            catch (error) {
                await (0,promises_.rm)(part, { force: true });
                if (error instanceof errors/* UserInputError */.m2)
                    throw error;
                if (attempt >= 2)
                    throw new errors/* UserInputError */.m2(`hf://datasets/${ref.repo}: downloading ${file.path} failed twice (${error.message}); rerun to resume`, error);
                this.opts.log?.(`hf: ${file.path}: ${error.message}; retrying`);
            }
        }
    }
    async get(url, ref) {
        const headers = { 'user-agent': 'opsbench' };
        if (this.opts.token)
            headers.authorization = `Bearer ${this.opts.token}`;
        const res = await this.fetch(url, { headers, redirect: 'follow' });
        if (res.ok)
            return res;
        const what = `hf://datasets/${ref.repo}@${ref.revision}${ref.subdir ? `/${ref.subdir}` : ''}`;
        const code = res.headers.get('x-error-code') ?? '';
        const hubSays = (res.headers.get('x-error-message') ?? (await res.text().catch(() => ''))).slice(0, 200);
        if (res.status === 401 || res.status === 403) {
            throw new errors/* UserInputError */.m2(`${what}: the Hub refused access (${res.status}${hubSays ? `: ${hubSays}` : ''}); ${this.opts.token ? 'HF_TOKEN has no access to it (accept its terms on the Hub?)' : 'set HF_TOKEN to a token with read access'}`);
        }
        if (res.status === 404) {
            const which = code === 'RevisionNotFound' ? `revision "${ref.revision}"` : code === 'EntryNotFound' ? `"${ref.subdir}"` : 'dataset';
            throw new errors/* UserInputError */.m2(`${what}: no such ${which} on the Hub (404${hubSays ? `: ${hubSays}` : ''})`);
        }
        throw new Error(`${url}: HTTP ${res.status}`);
    }
}
/** The `rel="next"` URL of an RFC 8288 Link header, or null. */
function nextLink(header) {
    if (!header)
        return null;
    for (const part of header.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
        if (m?.[1])
            return m[1];
    }
    return null;
}
async function exists(p) {
    return (0,promises_.stat)(p).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./lib/task/dataset-ref.js



/** Where fetched datasets are cached: $OPSBENCH_CACHE_DIR, else $XDG_CACHE_HOME/opsbench, else ~/.cache/opsbench. */
function datasetCacheDir(env) {
    return env.OPSBENCH_CACHE_DIR ?? external_node_path_.join(env.XDG_CACHE_HOME ?? external_node_path_.join(external_node_os_.homedir(), '.cache'), 'opsbench');
}
/**
 * A `--tasks` value as a directory on disk: an `hf://datasets/...` reference is downloaded (or found in the
 * cache) first; anything else is a path already. HF_TOKEN and HF_ENDPOINT are read as huggingface_hub reads them.
 */
async function resolveTasksArg(tasks, env, log) {
    if (!isHfRef(tasks))
        return tasks;
    return fetchHfDataset(parseHfRef(tasks), {
        cacheDir: datasetCacheDir(env),
        ...(env.HF_TOKEN ? { token: env.HF_TOKEN } : {}),
        ...(env.HF_ENDPOINT ? { endpoint: env.HF_ENDPOINT } : {}),
        log
    });
}


/***/ }),

/***/ 8956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ byId),
/* harmony export */   bq: () => (/* binding */ shardTasks),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/**
 * Parses `I/N` (1 <= I <= N), as `--shard` and the Action's `shard` input take it.
 * @throws UserInputError naming `flag` and the accepted form.
 */
function parseShard(text, flag = '--shard') {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || total < 1 || index < 1 || index > total) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`${flag} must look like I/N with 1 <= I <= N, e.g. 2/4 (got "${text}")`);
    }
    return { index, total };
}
/**
 * The tasks of shard `index` of `total`: sort by id, then take every total-th task starting at index-1
 * (round robin). Deterministic from the ids alone, so the `plan` job and every `run --shard` leg agree
 * without talking to each other, and shards differ in size by at most one task. Adding a task moves
 * later tasks between shards; that is fine because each run is planned afresh.
 */
function shardTasks(tasks, index, total) {
    if (!Number.isInteger(total) || total < 1 || !Number.isInteger(index) || index < 1 || index > total) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`shard ${index}/${total}: need 1 <= I <= N`);
    }
    const sorted = [...tasks].sort(byId);
    return sorted.filter((_, i) => i % total === index - 1);
}
/** Code-unit order of ids (not locale order), so every machine sorts the same way. */
function byId(a, b) {
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}


/***/ })

};
