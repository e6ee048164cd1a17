export const id = 758;
export const ids = [758];
export const modules = {

/***/ 151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mt: () => (/* binding */ parseAgentSettings),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Wb: () => (/* binding */ AGENT_OPTION_FIELDS),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   nj: () => (/* binding */ AGENT_FIELD_RULES)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(737);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9567);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);


/**
 * The agent's configuration as a person gives it (CLI flags, Action inputs, tests): each field and its rule
 * written once. The run configuration (trial/run-config.ts) takes these fields as they are, the registry
 * (registry.ts) adds the `agent` choice and what each agent requires, and each agent's own settings
 * (model/config.ts, command/command-agent.ts) reuse the same field rules. Errors name these fields as
 * `{field}` tokens; the front ends say them as their flags or inputs.
 */
/** '' (an Action input left empty) means "not given", like a missing flag. */
const optional = (schema) => zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (v === '' || v === null ? undefined : v), schema.optional());
const text = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, `must name ${what}`);
/** One rule per field, shared by every schema that holds the field. */
const AGENT_FIELD_RULES = {
    /** provider:name, e.g. openai:gpt-5-mini. */
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().regex(/^[a-z][a-z-]*:.+$/, 'must look like provider:name, e.g. openai:gpt-5-mini'),
    /** The command agent's command line (bring-your-own agent). */
    agentCommand: text('a command'),
    /** The API base URL for openai-compatible endpoints (vLLM, Ollama, OpenRouter, a LiteLLM proxy). */
    baseUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://localhost:8000/v1' }),
    /** An environment variable name (of a provider key the command agent may receive). */
    passKey: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'),
    /** Budgets: 0 disables a limit. */
    maxTurns: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .ai({ error: 'must be a whole number' }).int().nonnegative(),
    maxTokens: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .ai({ error: 'must be a whole number' }).int().nonnegative(),
    maxCostUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .ai({ error: 'must be a number of US dollars' }).nonnegative()
};
/** The agent fields of the run configuration, every one optional (each agent reads its own). */
const AGENT_OPTION_FIELDS = {
    model: optional(AGENT_FIELD_RULES.model),
    agentCommand: optional(AGENT_FIELD_RULES.agentCommand),
    baseUrl: optional(AGENT_FIELD_RULES.baseUrl),
    /** `k=v` model settings: temperature, top_p, reasoning_effort, thinking_budget, <provider>.<option> (model/config.ts parseModelOptions). */
    modelOptions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    /** Env var names of provider keys the command agent may receive (opt-in). */
    passKeys: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(AGENT_FIELD_RULES.passKey).default([]),
    maxTurns: optional(AGENT_FIELD_RULES.maxTurns),
    maxTokens: optional(AGENT_FIELD_RULES.maxTokens),
    maxCostUsd: optional(AGENT_FIELD_RULES.maxCostUsd)
};
/**
 * Parses an agent's own settings, naming a bad value by its agent field (`{maxTurns}`) where the settings
 * hold one (`fieldOf` maps a settings path to the field), else by the agent and the path.
 * @throws UserInputError
 */
function parseAgentSettings(schema, input, agent, fieldOf) {
    const parsed = schema.safeParse(input);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const field = fieldOf(path);
    const where = field ? `{${field}}` : `${agent} agent config: ${path.join('.') || '(root)'}`;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`${where}: ${issue?.message ?? 'invalid'}`);
}


/***/ }),

/***/ 9540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* reexport safe */ _core_trajectory_js__WEBPACK_IMPORTED_MODULE_0__.f)
/* harmony export */ });
/* harmony import */ var _core_trajectory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4714);



/***/ }),

/***/ 9803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yp: () => (/* binding */ AGENT_KINDS),
  Jz: () => (/* binding */ AgentOptionsSchema),
  _l: () => (/* binding */ checkAgentOptions),
  cT: () => (/* binding */ resolveAgent)
});

// UNUSED EXPORTS: agents

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/agent/agent-options.js
var agent_options = __webpack_require__(151);
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

// EXTERNAL MODULE: ./lib/agent/agent.js
var agent = __webpack_require__(9540);
;// CONCATENATED MODULE: ./lib/agent/null.js

