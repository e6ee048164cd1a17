export const id = 288;
export const ids = [288,713,798];
export const modules = {

/***/ 6336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uJ: () => (/* binding */ harnessContextServers),
/* harmony export */   xY: () => (/* binding */ contextServerSpecs)
/* harmony export */ });
/* unused harmony exports LOGS_SERVER, CONTEXT_SERVER */
/* harmony import */ var _mcp_context_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);
/* harmony import */ var _mcp_context_server_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9403);
/* harmony import */ var _mcp_file_log_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4918);
/* harmony import */ var _mcp_logs_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5501);
/* harmony import */ var _mcp_loki_log_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8648);





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
    const source = opts.lokiUrl ? new _mcp_loki_log_source_js__WEBPACK_IMPORTED_MODULE_4__/* .LokiLogSource */ .H4(opts.lokiUrl) : task.context.logs ? new _mcp_file_log_source_js__WEBPACK_IMPORTED_MODULE_2__/* .FileLogSource */ .E(task.context.logs) : null;
    if (source)
        specs.push({ name: LOGS_SERVER, create: () => (0,_mcp_logs_server_js__WEBPACK_IMPORTED_MODULE_3__/* .createLogsServer */ .ZK)(source) });
    if (task.context.chat || task.context.tracker) {
        const cut = { notAfter: task.context.notAfter === undefined ? null : Date.parse(task.context.notAfter) };
        const data = {
            chat: task.context.chat ? await (0,_mcp_context_data_js__WEBPACK_IMPORTED_MODULE_0__/* .loadChat */ .Hg)(task.context.chat, cut) : null,
            issues: task.context.tracker ? await (0,_mcp_context_data_js__WEBPACK_IMPORTED_MODULE_0__/* .loadIssues */ .l6)(task.context.tracker, cut) : null
        };
        specs.push({ name: CONTEXT_SERVER, create: () => (0,_mcp_context_server_js__WEBPACK_IMPORTED_MODULE_1__/* .createContextServer */ .F)(data) });
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

/***/ 9713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AgentConfigSchema: () => (/* binding */ AgentConfigSchema),
/* harmony export */   LimitsSchema: () => (/* binding */ LimitsSchema),
/* harmony export */   ModelOptionsSchema: () => (/* binding */ ModelOptionsSchema),
/* harmony export */   PriceSchema: () => (/* binding */ PriceSchema),
/* harmony export */   REASONING_LEVELS: () => (/* binding */ REASONING_LEVELS),
/* harmony export */   modelAgentField: () => (/* binding */ modelAgentField),
/* harmony export */   parseModelOptions: () => (/* binding */ parseModelOptions)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(737);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _agent_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(151);



/**
 * The model agent's own settings, built from the agent configuration (agent-options.ts, whose field rules
 * the fields a person gives reuse) plus what only code and tests set. Limits follow mini-swe-agent: checked
 * before every model call, and 0 disables a limit.
 */
const REASONING_LEVELS = ['provider-default', 'none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];
const ModelOptionsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    temperature: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(2).optional(),
    topP: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).optional(),
    maxOutputTokens: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    /** Reasoning effort, mapped by the AI SDK to each provider's own setting. */
    reasoning: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(REASONING_LEVELS).optional(),
    /** Explicit thinking budget in tokens (Anthropic extended thinking, Gemini thinkingBudget). */
    thinkingBudget: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    /** Raw provider options, merged over ours: `{ openai: { serviceTier: 'flex' } }`. */
    providerOptions: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())).optional()
});
/** USD per million tokens. `input` is the uncached input rate. */
const PriceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    input: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    output: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    cacheRead: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().default(0),
    cacheWrite: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().default(0)
});
const LimitsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    /** Model turns before the trial stops with `step_limit`. */
    maxTurns: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.maxTurns.default(100),
    /** Input + output tokens summed over turns before `token_limit`. */
    maxTokens: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.maxTokens.default(0),
    /** Cost from the price table before `cost_limit`. */
    maxCostUsd: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.maxCostUsd.default(0),
    /** Malformed replies in a row (no tool call, bad arguments, unknown tool) before the trial ends. */
    maxConsecutiveFormatErrors: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().default(3)
});
const AgentConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    /** `provider:model`, e.g. `openai:gpt-5.1-codex`, `anthropic:claude-sonnet-4-5`, `openai-compatible:qwen3-coder`. */
    model: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.model,
    /** Overrides the provider's API base URL (required for openai-compatible unless an alias has a default). */
    baseUrl: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.baseUrl.optional(),
    options: ModelOptionsSchema.default({}),
    limits: LimitsSchema.default({ maxTurns: 100, maxTokens: 0, maxCostUsd: 0, maxConsecutiveFormatErrors: 3 }),
    /** Default per-command timeout of the shell tool (the model may ask for less, or more up to 4x). */
    commandTimeoutSec: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().default(180),
    /** Budget of one tool result as the model sees it; the rest is cut from the middle with a note. */
    toolOutputBytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1000).default(10_000),
    /** Price override for models the table does not know (self-hosted, new releases). */
    price: PriceSchema.optional(),
    /** Provider retries on 408/409/429/5xx before giving up (the wall clock bounds them as well). */
    maxRetries: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().default(8)
});
const LIMIT_FIELDS = ['maxTurns', 'maxTokens', 'maxCostUsd'];
/** The agent configuration field a settings path holds (`limits.maxTurns` is `maxTurns`), for errors that name it. */
function modelAgentField(path) {
    const [head, sub] = path;
    if (head === 'model' || head === 'baseUrl')
        return head;
    if (head === 'options')
        return 'modelOptions';
    if (head === 'limits' && LIMIT_FIELDS.includes(sub))
        return sub;
    return undefined;
}
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{modelOptions} "${pair}": expected key=value`);
        const key = pair.slice(0, eq).trim();
        const value = parseValue(pair.slice(eq + 1).trim());
        const dot = key.indexOf('.');
        if (dot > 0) {
            (providerOptions[key.slice(0, dot)] ??= {})[key.slice(dot + 1)] = value;
            continue;
        }
        const known = OPTION_KEYS[key.toLowerCase()];
        if (!known) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{modelOptions} "${pair}": unknown key "${key}"; use one of ${Object.keys(OPTION_KEYS).filter((k) => k.includes('_') || k === 'temperature' || k === 'reasoning').join(', ')} or <provider>.<option>=value`);
        }
        raw[known] = value;
    }
    if (Object.keys(providerOptions).length > 0)
        raw.providerOptions = providerOptions;
    const parsed = ModelOptionsSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{modelOptions} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
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

