export const id = 269;
export const ids = [269];
export const modules = {

/***/ 1269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommandAgentConfigSchema: () => (/* binding */ CommandAgentConfigSchema),
  createCommandAgent: () => (/* binding */ createCommandAgent)
});

// EXTERNAL MODULE: ./lib/core/trial-paths.js
var trial_paths = __webpack_require__(2774);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
// EXTERNAL MODULE: ./lib/agent/agent.js
var agent = __webpack_require__(9540);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/agent/agent-options.js
var agent_options = __webpack_require__(151);
// EXTERNAL MODULE: ./lib/agent/mcp/context-servers.js + 12 modules
var context_servers = __webpack_require__(3304);
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












/** The command agent's own settings; the fields a person gives follow the agent configuration's rules (agent-options.ts). */
const CommandAgentConfigSchema = schemas/* strictObject */.rej({
    /** The team's agent CLI, run with `bash -lc` in the workspace's repository (the `agentCommand` field). */
    command: agent_options/* AGENT_FIELD_RULES */.nj.agentCommand,
    /** Env var names of provider keys to hand to the agent (opt-in; nothing is passed by default). */
    passKeys: schemas/* array */.YOg(agent_options/* AGENT_FIELD_RULES */.nj.passKey).default([]),
    /** TrialResult.model for this agent (e.g. the model the CLI is configured with); a free label, informational. */
    model: schemas/* string */.YjP().min(1).optional(),
    /** Budgets announced to the agent via OPSBENCH_MAX_TURNS / OPSBENCH_MAX_COST_USD (0 = none). */
    maxTurns: agent_options/* AGENT_FIELD_RULES */.nj.maxTurns.default(0),
    maxCostUsd: agent_options/* AGENT_FIELD_RULES */.nj.maxCostUsd.default(0)
});
/** The agent configuration field a settings path holds, for errors that name it. */
const commandAgentField = ([head]) => head === 'command' ? 'agentCommand' : head === 'passKeys' || head === 'maxTurns' || head === 'maxCostUsd' ? head : undefined;
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
    const config = (0,agent_options/* parseAgentSettings */.Mt)(CommandAgentConfigSchema, configInput, 'command', commandAgentField);
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
 * ctx.mcpServers (else the task's servers), plus the harness's logs/context servers as stdio entries when the
 * agent runs on the harness's host (local runtime) and the CLI is known; a server already named there wins.
 */
function mcpServers(ctx, cli) {
    const specs = ctx.mcpServers ?? ctx.task.mcp;
    if (ctx.env.kind !== 'local' || !cli)
        return specs;
    const taken = new Set(specs.map((s) => s.name));
    const harness = (0,context_servers/* contextServerSpecs */.xY)(ctx.task, { cliPath: cli.path, nodeArgs: cli.nodeArgs }).filter((s) => !taken.has(s.name));
    return [...harness, ...specs];
}
function crashed(message, errorClass) {
    return { stopReason: 'crashed', episodes: 0, tokens: { ...agent/* ZERO_USAGE */.f }, costUsd: 0, error: { errorClass, message } };
}
/** agent.log gets everything; trajectory.jsonl the stdout lines that are JSON objects (agents that log events as JSONL). */
function saveOutput(dir, stdout, stderr, mask) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, trial_paths/* AGENT_LOG_FILE */.gm), mask(`${stdout}${stderr ? `${stdout.endsWith('\n') || !stdout ? '' : '\n'}--- stderr ---\n${stderr}` : ''}`));
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
    const none = { turns: 1, tokens: { ...agent/* ZERO_USAGE */.f }, costUsd: 0 };
    let text;
    try {
        text = (await ctx.env.readFile(path)).toString('utf8');
    }
    catch {
        return none;
    }
    try {
        const u = UsageFileSchema.parse(JSON.parse(text));
        return { turns: u.turns ?? 1, tokens: u.tokens ? { ...u.tokens } : { ...agent/* ZERO_USAGE */.f }, costUsd: u.costUsd ?? 0 };
    }
    catch (err) {
        ctx.log(`ignoring $OPSBENCH_USAGE_FILE: ${err.message}`);
        return none;
    }
}


/***/ })

};