/** The agent that changes nothing: every task must fail with it, or its tests do not test the bug. */
function createNullAgent() {
    return {
        name: 'null',
        model: null,
        run() {
            return Promise.resolve({ stopReason: 'submitted', episodes: 0, tokens: { ...agent/* ZERO_USAGE */.f }, costUsd: 0 });
        }
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/grade/solution.js
var solution = __webpack_require__(3884);
// EXTERNAL MODULE: ./lib/core/trial-paths.js
var trial_paths = __webpack_require__(2774);
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
            const outcome = { stopReason: 'submitted', episodes: 1, tokens: { ...agent/* ZERO_USAGE */.f }, costUsd: 0 };
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
            await (0,promises_.writeFile)(external_node_path_.join(ctx.artifactsDir, trial_paths/* ORACLE_LOG_FILE */.BS), `${line}\n`);
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
    // The model and command agents load on first use: plan, report and validate import this list for its names,
    // and the model SDKs and the MCP client are most of the bundle's start-up cost.
    model: {
        untrusted: true,
        requires: { model: 'provider:name, e.g. openai:gpt-5-mini' },
        create: async (o) => {
            const [{ createModelAgent }, { parseModelOptions }, { pickKeys }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(337), __webpack_require__.e(585), __webpack_require__.e(623), __webpack_require__.e(97), __webpack_require__.e(410), __webpack_require__.e(384), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 8288)),
                __webpack_require__.e(/* import() */ 713).then(__webpack_require__.bind(__webpack_require__, 9713)),
                Promise.all(/* import() */[__webpack_require__.e(623), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 7798))
            ]);
            return createModelAgent({
                model: o.model ?? '',
                baseUrl: o.baseUrl ?? (o.env?.OPSBENCH_BASE_URL || undefined),
                options: parseModelOptions(o.modelOptions ?? []),
                limits: {
                    ...(o.maxTurns !== undefined && { maxTurns: o.maxTurns }),
                    ...(o.maxTokens !== undefined && { maxTokens: o.maxTokens }),
                    ...(o.maxCostUsd !== undefined && { maxCostUsd: o.maxCostUsd })
                }
            }, { keys: pickKeys(o.env ?? {}) });
        }
    },
    command: {
        untrusted: true,
        requires: { agentCommand: 'the command line that runs your agent' },
        create: async (o) => {
            const [{ createCommandAgent }, { pickKeys }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(337), __webpack_require__.e(585), __webpack_require__.e(384), __webpack_require__.e(269)]).then(__webpack_require__.bind(__webpack_require__, 1269)), Promise.all(/* import() */[__webpack_require__.e(623), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 7798))]);
            return createCommandAgent({ command: o.agentCommand ?? '', passKeys: o.passKeys ?? [], maxTurns: o.maxTurns ?? 0, maxCostUsd: o.maxCostUsd ?? 0, ...(o.model && { model: o.model }) }, { keys: pickKeys(o.env ?? {}), ...(o.cliPath ? { cli: { path: o.cliPath } } : {}) });
        }
    }
};
/** The registered names, in registry order (the enum the run configuration accepts). */
const AGENT_KINDS = Object.keys(agents);
/** The one schema of an agent's configuration: which agent (a registry key), and the fields agents read. */
const AgentOptionsSchema = schemas/* object */.Ikc({
    agent: (0,agent_options/* optional */.lq)(schemas/* enum */.k5n(AGENT_KINDS, { error: (i) => `must be one of ${AGENT_KINDS.join(', ')} (got "${String(i.input)}")` })).default('oracle'),
    ...agent_options/* AGENT_OPTION_FIELDS */.Wb
});
/** The chosen agent's required fields (its registry entry's `requires`), as issues on those fields. */
function checkAgentOptions(cfg, ctx) {
    const entry = agents[cfg.agent];
    for (const [field, hint] of Object.entries(entry.requires ?? {})) {
        if (!cfg[field])
            ctx.addIssue({ code: 'custom', path: [field], message: `is required with agent "${cfg.agent}" (${hint})` });
    }
}
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

/***/ 4714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ZERO_USAGE),
/* harmony export */   s: () => (/* binding */ TRAJECTORY_FORMAT)
/* harmony export */ });
const ZERO_USAGE = Object.freeze({ input: 0, output: 0, cacheRead: 0, cacheWrite: 0 });
/** Bump when a field changes meaning; readers branch on `v`. */
const TRAJECTORY_FORMAT = 1;