/***/ 8288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createModelAgent: () => (/* binding */ createModelAgent),
  defaultMcpConnector: () => (/* binding */ defaultMcpConnector)
});

// EXTERNAL MODULE: ./lib/core/trial-paths.js
var trial_paths = __webpack_require__(2774);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js
var stdio = __webpack_require__(42);
// EXTERNAL MODULE: ./lib/agent/agent.js
var agent = __webpack_require__(9540);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 1 modules
var esm_client = __webpack_require__(3018);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js + 7 modules
var streamableHttp = __webpack_require__(5959);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/inMemory.js
var inMemory = __webpack_require__(579);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./lib/agent/mcp/context-servers.js
var context_servers = __webpack_require__(6336);
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
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

// EXTERNAL MODULE: ./lib/agent/agent-options.js
var agent_options = __webpack_require__(151);
// EXTERNAL MODULE: ./lib/agent/model/config.js
var model_config = __webpack_require__(9713);
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
    const s = { messages: [{ role: 'user', content: o.instruction }], turns: 0, tokens: { ...agent/* ZERO_USAGE */.f }, costUsd: 0, formatErrors: 0 };
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
        usage: { ...agent/* ZERO_USAGE */.f }, costUsd: 0, totals: { tokens: s.tokens, costUsd: 0 }, timing: { modelMs: 0, toolsMs: 0, retries: 0 }
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