/***/ }),

/***/ 2774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ ORACLE_LOG_FILE),
/* harmony export */   DK: () => (/* binding */ isTrialFolder),
/* harmony export */   NJ: () => (/* binding */ TRAJECTORY_FILE),
/* harmony export */   Zk: () => (/* binding */ trialPaths),
/* harmony export */   gm: () => (/* binding */ AGENT_LOG_FILE),
/* harmony export */   kp: () => (/* binding */ GRADE_FILES),
/* harmony export */   pF: () => (/* binding */ resultsFile),
/* harmony export */   pR: () => (/* binding */ pathsUnder),
/* harmony export */   yG: () => (/* binding */ RESULTS_FILE)
/* harmony export */ });
/* unused harmony exports RESULT_FILE, trialsDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/** The file an agent writes its trajectory to, inside the agent folder it is handed. */
const TRAJECTORY_FILE = 'trajectory.jsonl';
/** A command agent's whole output, beside its trajectory. */
const AGENT_LOG_FILE = 'agent.log';
/** The oracle's one line: how the solution went in. */
const ORACLE_LOG_FILE = 'oracle.log';
/** The run's results, one TrialResult per line; a report finds them by this name in the folders it is given. */
const RESULTS_FILE = 'results.jsonl';
/** One trial's TrialResult inside its folder; the trajectory viewer finds trial folders by it. */
const RESULT_FILE = 'result.json';
const TRIALS = 'trials';
/** What the grader writes into the grade folder it is handed. */
const GRADE_FILES = {
    /** The command, its exit and its output. */
    output: 'test-output.txt',
    /** The framework's own report files, as collected. */
    reportDir: 'report',
    /** The parsed tests and the run's summary. */
    tests: 'tests.json',
    /** One log per APEX-SWE layer verifier. */
    verifiers: 'verifiers'
};
/** The results file of a run's out dir. */
function resultsFile(outDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(outDir, RESULTS_FILE);
}
/** The trials folder of a run's out dir (results.jsonl sits beside it). */
function trialsDir(outDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(outDir, TRIALS);
}
/** True for a trial folder: it holds result.json and lies under a trials/ folder. */
function isTrialFolder(dir, fileName) {
    return fileName === RESULT_FILE && dir.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).includes(TRIALS);
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
        result: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, RESULT_FILE)
    };
}


/***/ }),

/***/ 5387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ readPatchPaths),
/* harmony export */   Ln: () => (/* binding */ applyPatchFile)
/* harmony export */ });
/* unused harmony exports gitArgv, patchedPaths */
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
 * `git apply`s a host patch in the workdir, the patch on stdin (no copy of it in the environment), in the
 * same call as the harness's takeover of the repository's configuration: `git apply` runs the clean and
 * smudge filters the config defines, and the agent could have defined them.
 * @throws PatchApplyError with git's reason when it does not apply or cannot be read; GradeError when the
 *   repository cannot be taken over
 */
async function applyPatchFile(env, hostPatch, label) {
    let patch;
    try {
        patch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(hostPatch);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PatchApplyError */ .$0(`cannot read ${label} (${hostPatch}): ${error.message}`, error);
    }
    const applied = await env.exec((0,_runtime_harness_git_config_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizedGitArgv */ ._i)(env.workdir, gitArgv('apply', '--whitespace=nowarn', '-')), {
        cwd: '/',
        env: (0,_runtime_harness_git_config_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceGitEnv */ .bl)(env.workdir),
        input: patch
    });
    if (applied.exitCode === 125 && applied.stderr.includes(_runtime_harness_git_config_js__WEBPACK_IMPORTED_MODULE_3__/* .TAKEOVER_FAILED */ .a8)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GradeError */ .GX(`cannot take over the workspace's git configuration: ${tail(applied.stderr || applied.stdout)}`);
    }
    if (applied.exitCode !== 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PatchApplyError */ .$0(`${label} does not apply: ${tail(applied.stderr || applied.stdout)}`);
    }
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

/***/ 3884:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ applySolution)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _patch_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5387);
/* harmony import */ var _task_apex_conventions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6616);