// EXTERNAL MODULE: ./lib/agent/model/mask.js
var mask = __webpack_require__(1767);
// EXTERNAL MODULE: ./lib/agent/model/provider.js
var provider = __webpack_require__(7798);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/trajectory.js
var trajectory = __webpack_require__(4714);
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
        (0,external_node_fs_.appendFileSync)(this.path, `${this.mask(JSON.stringify({ v: trajectory/* TRAJECTORY_FORMAT */.s, at: new Date().toISOString(), ...record }))}\n`);
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
    const config = (0,agent_options/* parseAgentSettings */.Mt)(model_config.AgentConfigSchema, configInput, 'model', model_config.modelAgentField);
    const resolved = (0,provider.resolveModel)(config.model, { keys: deps.keys, baseUrl: config.baseUrl, fetch: deps.fetch, options: config.options });
    const price = config.price ?? lookupPrice(resolved.spec.family, resolved.spec.modelId);
    const log = deps.log ?? (() => { });
    if (!price && !warnedPrices.has(config.model)) {
        warnedPrices.add(config.model);
        log(`warning: no price known for ${config.model}; its cost is reported as 0 (pass a price in the agent config)`);
    }
    const masker = (0,mask/* createMasker */.a)(Object.values(deps.keys));
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
                // ctx.mcpServers or the task already has servers under those names.
                const taken = new Set(specs.map((s) => s.name));
                specs = [...(await (0,context_servers/* harnessContextServers */.uJ)(ctx.task)).filter((s) => !taken.has(s.name)), ...specs];
                if (specs.length > 0)
                    mcp = await (deps.connectMcp ?? defaultMcpConnector)(specs, { env: ctx.env, signal: ctx.signal, log: ctx.log });
            }
            catch (err) {
                const message = `cannot connect MCP servers (${specs.map((s) => s.name).join(', ')}): ${err.message}`;
                ctx.log(message);
                return { stopReason: 'crashed', episodes: 0, tokens: { ...agent/* ZERO_USAGE */.f }, costUsd: 0, error: { errorClass: 'agent_setup', message: masker(message) } };
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


/***/ }),

/***/ 7798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROVIDER_NAMES: () => (/* binding */ PROVIDER_NAMES),
/* harmony export */   SECRET_VARS: () => (/* binding */ SECRET_VARS),
/* harmony export */   parseModelSpec: () => (/* binding */ parseModelSpec),
/* harmony export */   pickKeys: () => (/* binding */ pickKeys),
/* harmony export */   resolveModel: () => (/* binding */ resolveModel)
/* harmony export */ });
/* harmony import */ var _ai_sdk_anthropic__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6644);
/* harmony import */ var _ai_sdk_google__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(785);
/* harmony import */ var _ai_sdk_openai__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4678);
/* harmony import */ var _ai_sdk_openai_compatible__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7703);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);





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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{model} "${spec}": use provider:model with provider one of ${PROVIDER_NAMES.join(', ')} (e.g. openai:gpt-5.1-codex)`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{model} ${specText}: no API key; set ${def.keyVar} in the environment (or the Action's secrets)`);
    }
    const baseURL = opts.baseUrl ?? def.defaultBaseUrl;
    if (!baseURL) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{model} ${specText}: set {baseUrl} (or OPSBENCH_BASE_URL) to the server's OpenAI-compatible /v1 URL`);
    }
    const common = { baseURL, ...(opts.fetch ? { fetch: opts.fetch } : {}) };
    let model;
    switch (def.family) {
        case 'openai': {
            const p = (0,_ai_sdk_openai__WEBPACK_IMPORTED_MODULE_1__/* .createOpenAI */ .ry)({ ...common, apiKey: apiKey ?? '' });
            model = def.api === 'chat' ? p.chat(spec.modelId) : p.responses(spec.modelId);
            break;
        }
        case 'anthropic':
            model = (0,_ai_sdk_anthropic__WEBPACK_IMPORTED_MODULE_2__/* .createAnthropic */ .nM)({ ...common, apiKey: apiKey ?? '' })(spec.modelId);
            break;
        case 'google':
            model = (0,_ai_sdk_google__WEBPACK_IMPORTED_MODULE_3__/* .createGoogle */ ._j)({ ...common, apiKey: apiKey ?? '' })(spec.modelId);
            break;
        case 'openai-compatible':
            model = (0,_ai_sdk_openai_compatible__WEBPACK_IMPORTED_MODULE_4__/* .createOpenAICompatible */ .jr)({ ...common, name: spec.provider, includeUsage: true, ...(apiKey ? { apiKey } : {}) }).chatModel(spec.modelId);
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


/***/ })

};