/**
 * Applies the task's reference solution in the workspace: `git apply` of golden.patch (on stdin), or `bash
 * solution.sh` written into a fresh directory outside the workspace by the same call that runs it; or
 * `python3 solution.py` from the workspace (APEX-SWE's /app/solution.py). Used by the oracle agent and by
 * FAIL_TO_PASS computation.
 * @returns a line for the log
 * @throws PatchApplyError when golden.patch does not apply; GradeError when the solution exits non-zero
 */
async function applySolution(env, task, opts = {}) {
    const solution = task.hidden.solution;
    if ('patch' in solution) {
        await (0,_patch_files_js__WEBPACK_IMPORTED_MODULE_3__/* .applyPatchFile */ .Ln)(env, solution.patch, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(solution.patch));
        return `applied ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(solution.patch)}`;
    }
    const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(solution.script);
    const run = { cwd: env.workdir, timeoutSec: opts.timeoutSec ?? task.timeouts.agentSec, signal: opts.signal };
    let ran;
    if (solution.script.endsWith('.py')) {
        // APEX-SWE ships solution.py, and its tests look for it at /app/solution.py: it goes there and runs with python3.
        const script = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(task.layout === 'apex-integration' ? _task_apex_conventions_js__WEBPACK_IMPORTED_MODULE_4__/* .APEX_CONTEXT_DIR */ .bL : env.workdir, 'solution.py');
        await env.copyIn(solution.script, script);
        ran = await env.exec(['python3', script], run);
    }
    else {
        ran = await env.exec(['sh', '-c', RUN_FROM_STDIN, 'opsbench-solution', env.workdir, name], { ...run, cwd: '/', input: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(solution.script) });
    }
    if (ran.exitCode !== 0) {
        const why = ran.timedOut ? 'timed out' : `exited ${ran.exitCode}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GradeError */ .GX(`${name} ${why}: ${(ran.stderr || ran.stdout).trim().slice(-2000)}`);
    }
    return `ran ${name} (${Math.round(ran.durationMs)} ms)`;
}
/**
 * `$1` the workdir, `$2` the script's name, the script on stdin: written into a fresh directory outside the
 * workspace (what an agent could plant in the workdir is never run) and run with bash from the workdir,
 * stdin closed as it would be without one.
 */
const RUN_FROM_STDIN = `d=$(mktemp -d -t opsbench-solution.XXXXXXXX) || exit 125
case "$d/" in "\${1%/}"/*) echo "opsbench: mktemp made $d inside the workspace $1; set TMPDIR outside it" >&2; exit 125;; esac
cat > "$d/$2" || { echo "opsbench: cannot write $d/$2" >&2; exit 125; }
cd "$1" || exit 125
exec bash "$d/$2" </dev/null
`;


/***/ }),

/***/ 6952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _i: () => (/* binding */ sanitizedGitArgv),
/* harmony export */   a8: () => (/* binding */ TAKEOVER_FAILED),
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
/** What {@link sanitizedGitArgv} prints on stderr (and exits 125) when the repository could not be taken over. */
const TAKEOVER_FAILED = 'opsbench: cannot take over the repository';
/**
 * One command where two engine calls were: the repository in `workdir` made harness-owned (the script of
 * {@link sanitizeGitRepoArgv}, in a subshell), then `argv` run in the workdir. The takeover failing stops
 * it with exit 125 and {@link TAKEOVER_FAILED} on stderr, so the caller can tell it from git's own failure.
 */
function sanitizedGitArgv(workdir, argv) {
    return ['sh', '-c', `(\n${SANITIZE_SCRIPT})\n[ $? -eq 0 ] || { echo '${TAKEOVER_FAILED}' >&2; exit 125; }\ncd "$1" && shift && exec "$@"\n`, 'opsbench-sanitize-git', workdir, ...argv];
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
 * Parses `I/N` (1 <= I <= N), as the run configuration's `shard` field takes it (`--shard`, the Action's
 * `shard` input).
 * @throws UserInputError naming the field and the accepted form.
 */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || total < 1 || index < 1 || index > total) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{shard} must look like I/N with 1 <= I <= N, e.g. 2/4 (got "${text}")`);
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


/***/ }),

/***/ 9567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ai: () => (/* binding */ number)
/* harmony export */ });
/* unused harmony exports string, boolean, bigint, date */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(737);


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedNumber */ .qG(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodNumber */ .rSt, params);
}
function boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}


/***/ })

};
