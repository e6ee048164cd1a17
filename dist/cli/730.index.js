export const id = 730;
export const ids = [730];
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

/***/ 2730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliBundlePath: () => (/* binding */ cliBundlePath),
  displayPath: () => (/* binding */ displayPath),
  formatRunSummary: () => (/* binding */ formatRunSummary),
  runCommand: () => (/* binding */ runCommand),
  withCancelSignal: () => (/* binding */ withCancelSignal)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/report/summarize.js + 3 modules
var summarize = __webpack_require__(5580);
// EXTERNAL MODULE: ./lib/runtime/select.js
var runtime_select = __webpack_require__(5898);
;// CONCATENATED MODULE: ./lib/trial/cancel.js
/**
 * Runs `fn` with a signal that fires on SIGINT/SIGTERM (or when `parent` does), so in-flight trials tear
 * down and the results so far are kept. Both front ends cancel a run through this: the CLI on Ctrl-C, the
 * Action when a workflow is cancelled (the runner sends SIGINT, then SIGTERM). `onSignal` is told each
 * signal and how many have arrived, for the front end's own words (the CLI quits at once on the second).
 */
async function withCancelOnSignals(fn, opts) {
    const controller = new AbortController();
    let received = 0;
    const onSignal = (name) => {
        received += 1;
        opts.onSignal(name, received);
        controller.abort(new Error(name));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        return await fn(opts.parent ? AbortSignal.any([opts.parent, controller.signal]) : controller.signal);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}

// EXTERNAL MODULE: ./lib/agent/registry.js + 3 modules
var registry = __webpack_require__(9803);
// EXTERNAL MODULE: ./lib/trial/run-config.js
var run_config = __webpack_require__(1376);
// EXTERNAL MODULE: ./lib/core/trial-paths.js
var trial_paths = __webpack_require__(2774);
// EXTERNAL MODULE: ./lib/report/results-store.js
var results_store = __webpack_require__(2908);
// EXTERNAL MODULE: ./lib/task/dataset-ref.js + 1 modules
var dataset_ref = __webpack_require__(9325);
// EXTERNAL MODULE: ./lib/task/load.js + 7 modules
var load = __webpack_require__(9865);
// EXTERNAL MODULE: ./lib/task/hash.js
var hash = __webpack_require__(9077);
// EXTERNAL MODULE: ./lib/task/task-paths.js
var task_paths = __webpack_require__(4401);
// EXTERNAL MODULE: ./lib/trial/trial-result-builder.js
var trial_result_builder = __webpack_require__(7298);
;// CONCATENATED MODULE: ./lib/trial/invalid-tasks.js




/**
 * One `error`/`invalid` result per task that did not load, so the report lists it (as `invalid`, left out
 * of Pass@1 like a skip: the agent never met it) next to the tasks that ran. error_message holds the task's
 * own `path: field: problem` lines.
 */
async function invalidResults(invalid, run) {
    return Promise.all(invalid.map(async (t) => {
        // A task that did not load has no family of record; APEX-SWE's observability dirs are the ones with test_metadata.json.
        const observability = (await (0,task_paths/* kindOf */.I)(external_node_path_.join(t.dir, 'test_metadata.json'))) === 'file';
        const task = {
            id: t.id,
            family: observability ? 'observability' : 'integration',
            language: null,
            services: [],
            hash: await (0,hash/* hashTaskDir */.D)(t.dir).catch(() => ''),
            tests: { failToPass: [], passToPass: [] }
        };
        const id = { runId: run.runId, task, agent: { name: run.agent, model: run.model }, attempt: 1 };
        return { ...(0,trial_result_builder/* errorResult */.W)(id, 'invalid', t.problems.join('\n')), agent_config: run.agentConfig };
    }));
}

// EXTERNAL MODULE: ./lib/trial/scheduler.js + 22 modules
var scheduler = __webpack_require__(8933);
// EXTERNAL MODULE: ./lib/trial/shard.js
var shard = __webpack_require__(8956);
;// CONCATENATED MODULE: ./lib/trial/run-pipeline.js










/**
 * One `run`, the same for `opsbench run` and the Action's run leg: load -> select tasks -> agent ->
 * runtime -> safety check -> schedule -> record invalid tasks. Returns what each front end presents.
 * @throws UserInputError for a bad agent or runtime choice (naming the field), or what `onProblems` throws
 */
async function runPipeline(opts) {
    const { config } = opts;
    // A dataset on the Hub (hf://datasets/...) is downloaded, or found in the cache, and runs in place.
    const tasksDir = await (0,dataset_ref/* resolveTasksArg */.N)(config.tasks, opts.hostEnv, opts.log);
    const { tasks: loaded, problems, invalid: allInvalid } = await (0,load/* loadTaskSet */.cP)([tasksDir], { env: opts.hostEnv, ...(opts.cwd && { cwd: opts.cwd }) });
    if (problems.length > 0)
        opts.onProblems?.(problems, allInvalid);
    const tasks = opts.selectTasks ? opts.selectTasks(loaded) : config.shard ? (0,shard/* shardTasks */.bq)(loaded, config.shard.index, config.shard.total) : loaded;
    // Invalid tasks are reported once, by the first shard, so merged shards list each of them once.
    const invalid = !config.shard || config.shard.index === 1 ? allInvalid : [];
    if (tasks.length === 0 && invalid.length === 0)
        return { kind: 'empty', loaded, problems, invalid: allInvalid };
    // Provider keys go to the agent factory only, never to the agent's environment.
    const agent = await (0,registry/* resolveAgent */.cT)(config.agent, {
        model: config.model,
        agentCommand: config.agentCommand,
        baseUrl: config.baseUrl,
        modelOptions: config.modelOptions,
        passKeys: config.passKeys,
        maxTurns: config.maxTurns,
        maxTokens: config.maxTokens,
        maxCostUsd: config.maxCostUsd,
        env: opts.hostEnv,
        ...opts.agent
    });
    const selected = await (0,runtime_select/* selectRuntime */.lf)(config.runtime, { hostEnv: opts.hostEnv, ...(opts.loaders && { loaders: opts.loaders }) });
    (0,runtime_select/* assertRuntimeSafeFor */.ny)(agent, selected, config.unsafeLocal);
    const start = { runId: (0,scheduler/* newRunId */.F)(), selected, agent, tasks };
    await opts.onStart?.(start);
    const out = external_node_path_.resolve(config.out);
    const schedule = () => (0,scheduler/* runSchedule */.P)({
        tasks,
        agents: [agent],
        runtime: selected.runtime,
        unsafeLocal: config.unsafeLocal,
        attempts: config.attempts,
        concurrency: config.concurrency,
        outDir: out,
        runId: start.runId,
        log: opts.log,
        verbose: opts.verbose,
        cleanupHint: opts.cleanupHint,
        signal: opts.signal,
        cacheDir: config.cacheDir ? external_node_path_.resolve(config.cacheDir) : undefined
    });
    const outcome = await (opts.around ? opts.around(start, schedule) : schedule());
    const recorded = await recordInvalid((0,trial_paths/* resultsFile */.pF)(out), invalid, {
        runId: start.runId,
        agent: agent.name,
        model: agent.model,
        agentConfig: agent.configHash
    });
    return { kind: 'ran', ...start, outcome, problems, invalid: allInvalid, invalidResults: recorded };
}
/** Appends the invalid tasks' results to results.jsonl (after the run, so resume never mistakes them for trials). */
async function recordInvalid(file, invalid, run) {
    if (invalid.length === 0)
        return [];
    const results = await invalidResults(invalid, run);
    const store = await (0,results_store/* openResultsStore */.q1)(file);
    try {
        for (const r of results)
            await store.append(r);
    }
    finally {
        await store.close();
    }
    return results;
}

// EXTERNAL MODULE: ./lib/cli/host-ca.js
var host_ca = __webpack_require__(3419);
;// CONCATENATED MODULE: ./lib/cli/commands/run.js










const usage = `Usage: opsbench run [options]

Runs every task x attempt with an agent, appending one line per finished trial to <out>/results.jsonl.
Rerunning the same command resumes: passed and failed trials of unchanged tasks, run with the same agent
settings and opsbench version, are kept; errors and anything else rerun.

Options:
  --tasks DIR            task directory or a tree of them (default: tasks), or a dataset on the Hugging
                         Face Hub: hf://datasets/<owner>/<name>[@revision][/subdir] (see opsbench fetch)
  --agent NAME           ${registry/* AGENT_KINDS */.yp.join(' | ')} (default: oracle)
  --model PROVIDER:NAME  the model, with --agent model (e.g. openai:gpt-5-mini)
  --agent-command CMD    the command line of your agent, with --agent command
  --base-url URL         API base URL for openai-compatible models (or OPSBENCH_BASE_URL)
  --model-option K=V     model setting, repeatable: temperature, top_p, reasoning_effort, thinking_budget,
                         max_output_tokens, or <provider>.<option>=<json>
  --max-turns N          model turns per trial (default 100; 0 = no limit)
  --max-tokens N         input+output tokens per trial (0 = no limit)
  --max-cost USD         cost per trial from the price table (0 = no limit)
  --pass-key NAME        hand this provider key env var to the command agent (repeatable; opt-in)
  --attempts K           attempts per task (default: 1)
  --concurrency N        trials at once (default: 2)
  --runtime KIND         ${run_config/* RUNTIME_CHOICES */.gL.join(' | ')} (default: auto: Docker when a daemon answers)
  --unsafe-local         with --runtime local: run the model or command agent on this machine anyway, where
                         it can read the harness's environment (provider keys, GITHUB_TOKEN) and your files
  --shard I/N            run only shard I of N (tasks sorted by id, every N-th)
  --out DIR              results and artifacts (default: .opsbench/out)
  --cache-dir DIR        computed FAIL_TO_PASS lists (default: <out>/../.opsbench-cache)
  -v, --verbose          print every trial's phase lines too

A task that does not load is listed at the start, recorded as \`invalid\` in results.jsonl and the report, and
the valid tasks run anyway.

Exit status: 0 when the run completed (failing trials included), 1 for invalid tasks or a harness error,
130 when interrupted (results so far are kept; rerun to resume).
`;
const runCommand = {
    name: 'run',
    usage,
    async run(args, io) {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            strict: true,
            allowPositionals: false,
            options: {
                tasks: { type: 'string' },
                agent: { type: 'string' },
                model: { type: 'string' },
                'agent-command': { type: 'string' },
                'base-url': { type: 'string' },
                'model-option': { type: 'string', multiple: true },
                'pass-key': { type: 'string', multiple: true },
                'max-turns': { type: 'string' },
                'max-tokens': { type: 'string' },
                'max-cost': { type: 'string' },
                attempts: { type: 'string' },
                concurrency: { type: 'string' },
                runtime: { type: 'string' },
                'unsafe-local': { type: 'boolean' },
                shard: { type: 'string' },
                out: { type: 'string' },
                'cache-dir': { type: 'string' },
                verbose: { type: 'boolean', short: 'v' }
            }
        });
        const config = (0,run_config/* parseRunConfig */.tn)({
            ...values,
            agentCommand: values['agent-command'],
            unsafeLocal: values['unsafe-local'],
            cacheDir: values['cache-dir'],
            baseUrl: values['base-url'],
            modelOptions: values['model-option'],
            passKeys: values['pass-key'],
            maxTurns: values['max-turns'],
            maxTokens: values['max-tokens'],
            maxCostUsd: values['max-cost']
        });
        const shardNote = config.shard ? `, shard ${config.shard.index}/${config.shard.total}` : '';
        const line = (text) => io.stdout.write(`${text}\n`);
        const result = await withCancelSignal(io, async (signal) => runPipeline({
            config,
            // Only the front ends read process.env: provider keys go to the agent factory, never to the agent's
            // environment; the host's extra CAs go to image builds.
            hostEnv: await (0,host_ca/* withHostCaCerts */.S)(process.env),
            agent: { cliPath: cliBundlePath(process.argv[1]) },
            onProblems: (problems, invalid) => {
                for (const text of problems)
                    io.stderr.write(`${text}\n`);
                // A set with some invalid tasks still runs the valid ones; only a set with nothing valid stops here.
                const which = invalid.length > 0 ? `${invalid.length} invalid task(s) (${invalid.map((t) => t.id).join(', ')}), recorded as invalid` : 'nothing loaded';
                io.stderr.write(`opsbench run: ${problems.length} problem(s) in ${config.tasks}: ${which}; opsbench validate ${config.tasks} lists the same\n`);
            },
            onStart: ({ runId, selected, agent, tasks }) => {
                io.stdout.write(`${(0,runtime_select/* describeRuntime */.mK)(selected)}\n`);
                const who = agent.model ? `${agent.name} (${agent.model})` : agent.name;
                io.stdout.write(`run ${runId}: ${tasks.length} task(s) x ${config.attempts} attempt(s), agent ${who}, concurrency ${config.concurrency}${shardNote}\n`);
            },
            log: line,
            verbose: config.verbose ? line : undefined,
            // The Action says nothing: its post step cleans up after a cancelled job.
            cleanupHint: (runId) => `remove what it left (containers, build processes, scratch) with: opsbench cleanup ${runId}`,
            signal
        }));
        if (result.kind === 'empty') {
            if (result.problems.length > 0 && result.loaded.length === 0 && result.invalid.length === 0)
                return 1;
            io.stdout.write(`opsbench run: no tasks to run (${result.loaded.length} loaded${shardNote})\n`);
            return result.invalid.length > 0 ? 1 : 0;
        }
        const { outcome, invalid } = result;
        io.stdout.write(formatRunSummary([...outcome.results, ...result.invalidResults], outcome.resumed.length));
        io.stdout.write(`results: ${displayPath(outcome.resultsFile)}\n`);
        if (outcome.cancelled) {
            io.stderr.write('opsbench run: interrupted; finished trials are kept, rerun the same command to resume\n');
            return 130;
        }
        if (invalid.length > 0) {
            io.stderr.write(`opsbench run: ${invalid.length} task(s) did not load and were not run: ${invalid.map((t) => t.id).join(', ')} (see the lines above)\n`);
            return 1;
        }
        if (outcome.harnessErrors > 0) {
            io.stderr.write(`opsbench run: the harness failed on ${outcome.harnessErrors} trial(s) (error_class internal, "harness error: ..."); see results.jsonl\n`);
            return 1;
        }
        return 0;
    }
};
/**
 * The closing lines: counts by status and Pass@1 (mean over tasks of passed / attempts; skipped trials
 * are left out, so a task skipped on every attempt does not count; errors count as not passed).
 */
function formatRunSummary(results, resumed) {
    const run = (0,summarize/* summarize */.eh)(results).runs[0];
    if (!run)
        return 'summary: no trials\n';
    const kept = resumed > 0 ? ` (${resumed} resumed)` : '';
    const pct = (x) => `${(100 * x).toFixed(1)}%`;
    const invalid = results.filter((r) => r.error_class === 'invalid').length;
    const counts = `${run.passed} passed, ${run.failed} failed, ${run.errors} error, ${run.skipped - invalid} skipped${invalid ? `, ${invalid} invalid` : ''}`;
    const pass = run.tasks > 0
        ? `Pass@1 ${pct(run.pass_at_1)} over ${run.tasks} task(s), 95% CI ${pct(run.ci95[0])}-${pct(run.ci95[1])} (mean over tasks of passed/attempts; skipped excluded, errors count as not passed)`
        : 'Pass@1 n/a: every task was skipped';
    const errors = Object.entries(run.error_classes)
        .filter(([cls]) => cls !== 'skipped' && cls !== 'invalid')
        .map(([cls, n]) => `${cls} ${n}`)
        .join(', ');
    return `summary: ${results.length} trial(s)${kept}: ${counts}\n${pass}\n${errors ? `errors by class: ${errors}\n` : ''}`;
}
/**
 * The running CLI bundle (`.../dist/cli/index.js`), which the command agent's mcp.json can start as the
 * logs/context MCP servers on the local runtime; undefined when running from elsewhere (tests, ts sources).
 */
function cliBundlePath(script) {
    if (!script)
        return undefined;
    let resolved;
    try {
        // An npm bin is a symlink (node_modules/.bin/opsbench); the bundle is what it points at.
        resolved = (0,external_node_fs_.realpathSync)(script);
    }
    catch {
        return undefined;
    }
    return resolved.endsWith(external_node_path_.join('dist', 'cli', 'index.js')) ? resolved : undefined;
}
/** A path relative to the working directory when it lies below it, else absolute. */
function displayPath(file) {
    const rel = external_node_path_.relative(process.cwd(), file);
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel : file;
}
/**
 * Runs `fn` with a signal that fires on SIGINT/SIGTERM (or when `io.signal` does): in-flight trials tear
 * down and the results so far are kept. A second signal quits at once with 130.
 */
function withCancelSignal(io, fn) {
    return withCancelOnSignals(fn, {
        parent: io.signal,
        onSignal: (name, received) => {
            if (received > 1) {
                io.stderr.write(`opsbench: ${name} again: quitting without teardown\n`);
                process.exit(130);
            }
            io.stderr.write(`\nopsbench: ${name}: stopping; tearing down the trials in flight (send it again to quit at once)\n`);
        }
    });
}


/***/ }),

/***/ 3419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ withHostCaCerts)
/* harmony export */ });
/* unused harmony export LOCAL_CA_DIR */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Debian's (and Ubuntu's) place for a machine's own CA certificates, which update-ca-certificates adds. */
const LOCAL_CA_DIR = '/usr/local/share/ca-certificates';
/**
 * The host environment with OPSBENCH_EXTRA_CA_CERTS filled in from the machine's own extra CAs when the user
 * did not set it: the PEM files of /usr/local/share/ca-certificates. (Not NODE_EXTRA_CA_CERTS: it often names
 * the whole system bundle, 200 KB that no build arg or environment variable may hold.) Behind a
 * TLS-intercepting proxy, image builds that fetch from PyPI or npm need that CA; scripts/main-job.sh
 * exports it the same way, so `opsbench run` builds as `npm run main` does. Public certificates, no secret.
 */
async function withHostCaCerts(env, dir = LOCAL_CA_DIR) {
    if (env.OPSBENCH_EXTRA_CA_CERTS)
        return env;
    const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => [])).filter((f) => f.endsWith('.crt')).sort().map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, f));
    const pems = await Promise.all(files.map((f) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(f, 'utf8').catch(() => '')));
    const text = [...new Set(pems.map((p) => p.trim()).filter((p) => p.includes('BEGIN CERTIFICATE')))].join('\n');
    return text ? { ...env, OPSBENCH_EXTRA_CA_CERTS: text } : env;
}


/***/ }),

/***/ 4390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ procStat)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/**
 * The fields of /proc/<pid>/stat OpsBench reads, or null where the process is gone or there is no /proc.
 * The command name (field 2) may hold spaces and parentheses, so the fields are counted from its last ')'.
 */
function procStat(pid) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return null;
    }
    // Fields 3 onwards: state, ppid, pgrp, ..., starttime (field 22).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [state, ppid, startTime] = [fields[0], Number(fields[1]), fields[19]];
    if (!state || !Number.isInteger(ppid) || !startTime)
        return null;
    return { state, ppid, startTime };
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

/***/ 2908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZH: () => (/* binding */ resultKey),
/* harmony export */   q1: () => (/* binding */ openResultsStore),
/* harmony export */   u4: () => (/* binding */ createResultsDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _read_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2676);
/* harmony import */ var _core_trial_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8669);





/** The resume key: one trial of one configuration. */
function resultKey(r) {
    return JSON.stringify([r.task_id, r.attempt, r.agent, r.model]);
}
/**
 * Opens (creating it and its directory when missing) `file` for resume and append.
 * @throws UserInputError naming the out dir and the system's reason when it cannot be created or written
 *   (a path through a file, no permission); ReportError naming the file and line when a line other than the
 *   last is not a TrialResult.
 */
async function openResultsStore(file, warn = () => { }) {
    await createResultsDir(file);
    const handle = await asUserError(file, async () => {
        await repairTail(file, warn);
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'a');
    });
    let existing;
    try {
        existing = await (0,_read_results_js__WEBPACK_IMPORTED_MODULE_3__/* .readResults */ .x8)([file], warn);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    let queue = Promise.resolve();
    return {
        file,
        existing,
        append(result) {
            const write = queue.then(() => writeFully(handle, Buffer.from(`${JSON.stringify(_core_trial_result_js__WEBPACK_IMPORTED_MODULE_4__/* .TrialResultSchema */ .X9.parse(result))}\n`)));
            queue = write.catch(() => { });
            return write;
        },
        async close() {
            await queue;
            await handle.close();
            await compact(file, warn);
        }
    };
}
/** One line per key, the latest, in the order of the lines kept; written whole, then renamed over the file. */
async function compact(file, warn) {
    const all = await (0,_read_results_js__WEBPACK_IMPORTED_MODULE_3__/* .readResults */ .x8)([file], warn);
    const kept = new Set((0,_read_results_js__WEBPACK_IMPORTED_MODULE_3__/* .dedupeResults */ .Q$)(all));
    if (kept.size === all.length)
        return;
    const tmp = `${file}.compact-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, all.filter((r) => kept.has(r)).map((r) => `${JSON.stringify(r)}\n`).join(''), { flush: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
}
/**
 * Creates the directory of results file `file` (the out dir) without touching the file.
 * @throws UserInputError naming the out dir and the system's reason when it cannot be created
 */
async function createResultsDir(file) {
    await asUserError(file, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true }));
}
/** The out dir is the user's choice: a path that cannot be created is their mistake, said in one line. */
async function asUserError(file, fn) {
    try {
        return await fn();
    }
    catch (error) {
        const code = error.code;
        if (!code || !['ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'EEXIST', 'EISDIR', 'ENOSPC', 'ENAMETOOLONG', 'ELOOP'].includes(code))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserInputError */ .m2(`{out} ${node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file)}: cannot create ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} there (${code}); choose a directory you can write to`, error);
    }
}
async function writeFully(handle, data) {
    // One write(2) for a line of a few KB on a local file; the loop only matters if the kernel writes short.
    let offset = 0;
    while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset);
        offset += bytesWritten;
    }
    await handle.sync();
}
/**
 * A file that does not end in a newline was cut off mid-write by an older crash. A complete, valid last
 * line only lost its newline: add it. Anything else is a partial line: warn and truncate it away so the
 * next append starts on a fresh line.
 */
async function repairTail(file, warn) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    if (text.length === 0 || text[text.length - 1] === 0x0a)
        return;
    const cut = text.lastIndexOf(0x0a) + 1;
    const tail = text.subarray(cut).toString('utf8');
    if (isCompleteResult(tail)) {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'a');
        try {
            await writeFully(handle, Buffer.from('\n'));
        }
        finally {
            await handle.close();
        }
        return;
    }
    const lineNo = text.subarray(0, cut).toString('utf8').split('\n').length;
    warn(`${file}: line ${lineNo}: partial last line removed (a run was killed mid-write); that trial will rerun`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.truncate)(file, cut);
}
function isCompleteResult(line) {
    try {
        return _core_trial_result_js__WEBPACK_IMPORTED_MODULE_4__/* .TrialResultSchema */ .X9.safeParse(JSON.parse(line)).success;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 7540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defaultRunScratchDir),
/* harmony export */   w: () => (/* binding */ cleanupRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5898);




/** The host scratch directory of a run that was given none (`/tmp/opsbench/<run id>`): workspaces, build contexts, copies. */
function defaultRunScratchDir(runId) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'opsbench', runId);
}
/**
 * Removes everything a run left behind, asking each runtime of the registry (select.ts) for its
 * `cleanup(runId)`: Docker ends the run's docker CLI processes and removes what carries the run's label,
 * local ends the processes still working in the run's scratch (each command ran in a process group of its
 * own, which a kill -9 of the run does not end).
 */
async function cleanupRun(runId, opts) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(runId) || runId.includes('..'))
        throw new Error(`not a run id: ${runId}`);
    let removed = 0;
    for (const load of Object.values(_select_js__WEBPACK_IMPORTED_MODULE_3__/* .runtimeLoaders */ .ti)) {
        if (load)
            removed += await (await load({ hostEnv: opts.hostEnv })).cleanup(runId, opts.log);
    }
    // The run's host scratch (a killed run never removed it): its workspaces, copies and build contexts.
    const scratch = defaultRunScratchDir(runId);
    if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(scratch).then(() => true, () => false)) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true, maxRetries: 3 });
        opts.log?.(`cleanup: removed the run's scratch directory ${scratch}`);
        removed += 1;
    }
    return removed;
}


/***/ }),

/***/ 5898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ probeDocker),
/* harmony export */   lf: () => (/* binding */ selectRuntime),
/* harmony export */   mK: () => (/* binding */ describeRuntime),
/* harmony export */   n0: () => (/* binding */ RUNTIME_KINDS),
/* harmony export */   ny: () => (/* binding */ assertRuntimeSafeFor),
/* harmony export */   ti: () => (/* binding */ runtimeLoaders)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);


/**
 * The runtimes this build has: the only list (`--runtime` choices, the Action's `runtime` input and
 * RuntimeKind follow its keys). A new runtime is a folder implementing Runtime plus one line here. Key order
 * is `auto`'s preference: it takes the first whose probe() says usable. Loaded lazily so a missing or broken
 * runtime cannot break the others (and `--runtime local` never loads Docker code).
 */
const runtimeLoaders = {
    docker: async (host) => new (await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(137), __webpack_require__.e(850), __webpack_require__.e(160), __webpack_require__.e(825), __webpack_require__.e(403)]).then(__webpack_require__.bind(__webpack_require__, 2825))).DockerRuntime({ hostEnv: host.hostEnv }),
    local: async (host) => new (await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(137), __webpack_require__.e(850), __webpack_require__.e(537)]).then(__webpack_require__.bind(__webpack_require__, 2537))).LocalRuntime({ hostEnv: host.hostEnv })
};
/** The runtime kinds this build offers (`--runtime` choices besides `auto`), from the loaders above. */
const RUNTIME_KINDS = Object.keys(runtimeLoaders);
/**
 * Resolves `--runtime`. An explicit kind is loaded and probed; `auto` takes the first kind of the registry
 * (in key order) whose probe says usable, and its reason says which were passed over and why, e.g.
 * "no Docker daemon answered: ...".
 * @throws UserInputError when an explicitly requested runtime is missing or unusable (naming the alternative).
 */
async function selectRuntime(choice, opts) {
    const loaders = opts.loaders ?? runtimeLoaders;
    const kinds = Object.keys(loaders);
    const others = (kind) => kinds.filter((k) => k !== kind).map((k) => `{runtime} ${k}`).join(' or ');
    if (choice !== 'auto') {
        const loader = loaders[choice];
        if (!loader)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserInputError */ .m2(`{runtime} ${choice}: this build has no ${choice} runtime; use ${others(choice)}`);
        const runtime = await loader(opts);
        const probe = await runtime.probe();
        if (!probe.usable)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserInputError */ .m2(`{runtime} ${choice}: ${probe.reason}; use ${others(choice) || 'another runtime'}`);
        return { runtime, kind: choice, reason: 'requested' };
    }
    const passedOver = [];
    for (const kind of kinds) {
        const runtime = await loaders[kind](opts);
        const probe = await runtime.probe();
        if (!probe.usable) {
            passedOver.push(probe.reason);
            continue;
        }
        const reason = passedOver.length > 0 ? passedOver.join('; ') : kinds.length === 1 ? `the only runtime this build has` : probe.reason;
        return { runtime, kind, reason };
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserInputError */ .m2(`{runtime} auto: no runtime is usable here (${passedOver.join('; ')})`);
}
/**
 * Agents that run code nobody reviewed (a model's tool calls, a team's CLI; AgentEntry.untrusted) run on
 * the runner itself on a runtime that does not isolate them (Runtime.isolatesAgent false), as children of
 * the harness: the allowlisted environment keeps keys out of their own env, but not out of
 * `/proc/$PPID/environ`, the runner's files or its network. Refuses such an agent there unless the user
 * accepted it with `--runtime local --unsafe-local` (only the local runtime has that escape; another runtime
 * that does not isolate refuses outright). The guard reads the runtime's own word, never its name, so a new
 * runtime cannot slip past it. The oracle and the null agent run only the task's own files and may run
 * anywhere. `selected.reason` "requested" means the user asked for the runtime; anything else is why `auto`
 * fell back to it.
 * @throws UserInputError naming the agent, why Docker is needed, and the flags that accept the risk.
 */
function assertRuntimeSafeFor(agent, selected, unsafeLocal) {
    if (selected.runtime.isolatesAgent || !agent.untrusted)
        return;
    if (selected.kind === 'local' && unsafeLocal)
        return;
    const why = selected.reason !== 'requested'
        ? selected.reason
        : selected.kind === 'local'
            ? '{runtime} local was asked for without {unsafeLocal}'
            : `{runtime} ${selected.kind} was asked for`;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserInputError */ .m2(`{agent} ${agent.name}: it runs untrusted code: it needs the Docker runtime (${why}). ` +
        `On the ${selected.kind} runtime it runs on this machine as a child of the harness and can read its environment ` +
        '(provider keys, GITHUB_TOKEN) and files. To run it on this machine anyway, pass {runtime} local {unsafeLocal}');
}
/** "runtime: local (no Docker daemon answered: ...)", the line run and check-tasks print first. */
function describeRuntime(selected) {
    return `runtime: ${selected.kind} (${selected.reason})`;
}
/**
 * Asks the Docker daemon for its version with a short timeout. Resolves null when it answers, else the reason.
 * `docker` is the CLI to run (tests point it at stand-ins).
 */
function probeDocker(timeoutMs = 5000, docker = 'docker') {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(docker, ['info', '--format', '{{.ServerVersion}}'], { timeout: timeoutMs }, (error, stdout, stderr) => {
            if (!error && stdout.trim() !== '')
                return resolve(null);
            const code = error?.code;
            if (code === 'ENOENT')
                return resolve('the docker CLI is not installed');
            if (error?.killed)
                return resolve(`docker info did not answer within ${timeoutMs / 1000}s`);
            const line = `${stderr}`.split('\n').find((l) => l.trim() !== '') ?? error?.message ?? 'no server version';
            resolve(line.trim().slice(0, 200));
        });
    });
}


/***/ }),

/***/ 3341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   si: () => (/* binding */ ProgressTracker)
/* harmony export */ });
/* unused harmony export formatDuration */
/** 870 -> "0.9s", 14200 -> "14.2s", 190000 -> "3m10s", 3720000 -> "1h02m". */
function formatDuration(ms) {
    const s = Math.max(0, ms) / 1000;
    if (s < 60)
        return `${s.toFixed(1)}s`;
    const total = Math.round(s);
    if (total < 3600)
        return `${Math.floor(total / 60)}m${String(total % 60).padStart(2, '0')}s`;
    return `${Math.floor(total / 3600)}h${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}m`;
}
function statusLabel(r) {
    if (r.status === 'passed')
        return 'PASS';
    if (r.status === 'failed')
        return 'FAIL';
    return r.error_class === 'skipped' ? 'SKIP' : 'ERROR';
}
/**
 * One line per finished trial, e.g.
 * `[12/40] PASS obs-go-ratelimit-burst #1  14.2s  | passed 7/12 (58%) | ETA 3m10s`.
 * The ETA is the mean time of the trials that ran (skips excluded) times the trials left, over the concurrency.
 */
class ProgressTracker {
    total;
    concurrency;
    done = 0;
    ran = 0;
    passed = 0;
    busyMs = 0;
    constructor(total, concurrency) {
        this.total = total;
        this.concurrency = concurrency;
    }
    /** Records a finished trial and returns its progress line. */
    finish(result, elapsedMs) {
        this.done += 1;
        const label = statusLabel(result);
        if (label !== 'SKIP') {
            this.ran += 1;
            this.busyMs += elapsedMs;
            if (label === 'PASS')
                this.passed += 1;
        }
        const head = `[${this.done}/${this.total}] ${label} ${result.task_id} #${result.attempt}`;
        const why = label === 'SKIP' || label === 'ERROR' ? `  (${reason(result)})` : '';
        const time = label === 'SKIP' ? '' : `  ${formatDuration(elapsedMs)}`;
        const pct = this.ran ? Math.round((100 * this.passed) / this.ran) : 0;
        const left = this.total - this.done;
        const eta = this.ran && left > 0 ? ` | ETA ${formatDuration(((this.busyMs / this.ran) * left) / this.concurrency)}` : '';
        return `${head}${time}${why}  | passed ${this.passed}/${this.ran} (${pct}%)${eta}`;
    }
}
function reason(r) {
    const text = `${r.error_class === 'skipped' ? '' : `${r.error_class}: `}${r.error_message ?? 'no message'}`;
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}


/***/ }),

/***/ 1376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gL: () => (/* binding */ RUNTIME_CHOICES),
/* harmony export */   tn: () => (/* binding */ parseRunConfig)
/* harmony export */ });
/* unused harmony export RunConfigSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(737);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(151);
/* harmony import */ var _agent_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9803);
/* harmony import */ var _runtime_select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5898);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8956);






/** `auto` and every runtime of the registry (runtime/select.ts): a runtime the registry lacks is never offered. */
const RUNTIME_CHOICES = ['auto', ..._runtime_select_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_KINDS */ .n0];
const count = (max) => zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().trim()])
    .transform((v, ctx) => {
    const n = typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from 1 to ${max} (got "${String(v)}")` });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return n;
});
/** A boolean flag: true/false, or the strings an Action input gives. */
const flag = () => (0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['true', 'false']).transform((v) => v === 'true')])).default(false);
/**
 * What `opsbench run` and the Action's run leg take, after parsing. Raw values are strings (flags, inputs)
 * or already-typed values; defaults are the CLI's.
 */
const RunConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    tasks: (0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)('a task directory')).default('tasks'),
    // The agent and its fields: the one agent configuration schema (agent/registry.ts, agent/agent-options.ts).
    ..._agent_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .AgentOptionsSchema */ .Jz.shape,
    attempts: (0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(count(1000)).default(1),
    concurrency: (0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(count(256)).default(2),
    runtime: (0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(RUNTIME_CHOICES, { error: (i) => `must be one of ${RUNTIME_CHOICES.join(', ')} (got "${String(i.input)}")` })).default('auto'),
    /**
     * Accepts running the model or command agent on the local runtime, i.e. on this machine where it can read
     * the harness's environment and files (see runtime/select.ts assertRuntimeSafeFor). Only with runtime "local".
     */
    unsafeLocal: flag(),
    shard: (0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().transform((v, ctx) => {
        try {
            return (0,_shard_js__WEBPACK_IMPORTED_MODULE_4__/* .parseShard */ .uK)(v);
        }
        catch {
            ctx.addIssue({ code: 'custom', message: `must look like I/N with 1 <= I <= N, e.g. 2/4 (got "${v}")` });
            return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
        }
    })),
    out: (0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)('a directory')).default('.opsbench/out'),
    cacheDir: (0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_agent_agent_options_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)('a directory')),
    verbose: flag()
})
    .superRefine((cfg, ctx) => {
    if (cfg.unsafeLocal && cfg.runtime !== 'local') {
        ctx.addIssue({ code: 'custom', path: ['unsafeLocal'], message: 'only goes with {runtime} local (it accepts running the agent on this machine)' });
    }
    (0,_agent_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAgentOptions */ ._l)(cfg, ctx);
});
/**
 * Parses raw values into a RunConfig.
 * @throws UserInputError with one "{field}: problem" per bad value (front ends name the fields).
 */
function parseRunConfig(raw) {
    const parsed = RunConfigSchema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const lines = parsed.error.issues.map((issue) => {
        const field = issue.path[0];
        return `${typeof field === 'string' ? `{${field}}` : 'options'}: ${issue.message}`;
    });
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserInputError */ .m2([...new Set(lines)].join('; '));
}


/***/ }),

/***/ 8933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ newRunId),
  P: () => (/* binding */ runSchedule)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/report/read-results.js
var read_results = __webpack_require__(2676);
// EXTERNAL MODULE: ./lib/report/results-store.js
var results_store = __webpack_require__(2908);
// EXTERNAL MODULE: ./lib/runtime/select.js
var runtime_select = __webpack_require__(5898);
// EXTERNAL MODULE: ./lib/runtime/cleanup.js
var cleanup = __webpack_require__(7540);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/trial/pool.js
/**
 * Runs `worker` over `items` with at most `limit` in flight, in order of `items`. Stops taking new items once
 * `signal` fires (in-flight ones finish: they see the signal themselves). Rejects with the first worker
 * error after the in-flight ones settle; workers that record their own failures should not throw.
 */
async function runPool(items, limit, worker, signal) {
    let next = 0;
    let firstError;
    const lane = async () => {
        while (next < items.length && !signal?.aborted && !firstError) {
            const index = next++;
            try {
                await worker(items[index], index);
            }
            catch (error) {
                firstError ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
    if (firstError)
        throw firstError.error;
}

// EXTERNAL MODULE: ./lib/trial/shard.js
var shard = __webpack_require__(8956);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
// EXTERNAL MODULE: ./lib/frameworks/registry.js + 9 modules
var registry = __webpack_require__(2850);
// EXTERNAL MODULE: ./lib/grade/patch-files.js
var patch_files = __webpack_require__(5387);
;// CONCATENATED MODULE: ./lib/grade/reset-files.js




/**
 * Puts `paths` (repository-relative) back to the base: those the base has are copied from the host
 * repository, the others deleted (a file the test patch creates, or the agent planted under that name).
 * A directory on the way that the agent turned into a symlink or a file is removed first, so nothing is
 * written or deleted outside the workspace through it.
 * @throws PatchApplyError naming the reason
 */
async function resetToBase(env, source, paths) {
    const wanted = [...new Set(paths.map(checkedRelative))];
    if (wanted.length === 0)
        return;
    const stage = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'opsbench-base-'));
    try {
        const files = external_node_path_.join(stage, 'files');
        await (0,promises_.mkdir)(files);
        let restored = 0;
        for (const rel of wanted) {
            const host = await baseFile(source.hostRepo, rel);
            if (host === null)
                continue;
            await (0,promises_.mkdir)(external_node_path_.dirname(external_node_path_.join(files, rel)), { recursive: true });
            await (0,promises_.cp)(host, external_node_path_.join(files, rel), { recursive: true, verbatimSymlinks: true });
            restored++;
        }
        const inEnv = `${source.scratchDir}/base`;
        if (restored > 0)
            await env.copyIn(files, inEnv);
        const dirs = ancestors(wanted);
        const script = [
            'src=$1; n=$2; shift 2',
            'i=0; while [ "$i" -lt "$n" ]; do d=$1; shift; i=$((i + 1))',
            '  if [ -L "$d" ] || { [ -e "$d" ] && [ ! -d "$d" ]; }; then rm -f "$d" || exit 1; fi',
            'done',
            'rm -rf -- "$@" || exit 1',
            'if [ -n "$src" ]; then cp -R "$src/." . || exit 1; fi'
        ].join('\n');
        const done = await env.exec(['sh', '-c', script, 'reset', restored > 0 ? inEnv : '', String(dirs.length), ...dirs, ...wanted], { cwd: env.workdir });
        if (done.exitCode !== 0) {
            throw new errors/* PatchApplyError */.$0(`cannot reset ${wanted.join(', ')} to the base: ${(done.stderr || done.stdout).trim().slice(-2000)}`);
        }
    }
    finally {
        await (0,promises_.rm)(stage, { recursive: true, force: true });
    }
}
/** The host path of `rel` in the base, or null when the base has nothing there (or it lies outside the repository). */
async function baseFile(hostRepo, rel) {
    if (hostRepo === null)
        return null;
    const file = external_node_path_.join(hostRepo, rel);
    try {
        await (0,promises_.lstat)(file);
        // A symlinked directory of the repository pointing elsewhere: git would not have it in the base either.
        const [dir, root] = await Promise.all([(0,promises_.realpath)(external_node_path_.dirname(file)), (0,promises_.realpath)(hostRepo)]);
        return dir === root || dir.startsWith(`${root}${external_node_path_.sep}`) ? file : null;
    }
    catch {
        return null;
    }
}
/** Every parent directory of `paths`, shallowest first. */
function ancestors(paths) {
    const dirs = new Set();
    for (const p of paths) {
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++)
            dirs.add(parts.slice(0, i).join('/'));
    }
    return [...dirs].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}
/** @throws PatchApplyError for a path outside the repository (patchedPaths already refuses them; find never yields them) */
function checkedRelative(p) {
    const normalized = external_node_path_.posix.normalize(p.replace(/^\.\//, ''));
    if (normalized === '.' || normalized === '..' || normalized.startsWith('../') || external_node_path_.posix.isAbsolute(normalized)) {
        throw new errors/* PatchApplyError */.$0(`cannot reset ${p}: not a path inside the repository`);
    }
    return normalized;
}

;// CONCATENATED MODULE: ./lib/grade/reset-package-key.js



async function readJson(read) {
    let text;
    try {
        text = (await read()).toString('utf8');
    }
    catch {
        return null;
    }
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : 'unreadable';
    }
    catch {
        return 'unreadable';
    }
}
/**
 * Puts one key of the workspace's top-level package.json back to the base's (absent in the base: removed).
 * Jest reads its whole configuration from `package.json#jest` when there is no jest.config.*, and a
 * `testResultsProcessor`, `reporters` or `transform` there rewrites results from inside the runner. The rest
 * of the file is the agent's (a fix may add a dependency). A package.json the agent made unreadable, or
 * deleted while the base has one, comes back from the base whole.
 * @returns whether the file was changed
 * @throws GradeError when the file cannot be written
 */
async function resetPackageJsonKey(env, hostRepo, key) {
    const hostFile = hostRepo === null ? null : external_node_path_.join(hostRepo, 'package.json');
    const base = hostFile === null ? null : await readJson(() => (0,promises_.readFile)(hostFile));
    const file = `${env.workdir.replace(/\/+$/, '')}/package.json`;
    const mine = await readJson(() => env.readFile(file));
    if (mine === null && base === null)
        return false;
    let next;
    if (mine === null || mine === 'unreadable') {
        if (hostFile === null || base === null)
            return false;
        next = await (0,promises_.readFile)(hostFile, 'utf8');
    }
    else {
        const wanted = base !== null && base !== 'unreadable' ? base[key] : undefined;
        if (JSON.stringify(mine[key]) === JSON.stringify(wanted))
            return false;
        const { [key]: _dropped, ...rest } = mine;
        next = `${JSON.stringify(wanted === undefined ? rest : { ...rest, [key]: wanted }, null, 2)}\n`;
    }
    // A symlink planted under the name would take the write elsewhere: the name is removed first.
    const removed = await env.exec(['rm', '-rf', '--', file], { cwd: '/' });
    if (removed.exitCode !== 0)
        throw new errors/* GradeError */.GX(`cannot reset ${file}: ${removed.stderr.trim()}`);
    await env.writeFile(file, next);
    return true;
}

;// CONCATENATED MODULE: ./lib/grade/test-tree.js


/**
 * The test tree: every file the grader puts back to the base before the test patch applies, so that no
 * change the agent made there counts (an existing test rewritten to trivial ones, a `tests/__init__.py`
 * that patches the runner, a planted fixture). Made of
 * - files in a directory named like a test directory anywhere in the repository ({@link TEST_DIRS});
 * - files named like tests by the frameworks' conventions ({@link TEST_FILE_GLOBS}), wherever they are;
 * - the directories test.patch touches, whole, when they are test directories by content: every base file
 *   under them is a test file or one test.patch touches (Go's `config/` holds `config.go` next to
 *   `config_test.go`, so only the test files there count, never the code under test);
 * - the harness files a framework names (conftest.py, jest.config.*: each framework's `harnessFiles`, src/frameworks/).
 * Each in the workspace (to be deleted when the base lacks it) or in the base (to be restored).
 */
/** Directory names that hold tests by convention (Java's src/test included). */
const TEST_DIRS = ['tests', 'test', '__tests__', 'testdata'];
const SCRIPT = ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts'];
/** Basename globs (`*` only) of test files by the frameworks' conventions. */
const TEST_FILE_GLOBS = [
    'test_*.py',
    '*_test.py',
    '*_test.go',
    ...SCRIPT.flatMap((e) => [`*.test.${e}`, `*.spec.${e}`]),
    '*Test.java',
    '*Tests.java',
    '*_test.cc',
    '*_test.cpp',
    'test_*.cc',
    'test_*.cpp'
];
/** Dependency trees a workspace may hold: their files are the toolchain's, not the project's. */
const PRUNED = ['.git', 'node_modules', '.venv', 'venv', 'site-packages'];
function globRegex(glob) {
    return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
const FILE_PATTERNS = TEST_FILE_GLOBS.map(globRegex);
/** Whether a repository-relative file path is in the test tree by convention alone. */
function isConventionalTestPath(rel, harnessFiles = []) {
    const parts = rel.split('/');
    const base = parts[parts.length - 1] ?? '';
    if (parts.slice(0, -1).some((d) => TEST_DIRS.includes(d)))
        return true;
    return harnessFiles.includes(base) || FILE_PATTERNS.some((re) => re.test(base));
}
/**
 * The directories of `patched` (test.patch's paths) reset whole: not the repository root, and every base
 * file under them is a conventional test file or patched.
 */
function wholeTestDirs(patched, baseFiles) {
    const touched = new Set(patched.map((p) => external_node_path_.posix.dirname(p)).filter((d) => d !== '.'));
    const patchedSet = new Set(patched);
    return [...touched].filter((dir) => baseFiles.filter((f) => f.startsWith(`${dir}/`)).every((f) => patchedSet.has(f) || isConventionalTestPath(f))).sort();
}
/**
 * Every path of the test tree (repository-relative, sorted), present in `env`'s workdir or in the base.
 * One `find` in the environment; the base is read on the host.
 */
async function testTreePaths(env, hostRepo, patched, harnessFiles) {
    const baseFiles = hostRepo === null ? [] : await listHostFiles(hostRepo);
    const dirs = wholeTestDirs(patched, baseFiles);
    const inDirs = (rel) => dirs.some((d) => rel.startsWith(`${d}/`));
    const or = (tests) => tests.flatMap((t, i) => [...(i > 0 ? ['-o'] : []), ...t]);
    const found = await env.exec([
        'find', '.',
        '(', ...or(PRUNED.map((n) => ['-name', n])), ')', '-prune', '-o',
        '(', '-type', 'f', '-o', '-type', 'l', ')',
        '(', ...or([
            ...TEST_DIRS.map((d) => ['-path', `*/${d}/*`]),
            ...[...TEST_FILE_GLOBS, ...harnessFiles].map((g) => ['-name', g]),
            ...dirs.map((d) => ['-path', `./${d}/*`])
        ]), ')',
        '-print0'
    ], { cwd: env.workdir });
    const present = found.stdout.split('\0').filter((p) => p !== '').map((p) => p.replace(/^\.\//, ''));
    const inBase = baseFiles.filter((f) => inDirs(f) || isConventionalTestPath(f, harnessFiles));
    return [...new Set([...present, ...inBase, ...patched])].sort();
}
/** Files and symlinks of the base repository on the host, outside {@link PRUNED}. */
async function listHostFiles(root, rel = '') {
    const out = [];
    for (const entry of await (0,promises_.readdir)(external_node_path_.join(root, rel), { withFileTypes: true })) {
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
            if (!PRUNED.includes(entry.name))
                out.push(...(await listHostFiles(root, child)));
        }
        else if (entry.isFile() || entry.isSymbolicLink())
            out.push(child);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/grade/prepare-tests.js






/**
 * Puts the grader's tests in place once the agent has stopped, and returns the variables the test
 * command needs.
 *
 * - Observability (test.patch): the whole test tree (test-tree.ts: test directories and files by the
 *   frameworks' conventions, the directories the patch touches, the files the runner reads to rewrite its
 *   own results such as conftest.py, jest configs, package.json#jest) goes back to the base,
 *   copied from the task's repository on the host (new ones deleted; reset-files.ts says why not git),
 *   then the patch is applied from a copy outside the workspace, the repository's git configuration taken
 *   over by the harness first. The agent's edits to those files, or its deletions, do not survive.
 * - Integration (tests/): the suite is copied into `<scratchDir>/tests`, outside the workspace, and the
 *   command gets its path as TEST_DIR (Terminal-Bench's convention): the agent never saw it.
 *
 * @throws PatchApplyError when a file cannot be reset or the test patch does not apply (git's reason);
 *   GradeError when the workspace's git repository cannot be taken over
 */
async function prepareTests(env, task, scratchDir) {
    await prepareTestTree(env, task, scratchDir);
    return placeTests(env, task, scratchDir);
}
/**
 * The observability half of {@link prepareTests}: the test tree back to the base and test.patch applied in
 * `env`'s workdir (nothing to do without a test patch). It may run on a host copy of the agent's files
 * before they go into the grading container (Environment.graderEnvironment's `prepareFiles`).
 */
async function prepareTestTree(env, task, scratchDir) {
    const testPatch = task.hidden.testPatch;
    if (testPatch === null)
        return;
    const adapter = registry/* frameworks */.Ij[task.tests.framework];
    const hostRepo = task.environment.repo;
    const patched = await (0,patch_files/* readPatchPaths */.B9)(testPatch, 'test.patch');
    await resetToBase(env, { hostRepo, scratchDir }, await testTreePaths(env, hostRepo, patched, adapter.harnessFiles));
    if (adapter.packageJsonKey)
        await resetPackageJsonKey(env, hostRepo, adapter.packageJsonKey);
    await (0,patch_files/* applyPatchFile */.Ln)(env, testPatch, 'test.patch');
}
/** The integration half of {@link prepareTests}: tests/ copied to `<scratchDir>/tests`, its path as TEST_DIR. */
async function placeTests(env, task, scratchDir) {
    const testsDir = task.hidden.testsDir;
    if (testsDir === null)
        return {};
    const dest = `${scratchDir}/tests`;
    await env.copyIn(testsDir, dest);
    const runTests = task.hidden.runTests;
    if (runTests !== null && external_node_path_.relative(testsDir, runTests).startsWith('..')) {
        await env.copyIn(runTests, `${dest}/${external_node_path_.basename(runTests)}`);
    }
    return { TEST_DIR: dest };
}

// EXTERNAL MODULE: ./lib/runtime/process-exec.js
var process_exec = __webpack_require__(6479);
// EXTERNAL MODULE: ./lib/core/trial-paths.js
var trial_paths = __webpack_require__(2774);
// EXTERNAL MODULE: ./lib/frameworks/command.js
var command = __webpack_require__(4256);
;// CONCATENATED MODULE: ./lib/grade/merge-duplicates.js
/** Worst first: a test that failed once in a run failed, whatever its other runs did. */
const SEVERITY = { passed: 0, skipped: 1, error: 2, failed: 3 };
/**
 * One result per id, keeping the worst status when an id occurs more than once (`go test -count=2`,
 * pytest `--keep-duplicates`, two jest tests with the same title, one Surefire class in two executions).
 * Order is that of each id's first occurrence; `duplicates` says which ids were merged, for the log.
 */
function mergeDuplicates(tests) {
    const byId = new Map();
    const counts = new Map();
    for (const t of tests) {
        counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
        const seen = byId.get(t.id);
        if (!seen || SEVERITY[t.status] > SEVERITY[seen.status])
            byId.set(t.id, { id: t.id, status: t.status });
    }
    const duplicates = [];
    for (const [id, count] of counts) {
        if (count > 1)
            duplicates.push({ id, count, kept: byId.get(id).status });
    }
    return { tests: [...byId.values()], duplicates };
}

;// CONCATENATED MODULE: ./lib/grade/run-suite.js









/**
 * Runs the task's test command once with the framework's structured report switched on and parses the
 * report per test id. The console output is kept for people, never read for the verdict.
 * @throws the signal's reason when `signal` fires (the caller's deadline or cancel, not a verdict)
 */
async function runSuite(env, task, opts) {
    const adapter = registry/* frameworks */.Ij[task.tests.framework];
    const reportDir = `${opts.scratchDir}/report`;
    const command = adapter.rewrite(task.tests.command, reportDir);
    const reportFile = adapter.reportFile?.(reportDir);
    const mark = `opsbench-report-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    // One exec: the report directory made and stale reports removed (their output dropped) before the suite,
    // the report printed after it.
    const result = await env.exec(`${suitePrelude(reportDir, adapter.cleanup)}${command}${reportFile ? reportEpilogue(reportFile, mark) : ''}`, {
        cwd: env.workdir,
        timeoutSec: task.timeouts.testSec,
        env: opts.env,
        signal: opts.signal
    });
    opts.signal?.throwIfAborted();
    const printed = reportFile !== undefined && !result.truncated ? takePrintedReport(result.stdout, mark) : null;
    const stdout = printed ? printed.before : result.stdout;
    const files = printed && reportFile !== undefined ? [{ path: reportFile, text: printed.text }] : await adapter.collect(env, reportDir);
    const notes = [];
    const parsed = [];
    let unreadable;
    for (const file of files) {
        try {
            parsed.push(...adapter.parse(file.text, env.workdir));
        }
        catch (error) {
            // A report cut off by the timeout kill is expected; otherwise an unreadable report means no verdict.
            const why = `${file.path}: ${errors/* OpsBenchError */.bc.isInstance(error) ? error.message : String(error)}`;
            if (!result.timedOut)
                unreadable ??= why;
            notes.push(`unreadable report ${why}`);
        }
    }
    const testDir = opts.env?.TEST_DIR;
    const { tests, duplicates } = mergeDuplicates(testDir ? parsed.map((t) => ({ ...t, id: stableId(t.id, testDir) })) : parsed);
    for (const d of duplicates)
        notes.push(`test id "${d.id}" reported ${d.count} times; kept the worst status (${d.kept})`);
    let problem;
    if (files.length === 0)
        problem = `no ${task.tests.framework} report was written (expected under ${reportDir})`;
    else if (unreadable !== undefined)
        problem = `the report is unreadable: ${unreadable}`;
    else if (tests.length === 0)
        problem = 'the report holds no tests';
    const output = `${stdout}${result.stderr ? `\n${result.stderr}` : ''}${(0,process_exec/* cutNote */.nA)(result)}`;
    const run = {
        ran: problem === undefined,
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        tests,
        output,
        durationMs: result.durationMs,
        ...(problem === undefined ? {} : { problem }),
        notes
    };
    if (opts.artifactsDir)
        await saveArtifacts(opts.artifactsDir, command, run, files);
    return run;
}
/** Shell lines run before the test command in the same exec; exit 125 when the report directory cannot be made. */
function suitePrelude(reportDir, cleanup) {
    return `mkdir -p -- ${(0,command/* shellQuote */.ZL)(reportDir)} || exit 125\n${cleanup ? `( ${cleanup} ) >/dev/null 2>&1\n` : ''}`;
}
/**
 * Shell lines run after the test command in the same exec: the report file, when there is one, printed
 * under a line `<mark> <its size in bytes>`, and the command's own exit status kept. A command that exits
 * by itself, or is killed at the timeout, prints nothing, and the report is read from the file.
 */
function reportEpilogue(file, mark) {
    const q = (0,command/* shellQuote */.ZL)(file);
    return `\n__opsbench_status=$?\nif [ -f ${q} ]; then printf '\\n%s %s\\n' '${mark}' "$(wc -c < ${q})"; cat -- ${q}; fi\nexit $__opsbench_status\n`;
}
/**
 * The report the exec printed after the suite ({@link reportEpilogue}) and the output before it: the FIRST
 * `<mark> <size>` line followed by exactly that many bytes to the end. A section the suite's code printed
 * while it ran is followed by the real one, so its size does not hold. Null when none holds (the report is
 * then read from the file).
 */
function takePrintedReport(stdout, mark) {
    const header = `\n${mark} `;
    for (let at = stdout.indexOf(header); at >= 0; at = stdout.indexOf(header, at + 1)) {
        const eol = stdout.indexOf('\n', at + header.length);
        if (eol < 0)
            return null;
        const size = stdout.slice(at + header.length, eol).trim();
        const text = stdout.slice(eol + 1);
        if (/^\d+$/.test(size) && Buffer.byteLength(text) === Number(size))
            return { before: stdout.slice(0, at), text };
    }
    return null;
}
/**
 * Test ids without the random grading directory: a runner that reports paths relative to some root above
 * TEST_DIR (pytest's rootdir is the common ancestor of the test dir and the cwd) would otherwise give
 * every trial different ids, e.g. `tmp/opsbench-grade.Ab12/tests/test_x.py::test_y`.
 */
function stableId(id, testDir) {
    const marker = `${external_node_path_.posix.basename(external_node_path_.posix.dirname(testDir))}/${external_node_path_.posix.basename(testDir)}/`;
    const at = id.indexOf(marker);
    return at < 0 ? id : id.slice(at + marker.length);
}
/** test-output.txt (the command, its exit and output), the raw report files and tests.json under `dir`. */
async function saveArtifacts(dir, command, run, files) {
    await (0,promises_.mkdir)(external_node_path_.join(dir, trial_paths/* GRADE_FILES */.kp.reportDir), { recursive: true });
    const header = `$ ${command}\n# exit ${run.exitCode}${run.timedOut ? ' (killed at the timeout)' : ''}, ${Math.round(run.durationMs)} ms\n`;
    await (0,promises_.writeFile)(external_node_path_.join(dir, trial_paths/* GRADE_FILES */.kp.output), `${header}${run.output}`);
    await Promise.all(files.map((f, i) => (0,promises_.writeFile)(external_node_path_.join(dir, trial_paths/* GRADE_FILES */.kp.reportDir, `${files.length > 1 ? `${i}-` : ''}${external_node_path_.posix.basename(f.path)}`), f.text)));
    const summary = { ran: run.ran, problem: run.problem ?? null, exitCode: run.exitCode, timedOut: run.timedOut, notes: run.notes, tests: run.tests };
    await (0,promises_.writeFile)(external_node_path_.join(dir, trial_paths/* GRADE_FILES */.kp.tests), `${JSON.stringify(summary, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./lib/grade/scratch-dir.js


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
        throw new errors/* GradeError */.GX(`cannot make a ${purpose} directory (mktemp exit ${made.exitCode}): ${made.stderr.trim()}`);
    }
    const workdir = env.workdir.replace(/\/+$/, '');
    if (dir === workdir || dir.startsWith(`${workdir}/`)) {
        throw new errors/* GradeError */.GX(`mktemp made ${dir} inside the workspace ${workdir}; set TMPDIR outside it`);
    }
    return dir;
}
/**
 * A directory name for a container no agent ever ran in (the docker runtime's fresh grading container):
 * chosen here at random under /tmp, made by the suite's own exec (run-suite.ts), so it costs no call.
 * @throws GradeError when it would lie inside the workspace
 */
function freshScratchPath(env, purpose) {
    const dir = `/tmp/opsbench-${purpose}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    const workdir = env.workdir.replace(/\/+$/, '');
    if (dir.startsWith(`${workdir}/`))
        throw new errors/* GradeError */.GX(`the grading directory ${dir} would lie inside the workspace ${workdir}`);
    return dir;
}

// EXTERNAL MODULE: ./lib/grade/solution.js
var solution = __webpack_require__(3884);
;// CONCATENATED MODULE: ./lib/grade/compute-f2p.js









const CacheSchema = schemas/* object */.Ikc({
    taskId: schemas/* string */.YjP(),
    hash: schemas/* string */.YjP(),
    failToPass: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
    passToPass: schemas/* array */.YOg(schemas/* string */.YjP())
});
/**
 * FAIL_TO_PASS and PASS_TO_PASS for a task. Lists given in task.yaml are returned as they are; a task
 * without a test patch (integration) gets empty lists (its whole suite is graded). Otherwise the suite runs
 * twice in fresh environments (at once when the host has the cores), on base + test.patch and on base +
 * solution + test.patch, exactly as the grader runs it: FAIL_TO_PASS = passing after and not passing before (failed, errored, skipped or
 * absent), PASS_TO_PASS = passing both times. Cached by task content hash.
 * @throws GradeError when the suite does not run with the solution applied, or FAIL_TO_PASS comes out
 *   empty (the solution fixes nothing the tests check: the task is broken); PatchApplyError when a patch
 *   does not apply; the runtime's errors when an environment cannot start.
 */
async function resolveTestLists(task, opts) {
    if (task.tests.failToPass.length > 0)
        return { failToPass: task.tests.failToPass, passToPass: task.tests.passToPass, cached: false };
    if (task.hidden.testPatch === null)
        return { failToPass: [], passToPass: task.tests.passToPass, cached: false };
    const cacheFile = external_node_path_.join(opts.cacheDir, 'f2p', `${task.hash}.json`);
    const cached = await readCache(cacheFile, task);
    if (cached)
        return { ...cached, cached: true };
    // The two environments are independent: both run at once where the machine has the cores for them.
    const [before, after] = await bothOrSequential(() => runInFreshEnv(task, opts, 'before', false), () => runInFreshEnv(task, opts, 'after', true), opts.parallel ?? external_node_os_.availableParallelism() >= 4);
    if (!after.ran || after.timedOut) {
        const why = after.timedOut ? `timed out after ${task.timeouts.testSec}s` : after.problem;
        // The command's own words ("No module named pytest", "go: command not found") say what is missing.
        const said = after.output.trim().split('\n').slice(-10).join('\n');
        throw new errors/* GradeError */.GX(`${task.id}: the suite did not run with the solution applied: ${why} (exit ${after.exitCode})${said ? `; the test command printed:\n${said}` : ''}`);
    }
    if (!before.ran)
        opts.log(`${task.id}: the suite did not run on base + test.patch (${before.problem}); every test passing with the solution counts as FAIL_TO_PASS`);
    const beforeStatus = new Map(before.tests.map((t) => [t.id, t.status]));
    const passedAfter = after.tests.filter((t) => t.status === 'passed').map((t) => t.id);
    const failToPass = passedAfter.filter((id) => beforeStatus.get(id) !== 'passed');
    const passToPass = passedAfter.filter((id) => beforeStatus.get(id) === 'passed');
    const broke = before.tests.filter((t) => t.status === 'passed' && !passedAfter.includes(t.id)).map((t) => t.id);
    if (broke.length > 0)
        opts.log(`${task.id}: passing on base but not with the solution (left out of both lists): ${broke.join(', ')}`);
    if (failToPass.length === 0) {
        throw new errors/* GradeError */.GX(`${task.id}: no test goes from failing to passing with the solution applied; the task's test.patch or solution is broken`);
    }
    await writeCache(cacheFile, { taskId: task.id, hash: task.hash, failToPass, passToPass });
    return { failToPass, passToPass, cached: false };
}
async function runInFreshEnv(task, opts, label, withSolution) {
    const env = opts.runtime.create(task, {
        trialId: `f2p-${task.id}-${label}`,
        runId: opts.runId,
        scratchDir: opts.scratchDir,
        log: opts.log
    });
    try {
        await env.up({ signal: opts.signal });
        if (withSolution)
            await (0,solution/* applySolution */.u)(env, task, { signal: opts.signal });
        const scratchDir = await makeScratchDir(env, 'grade');
        const testEnv = await prepareTests(env, task, scratchDir);
        const artifactsDir = external_node_path_.join(opts.cacheDir, 'f2p', `${task.hash}.${label}`);
        const run = await runSuite(env, task, { scratchDir, env: testEnv, artifactsDir, signal: opts.signal });
        opts.log(`${task.id}: ${label}: ${run.tests.length} tests, exit ${run.exitCode}, ${Math.round(run.durationMs)} ms`);
        return run;
    }
    finally {
        await env.down();
    }
}
/** Both results; in parallel, the first failure is thrown once both have settled (each tears its environment down). */
async function bothOrSequential(a, b, parallel) {
    if (!parallel)
        return [await a(), await b()];
    const [x, y] = await Promise.allSettled([a(), b()]);
    if (x.status === 'rejected')
        throw x.reason;
    if (y.status === 'rejected')
        throw y.reason;
    return [x.value, y.value];
}
async function readCache(file, task) {
    try {
        const parsed = CacheSchema.safeParse(JSON.parse(await (0,promises_.readFile)(file, 'utf8')));
        if (!parsed.success || parsed.data.hash !== task.hash)
            return null;
        return { failToPass: parsed.data.failToPass, passToPass: parsed.data.passToPass };
    }
    catch {
        return null;
    }
}
/** Written to a temp name and renamed, so concurrent runs never read half a file. */
async function writeCache(file, data) {
    await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await (0,promises_.writeFile)(tmp, `${JSON.stringify(data, null, 2)}\n`);
    await (0,promises_.rename)(tmp, file);
}

;// CONCATENATED MODULE: ./lib/trial/prepare-task.js

/** Tasks whose lists this process computed (not given in task.yaml, not from the cache). */
const computed = new WeakSet();
/** Whether `task` (as a preparer returned it) had its test lists computed: the wait is the trial's `f2p_p2p` phase. */
function listsComputed(task) {
    return computed.has(task);
}
/**
 * When task.yaml leaves fail_to_pass empty, computes both lists from the golden patch (grade/compute-f2p.ts,
 * cached by content hash) once per task, before its first trial. A task that lists its tests is used as is.
 * @throws what resolveTestLists throws (OpsBenchError with an error_class); the scheduler records it per trial.
 */
function createTestListResolver(opts) {
    return async (task, signal) => {
        if (task.tests.failToPass.length > 0)
            return task;
        const lists = await resolveTestLists(task, {
            runtime: opts.runtime,
            cacheDir: opts.cacheDir,
            scratchDir: opts.scratchDir,
            runId: opts.runId,
            log: opts.log ?? (() => { }),
            signal
        });
        opts.log?.(`${task.id}: FAIL_TO_PASS ${lists.failToPass.length}, PASS_TO_PASS ${lists.passToPass.length}${lists.cached ? ' (cached)' : ''}`);
        const prepared = { ...task, tests: { ...task.tests, failToPass: lists.failToPass, passToPass: lists.passToPass } };
        if (!lists.cached && task.hidden.testPatch !== null)
            computed.add(prepared);
        return prepared;
    };
}

// EXTERNAL MODULE: ./lib/trial/progress.js
var trial_progress = __webpack_require__(3341);
// EXTERNAL MODULE: ./lib/core/proc-stat.js
var proc_stat = __webpack_require__(4390);
;// CONCATENATED MODULE: ./lib/trial/run-marker.js






/** `<out>/.opsbench-runs/<run id>.json`: written when a run starts in an out dir, removed when it ends. */
const RUN_MARKERS_DIR = '.opsbench-runs';
const MarkerSchema = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP(),
    pid: schemas/* number */.aig().int(),
    host: schemas/* string */.YjP(),
    started_at: schemas/* string */.YjP(),
    /** The process's start time in clock ticks (/proc/<pid>/stat field 22), so a reused pid is not taken for the run. */
    proc_start: schemas/* string */.YjP().optional()
});
/**
 * Marks `outDir` as used by run `runId` of this process, first naming every run whose marker is still
 * there but whose process is gone: a run killed -9 never removed its marker, and left what `cleanupHint`
 * (the front end's words, e.g. the CLI's `opsbench cleanup <id>`) removes; each is said once, then its
 * marker removed. A run still alive on this host is refused: two runs appending to one results.jsonl would
 * lose lines when one compacts it. A marker of another host (an out dir on shared storage) cannot be
 * checked: it is named as possibly still running, and kept.
 * @throws UserInputError naming the live run, its pid and the out dir
 */
async function markRun(outDir, runId, log, cleanupHint) {
    const dir = external_node_path_.join(outDir, RUN_MARKERS_DIR);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const host = external_node_os_.hostname();
    for (const name of (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.json')).sort()) {
        const file = external_node_path_.join(dir, name);
        const marker = await readMarker(file);
        if (marker === null || marker.run_id === runId)
            continue;
        const which = `run ${marker.run_id} (pid ${marker.pid}${marker.host === host ? '' : ` on ${marker.host}`}, started ${marker.started_at})`;
        if (marker.host !== host) {
            log(`${which} may still be writing to ${outDir}: its host's processes cannot be checked from here; if it has ended, remove ${file}`);
            continue;
        }
        if (alive(marker)) {
            throw new errors/* UserInputError */.m2(`out dir ${outDir}: ${which} is writing there now; wait for it to end or use another out dir (if pid ${marker.pid} is not an opsbench run, remove ${file})`);
        }
        const hint = cleanupHint?.(marker.run_id);
        log(`stale ${which} did not finish in ${outDir}${hint ? `; ${hint}` : ''}`);
        await (0,promises_.rm)(file, { force: true });
    }
    const own = external_node_path_.join(dir, `${runId}.json`);
    const mine = { run_id: runId, pid: process.pid, host, started_at: new Date().toISOString(), ...procStart(process.pid) };
    await (0,promises_.writeFile)(own, `${JSON.stringify(mine)}\n`);
    return {
        async release() {
            await (0,promises_.rm)(own, { force: true });
            await (0,promises_.rmdir)(dir).catch(() => { }); // another run's marker is still there
        }
    };
}
/** A marker that cannot be read is not ours to judge (another writer mid-write, a stray file): skipped. */
async function readMarker(file) {
    try {
        const parsed = MarkerSchema.safeParse(JSON.parse(await (0,promises_.readFile)(file, 'utf8')));
        return parsed.success ? parsed.data : null;
    }
    catch {
        return null;
    }
}
function alive(marker) {
    try {
        process.kill(marker.pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    const now = procStart(marker.pid).proc_start;
    return marker.proc_start === undefined || now === undefined || now === marker.proc_start;
}
function procStart(pid) {
    const stat = (0,proc_stat/* procStat */.j)(pid);
    return stat ? { proc_start: stat.startTime } : {};
}

// EXTERNAL MODULE: ./lib/core/retry.js
var core_retry = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/agent/model/mask.js
var model_mask = __webpack_require__(1767);
;// CONCATENATED MODULE: ./lib/trial/mask-artifacts.js


/**
 * Runs the masker over every file under a trial's artifact directory (the diff, service logs, test output
 * and reports, trajectories): whatever the agent wrote where the harness later copies it from, a key it was
 * handed included, is masked once, in one place, whichever module wrote the file. A file holding a NUL byte
 * (one byte the agent printed to a service log makes one) is masked too, read as latin1: each byte is one
 * character and back, so the rest of it is written back unchanged (a secret with non-ASCII characters is
 * masked in text files only).
 */
async function maskArtifacts(dir, mask) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const file = external_node_path_.join(entry.parentPath, entry.name);
        const buf = await (0,promises_.readFile)(file);
        const encoding = buf.includes(0) ? 'latin1' : 'utf8';
        const text = buf.toString(encoding);
        const masked = mask(text);
        if (masked !== text)
            await (0,promises_.writeFile)(file, masked, encoding);
    }
}

;// CONCATENATED MODULE: ./lib/grade/flags.js


/**
 * Suspicious changes: what the agent changed OUTSIDE the test tree (the test tree goes back to the base
 * before grading, test-tree.ts) that reaches into the test runner. Such a change is recorded on the
 * TrialResult as `flags` (short codes) and shown in the report: a flag never changes the verdict, which
 * stays the tests'; it tells a human where to look. Detection reads the agent's diff only (the added lines
 * and the paths), so it is cheap and runs whatever the runtime. Each framework's own rules are in its file
 * (`flagRules`, src/frameworks/); only the rules common to all are here.
 */
/**
 * Every framework's: writing or rewriting the report a runner leaves (JUnit XML, a results file) from the
 * project's code, or printing one under the mark the suite's exec prints its report with (grade/run-suite.ts).
 */
const COMMON_RULES = [
    { code: 'report-file', path: /./, added: /<testsuites?\b|<testcase\b|--junit-?xml|junit_family|JUNIT_OUTPUT|surefire-reports|TEST-[\w.*-]*\.xml|opsbench-report/i }
];
/** The files of a `git diff` patch with their added lines (binary parts and headers are not lines). */
function patchFiles(diff) {
    const files = [];
    let current;
    let inHunk = false;
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ')) {
            const at = line.lastIndexOf(' b/');
            current = { path: at < 0 ? line.slice(11) : line.slice(at + 3), added: [] };
            files.push(current);
            inHunk = false;
        }
        else if (!current) {
            continue;
        }
        else if (line.startsWith('@@')) {
            inHunk = true;
        }
        else if (!inHunk && line.startsWith('+++ ') && line !== '+++ /dev/null') {
            current.path = unquote(line.slice(4)).replace(/^b\//, '');
        }
        else if (inHunk && line.startsWith('+')) {
            current.added.push(line.slice(1));
        }
        else if (line.startsWith('GIT binary patch')) {
            inHunk = false;
        }
    }
    return files;
}
/** git quotes a path with unusual bytes: "a\tb" -> a<TAB>b (octal escapes left as they are). */
function unquote(p) {
    if (!p.startsWith('"') || !p.endsWith('"'))
        return p;
    return p.slice(1, -1).replace(/\\(["\\tn])/g, (_, c) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
}
/**
 * The flag codes of an agent's patch for a task of `framework` (sorted, each once): the rules of the
 * framework and the common ones, over files outside the test tree (conventional test paths and the
 * framework's harness files, which the grader resets anyway).
 */
function detectFlags(diff, framework) {
    const { flagRules = [], harnessFiles: harness } = registry/* frameworks */.Ij[framework];
    const rules = [...flagRules, ...COMMON_RULES];
    const found = new Set();
    for (const file of patchFiles(diff)) {
        if (isConventionalTestPath(file.path, harness))
            continue;
        for (const rule of rules) {
            if (found.has(rule.code) || !rule.path.test(file.path))
                continue;
            const { added } = rule;
            if (added === undefined || file.added.some((l) => added.test(l)))
                found.add(rule.code);
        }
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./lib/trial/deadline.js
/**
 * Runs `fn` and adds its wall time to `durations[key]`, in `finally` so a phase that throws is timed too.
 * Adds rather than sets: agent setup and agent run both count as `agent`.
 */
async function timed(durations, key, fn) {
    const start = performance.now();
    try {
        return await fn();
    }
    finally {
        durations[key] += performance.now() - start;
    }
}
/**
 * Runs `fn(signal)` where `signal` fires at the deadline or on cancel (AbortSignal.any, as Harbor's
 * asyncio.wait_for), then says which happened. A cancel wins over a timeout: a cancelled run is not
 * a verdict on anything.
 */
async function withDeadline(fn, opts) {
    const timeout = AbortSignal.timeout(Math.max(1, opts.timeoutMs));
    const signal = opts.parent ? AbortSignal.any([opts.parent, timeout]) : timeout;
    let settled = false;
    let value;
    let error;
    let failed = false;
    const run = (async () => fn(signal))().then((v) => {
        settled = true;
        value = v;
    }, (e) => {
        settled = true;
        failed = true;
        error = e;
    });
    let graceTimer;
    let onAbort;
    const abandoned = new Promise((resolve) => {
        onAbort = () => {
            graceTimer = setTimeout(resolve, opts.graceMs);
        };
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        await Promise.race([run, abandoned]);
    }
    finally {
        clearTimeout(graceTimer);
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
    if (opts.parent?.aborted)
        return { kind: 'cancelled' };
    if (timeout.aborted)
        return failed ? { kind: 'timeout', settled, error } : { kind: 'timeout', settled, value };
    return failed ? { kind: 'failed', error } : { kind: 'done', value: value };
}

// EXTERNAL MODULE: ./lib/trial/trial-result-builder.js
var trial_result_builder = __webpack_require__(7298);
// EXTERNAL MODULE: ./lib/task/apex-conventions.js
var apex_conventions = __webpack_require__(6616);
;// CONCATENATED MODULE: ./lib/grade/apex-stdout.js
/**
 * APEX-SWE's verdict from a test script's stdout, as integration/src/harness/evaluator.py's
 * `_parse_test_output` reads it, in its order:
 * 1. inside a block opened by a line containing "results starts here" (any case; "SWEBench results starts
 *    here" too) and closed by "results ends here", the first line that is exactly PASSED or FAILED;
 * 2. else, from the last line up: a line with "N failed" (N > 0) fails; a line with "N passed" (N > 0) and
 *    "in X.Ys" passes; a line like "=== FAILED ===" fails;
 * 3. else no verdict (APEX grades that `error`).
 * @returns true (passed), false (failed) or null (no verdict)
 */
function apexStdoutVerdict(stdout) {
    if (!stdout)
        return null;
    const lines = stdout.split('\n');
    let inBlock = false;
    for (const line of lines) {
        const t = line.trim();
        if (t.toLowerCase().includes('results starts here')) {
            inBlock = true;
            continue;
        }
        if (t.toLowerCase().includes('results ends here'))
            break;
        if (inBlock && t === 'PASSED')
            return true;
        if (inBlock && t === 'FAILED')
            return false;
    }
    for (const line of [...lines].reverse()) {
        const t = line.trim();
        const failed = /(\d+)\s+failed/.exec(t);
        if (failed && Number(failed[1]) > 0)
            return false;
        const passed = /(\d+)\s+passed/.exec(t);
        if (passed && /in\s+[\d.]+s/.test(t) && Number(passed[1]) > 0)
            return true;
        if (/^=+\s*FAILED\s*=+/.test(t))
            return false;
    }
    return null;
}
const SUMMARY_LINE = /^(PASSED|FAILED|ERROR|XFAIL|XPASS) (\S+)(?: - .*)?$/;
const STATUS = { PASSED: 'passed', FAILED: 'failed', ERROR: 'error', XFAIL: 'skipped', XPASS: 'passed' };
/**
 * Per-test results from pytest's `-rA` short test summary (`PASSED test_outputs.py::test_upload`,
 * `FAILED test_outputs.py::test_rows - AssertionError: ...`), read only inside the "short test summary
 * info" section (the last one), so a line the code under test printed is not taken for a result.
 * Skips carry no node id there (`SKIPPED [1] file.py:12: reason`) and are left out.
 */
function pytestSummaryResults(stdout) {
    const out = [];
    let inSummary = false;
    for (const line of stdout.split('\n')) {
        const t = line.trimEnd();
        if (/^=+ short test summary info =+$/.test(t)) {
            // The real summary is pytest's last section: a copy printed earlier by the code under test is dropped.
            out.length = 0;
            inSummary = true;
            continue;
        }
        if (!inSummary)
            continue;
        if (/^=+ .* =+$/.test(t)) {
            inSummary = false;
            continue;
        }
        const m = SUMMARY_LINE.exec(t);
        if (m?.[1] && m[2])
            out.push({ id: m[2], status: STATUS[m[1]] ?? 'error' });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/grade/verdict.js
const MAX_NAMED = 5;
/**
 * An `error` verdict. The totals are the task's, as for an environment error (trial-result-builder.ts's
 * baseResult), so a report adding up tests counts an errored trial's tests as not passed, not as absent.
 */
function errorOutcome(errorClass, message, details = {}) {
    return {
        status: 'error',
        errorClass,
        message,
        failToPass: { passed: 0, total: details.totals?.failToPass ?? 0 },
        passToPass: { passed: 0, total: details.totals?.passToPass ?? 0 },
        correctness: 0,
        tests: details.tests ?? [],
        testCommandMs: details.testCommandMs ?? 0
    };
}
function lastLines(text, n = 15) {
    return text.trimEnd().split('\n').slice(-n).join('\n');
}
/**
 * The verdict from the parsed report alone (SWE-bench grading.py style, defensive):
 * - no report or no tests in it: error ("suite did not run"), unless the command timed out;
 * - timed out: failed, whatever was reported (tests it did not report count as failed);
 * - non-zero exit with no failed or erroring test in the report: error (something outside the tests broke);
 * - otherwise passed iff every FAIL_TO_PASS and PASS_TO_PASS test is `passed` in the report: a skipped
 *   test, or one missing from the report, is not.
 * Printed "PASSED" lines in the console change nothing: the console is never read.
 */
function decideVerdict(input) {
    const { run } = input;
    const f2p = input.wholeSuite ? run.tests.map((t) => t.id) : input.failToPass;
    const p2p = input.wholeSuite ? [] : input.passToPass;
    const details = { totals: { failToPass: f2p.length, passToPass: p2p.length }, tests: run.tests, testCommandMs: run.durationMs };
    if (!run.ran && !run.timedOut) {
        return { ...errorOutcome('grade', `suite did not run: ${run.problem ?? 'no tests reported'} (exit ${run.exitCode})\n${lastLines(run.output)}`, details), noVerdict: true };
    }
    const status = new Map(run.tests.map((t) => [t.id, t.status]));
    const failing = [...f2p, ...p2p].filter((id) => status.get(id) !== 'passed');
    const f2pPassed = f2p.filter((id) => status.get(id) === 'passed').length;
    const p2pPassed = p2p.filter((id) => status.get(id) === 'passed').length;
    const total = f2p.length + p2p.length;
    const counts = {
        failToPass: { passed: f2pPassed, total: f2p.length },
        passToPass: { passed: p2pPassed, total: p2p.length },
        correctness: total === 0 ? 0 : (f2pPassed + p2pPassed) / total,
        tests: run.tests,
        testCommandMs: run.durationMs
    };
    if (run.timedOut) {
        return { status: 'failed', errorClass: null, message: `test command timed out after ${input.testSec}s; tests it did not report count as failed`, ...counts };
    }
    const reportedFailure = run.tests.some((t) => t.status === 'failed' || t.status === 'error');
    if (run.exitCode !== 0 && !reportedFailure) {
        return { ...errorOutcome('grade', `test command exited ${run.exitCode} but its report shows no failing test\n${lastLines(run.output)}`, details), noVerdict: true };
    }
    if (total === 0) {
        return { status: 'failed', errorClass: null, message: 'no tests to check: FAIL_TO_PASS and PASS_TO_PASS are empty', ...counts };
    }
    if (failing.length === 0)
        return { status: 'passed', errorClass: null, message: null, ...counts };
    const named = failing.slice(0, MAX_NAMED).map((id) => `${id} (${status.get(id) ?? 'not reported'})`);
    const more = failing.length > MAX_NAMED ? ` and ${failing.length - MAX_NAMED} more` : '';
    return {
        status: 'failed',
        errorClass: null,
        message: `FAIL_TO_PASS ${f2pPassed}/${f2p.length}, PASS_TO_PASS ${p2pPassed}/${p2p.length} passed; not passing: ${named.join(', ')}${more}`,
        ...counts
    };
}

;// CONCATENATED MODULE: ./lib/grade/apex-grade.js








/**
 * Grades an APEX-SWE integration task as APEX grades it (integration/src/harness/evaluator.py), with
 * OpsBench's guarantees kept:
 * - where: the environment's grader (Docker: a container started now, from the client's own image, inside
 *   the client's network namespace, so the suite reaches the client's 127.0.0.1 services and runs with its
 *   packages, holding a copy of the client's /app, and seeing none of the agent's processes);
 * - what: tests/ copied to /tests and the test script(s) to /tests/<name> only now, then
 *   `cd /tests && TEST_DIR=/tests bash /tests/<script>` (task.tests.command, apex.ts);
 * - verdict: pytest's own JUnit report when the scripts' pytest wrote one (PYTEST_ADDOPTS asks every
 *   pytest run for it and for the -rA summary, without changing the scripts), else the stdout rules of
 *   apex-stdout.ts; a run with neither is `error` with the tail of its output.
 */
async function gradeApexIntegration(ctx) {
    const { task, env } = ctx;
    try {
        const where = env.graderEnvironment ? await env.graderEnvironment({ signal: ctx.signal }) : env;
        await putTestsInPlace(where, task);
        const reportDir = await makeScratchDir(where, 'apex-report');
        const report = `${reportDir}/report.xml`;
        const result = await where.exec(['bash', '-c', task.tests.command], {
            cwd: apex_conventions/* APEX_TEST_DIR */.s0,
            timeoutSec: task.timeouts.testSec,
            env: { TEST_DIR: apex_conventions/* APEX_TEST_DIR */.s0, PYTEST_ADDOPTS: `-rA --junitxml=${report} -o junit_family=xunit1` },
            signal: ctx.signal
        });
        ctx.signal?.throwIfAborted();
        const files = await registry/* frameworks */.Ij.pytest.collect(where, reportDir);
        const outcome = apexVerdict(result.stdout, files.map((f) => f.text), result);
        const run = {
            ran: outcome.status !== 'error',
            exitCode: result.exitCode,
            timedOut: result.timedOut,
            tests: outcome.tests,
            output: `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`,
            durationMs: result.durationMs,
            notes: outcome.message ? [outcome.message] : []
        };
        await saveArtifacts(ctx.artifactsDir, task.tests.command, run, files);
        return outcome;
    }
    catch (error) {
        ctx.signal?.throwIfAborted();
        if (errors/* OpsBenchError */.bc.isInstance(error) && (error.errorClass === 'patch' || error.errorClass === 'grade'))
            return errorOutcome(error.errorClass, error.message);
        throw error;
    }
}
/**
 * evaluator.py's copy: the test script to /tests/<name>, every file of tests/ to /tests/<path in tests/>.
 * /tests is emptied first: nothing the agent could have left there survives.
 */
async function putTestsInPlace(env, task) {
    await env.exec(['sh', '-c', `rm -rf ${apex_conventions/* APEX_TEST_DIR */.s0} && mkdir -p ${apex_conventions/* APEX_TEST_DIR */.s0}`], { cwd: '/' });
    if (task.hidden.testsDir !== null)
        await env.copyIn(task.hidden.testsDir, apex_conventions/* APEX_TEST_DIR */.s0);
    for (const script of task.apex?.testScripts ?? []) {
        const inTests = task.hidden.testsDir !== null && !external_node_path_.relative(task.hidden.testsDir, script).startsWith('..');
        if (!inTests)
            await env.copyIn(script, `${apex_conventions/* APEX_TEST_DIR */.s0}/${external_node_path_.basename(script)}`);
    }
}
/**
 * The verdict, first rule that applies:
 * 1. a JUnit report with tests: passed iff every test passed, and the script's own stdout verdict (if any)
 *    is not FAILED;
 * 2. APEX's stdout verdict, with per-test ids from the -rA summary; a FAILED or ERROR line there fails the
 *    trial even under a PASSED block (stricter than APEX: the block can be printed by the code under test,
 *    the summary is pytest's own);
 * 3. the command timed out: failed (OpsBench's rule: the agent's code hung);
 * 4. otherwise `error`, with the tail of the output.
 */
function apexVerdict(stdout, reports, result) {
    const fromReport = [];
    for (const text of reports) {
        try {
            fromReport.push(...registry/* frameworks */.Ij.pytest.parse(text, apex_conventions/* APEX_TEST_DIR */.s0));
        }
        catch {
            // A report cut off by a timeout kill: the stdout rules decide.
        }
    }
    const stdoutVerdict = apexStdoutVerdict(stdout);
    const summary = pytestSummaryResults(stdout);
    const ms = result.durationMs;
    if (fromReport.length > 0) {
        const bad = fromReport.filter((t) => t.status !== 'passed' && t.status !== 'skipped');
        const pass = bad.length === 0 && stdoutVerdict !== false && !result.timedOut;
        const why = bad.length > 0 ? `${bad.length} test(s) did not pass: ${bad.slice(0, 5).map((t) => t.id).join(', ')}` : result.timedOut ? 'the test script timed out' : stdoutVerdict === false ? 'the test script printed FAILED' : null;
        return counted(pass, fromReport, why, ms);
    }
    if (stdoutVerdict !== null) {
        const bad = summary.filter((t) => t.status === 'failed' || t.status === 'error');
        const pass = stdoutVerdict && bad.length === 0;
        const why = pass ? null : bad.length > 0 ? `${bad.length} test(s) did not pass: ${bad.slice(0, 5).map((t) => t.id).join(', ')}` : 'the test output says FAILED';
        return counted(pass, summary, why, ms);
    }
    const tail = `${stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    if (result.timedOut)
        return counted(false, summary, 'the test script timed out before printing a verdict', ms);
    const noVerdict = `the test script printed no verdict (no pytest report, no "results starts here" block, no pytest summary line; exit ${result.exitCode}):\n${tail}`;
    return { ...errorOutcome('grade', noVerdict, { tests: summary, testCommandMs: ms }), noVerdict: true };
}
function counted(pass, tests, why, ms) {
    const passed = tests.filter((t) => t.status === 'passed').length;
    return {
        status: pass ? 'passed' : 'failed',
        errorClass: null,
        message: why,
        failToPass: { passed, total: tests.length },
        passToPass: { passed: 0, total: 0 },
        correctness: tests.length > 0 ? passed / tests.length : pass ? 1 : 0,
        tests,
        testCommandMs: ms
    };
}

// EXTERNAL MODULE: ./lib/task/apex-layers.js
var apex_layers = __webpack_require__(724);
;// CONCATENATED MODULE: ./lib/grade/layers.js





/** A layer's entries with @F2P / @P2P replaced by the task's lists, in order. */
function expandLayer(layer, lists) {
    return layer.tests.flatMap((id) => (id === apex_layers/* LAYER_TOKENS */.Hd.f2p ? lists.failToPass : id === apex_layers/* LAYER_TOKENS */.Hd.p2p ? lists.passToPass : [id]));
}
/** Pure: the layers of one trial from the suite's per-test results and the verifiers' results. */
function evaluateLayers(layers, lists, suite, verifiers) {
    const byId = new Map(suite.map((t) => [t.id, t.status]));
    const statusOf = (id) => byId.get(id) ?? suite.find((t) => (0,apex_layers/* sameTest */.tx)(t.id, id))?.status;
    return layers.map((layer) => {
        const tests = expandLayer(layer, lists).map((id) => {
            if ((0,apex_layers/* isVerifier */.DA)(id))
                return verifiers.get(id) ?? { id, status: 'error', message: 'the verifier did not run' };
            const status = statusOf(id);
            return status === undefined ? { id, status: 'error', message: 'no result recorded for this test' } : { id, status };
        });
        return { name: layer.name, threshold: layer.threshold, passed: tests.every((t) => t.status === 'passed'), tests };
    });
}
/**
 * A verifier's result from its output (APEX's task-authoring rule: PASSED or FAILED as the last non-empty
 * stdout line, which is authoritative over the exit code). Neither: `error`; a timeout without a verdict:
 * `failed`, as a suite that hangs.
 */
function verifierVerdict(id, run) {
    const last = run.stdout.split('\n').map((l) => l.trim()).filter(Boolean).at(-1) ?? '';
    if (last === 'PASSED')
        return run.exitCode === 0 ? { id, status: 'passed' } : { id, status: 'passed', message: `printed PASSED but exited ${run.exitCode} (the PASSED line decides, as in APEX-SWE)` };
    if (last === 'FAILED')
        return { id, status: 'failed' };
    if (run.timedOut)
        return { id, status: 'failed', message: 'timed out before printing PASSED or FAILED' };
    return { id, status: 'error', message: `the last line of its output is neither PASSED nor FAILED (exit ${run.exitCode})` };
}
/**
 * Runs the task's verifiers in `where` (the grading container, after the agent stopped: the agent never sees
 * them): the task's tests/ copied into a fresh scratch dir, the trajectory beside it, each script run as
 * `bash <dir>/tests/.../x.sh` from that dir with TEST_DIR=<dir>/tests. A script that cannot be run at all is
 * `error`; infrastructure failures propagate.
 */
async function runVerifiers(where, task, ids, opts) {
    const out = new Map();
    if (ids.length === 0)
        return out;
    const dir = await makeScratchDir(where, 'layers');
    await where.copyIn(external_node_path_.join(task.dir, 'tests'), `${dir}/tests`);
    if (opts.trajectory && (await exists(opts.trajectory)))
        await where.copyIn(opts.trajectory, `${dir}/trajectory.jsonl`);
    const logs = external_node_path_.join(opts.artifactsDir, trial_paths/* GRADE_FILES */.kp.verifiers);
    await (0,promises_.mkdir)(logs, { recursive: true });
    for (const id of ids) {
        opts.signal?.throwIfAborted();
        const run = await where.exec(['bash', `${dir}/${id}`], { cwd: dir, env: { TEST_DIR: `${dir}/tests` }, timeoutSec: opts.timeoutSec, signal: opts.signal });
        out.set(id, verifierVerdict(id, run));
        await (0,promises_.writeFile)(external_node_path_.join(logs, `${id.replace(/[/\\]/g, '__')}.log`), `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}\n`);
    }
    return out;
}
/** The task's layers for one trial: verifiers run in `where`, then every layer evaluated. Empty when the task has none. */
async function gradeLayers(where, task, suite, opts) {
    const layers = task.apex?.layers ?? [];
    if (layers.length === 0)
        return [];
    const lists = { failToPass: task.tests.failToPass, passToPass: task.tests.passToPass };
    const ids = [...new Set(layers.flatMap((l) => expandLayer(l, lists)).filter(apex_layers/* isVerifier */.DA))];
    const verifiers = await runVerifiers(where, task, ids, opts);
    return evaluateLayers(layers, lists, suite, verifiers);
}
async function exists(file) {
    return (0,promises_.access)(file).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./lib/grade/process-checks.js

/**
 * APEX-SWE's process verification (observability/eval_runner/inspect_scorer.py,
 * evaluate_process_from_messages): did the agent's conversation show it used the services the task names?
 * APEX joins the text of every message (prompts, replies, tool calls and their results), lowercases it, and
 * counts a check passed when the service's name occurs in it and, if the check has a `pattern`, that regex
 * (lowercased) matches too. The result goes into the score's metadata and never changes the score; OpsBench
 * records it in results.jsonl beside the verdict likewise.
 */
/** Pure: the checks against a transcript, with APEX's totals. */
function evaluateProcessChecks(checks, transcript) {
    const text = transcript.toLowerCase();
    const results = checks.map((check) => {
        const service = check.service.toLowerCase();
        let passed = text.includes(service);
        if (passed && check.pattern)
            passed = new RegExp(check.pattern.toLowerCase()).test(text);
        return { service, description: check.description ?? `Agent interacted with ${service}`, required: check.required ?? true, passed };
    });
    const required = results.filter((r) => r.required);
    const requiredPassed = required.filter((r) => r.passed).length;
    return {
        checks: results,
        total: results.length,
        passed: results.filter((r) => r.passed).length,
        required_passed: requiredPassed,
        required_total: required.length,
        all_required_passed: requiredPassed === required.length
    };
}
/**
 * The text of a trajectory.jsonl as APEX's serialisation of the messages has it: every string of every
 * record at any depth (the model agent's prompt, replies, tool inputs and outputs; a command agent's JSON
 * event lines), space-joined. Lines that are not JSON count as their text.
 */
function trajectoryText(jsonl) {
    const parts = [];
    const walk = (v) => {
        if (typeof v === 'string')
            parts.push(v);
        else if (Array.isArray(v))
            v.forEach(walk);
        else if (v !== null && typeof v === 'object')
            Object.values(v).forEach(walk);
    };
    for (const line of jsonl.split('\n')) {
        if (line.trim() === '')
            continue;
        try {
            walk(JSON.parse(line));
        }
        catch {
            parts.push(line);
        }
    }
    return parts.join(' ');
}
/** The task's process checks against the agent's trajectory file (absent or unreadable: an empty conversation). */
async function verifyProcess(checks, trajectory) {
    const jsonl = trajectory === undefined ? '' : await (0,promises_.readFile)(trajectory, 'utf8').catch(() => '');
    return evaluateProcessChecks(checks, trajectoryText(jsonl));
}

;// CONCATENATED MODULE: ./lib/grade/grade-trial.js








/**
 * Grades the workspace the agent left: tests put in place (prepare-tests.ts), the suite run once with the
 * framework's structured report (run-suite.ts), the verdict taken from that report alone (verdict.ts).
 *
 * The task must arrive with FAIL_TO_PASS filled in (the trial resolves empty lists with
 * compute-f2p.ts's resolveTestLists first); an integration task without lists is graded on its whole suite.
 * A test patch that does not apply is `error`/patch; a suite that did not run is `error`/grade; a
 * test command that timed out is `failed` (error_class null: the agent's code hung, and it is not retried).
 *
 * @throws the signal's reason when ctx.signal fires; RuntimeUnavailableError and other infrastructure
 *   errors propagate for the trial to classify and retry
 */
const gradeTrial = async (ctx) => withProcessChecks(ctx, await withLayers(ctx, await gradeSuite(ctx)));
/** APEX's process_checks, when the task has them: recorded beside the verdict, as APEX's scorer does. */
async function withProcessChecks(ctx, outcome) {
    const checks = ctx.task.apex?.processChecks ?? [];
    if (checks.length === 0)
        return outcome;
    const processVerification = await verifyProcess(checks, ctx.trajectory);
    ctx.log?.(`process checks: ${processVerification.passed}/${processVerification.total} (required ${processVerification.required_passed}/${processVerification.required_total})`);
    return { ...outcome, processVerification };
}
async function gradeSuite(ctx) {
    const { task, env } = ctx;
    if (task.layout === 'apex-integration')
        return gradeApexIntegration(ctx);
    const wholeSuite = task.family === 'integration' && task.tests.failToPass.length === 0 && task.tests.passToPass.length === 0;
    const totals = { failToPass: task.tests.failToPass.length, passToPass: task.tests.passToPass.length };
    if (!wholeSuite && task.tests.failToPass.length === 0) {
        return errorOutcome('grade', `${task.id}: FAIL_TO_PASS is empty; resolve the test lists (grade/compute-f2p.ts) before grading`, { totals });
    }
    try {
        // Suites run where the runtime says (docker: a container the agent never touched, its files carried in).
        // Where the runtime fills the grader from a copy of the agent's files (docker observability), the test
        // tree is prepared on that copy before it goes in: no engine call per reset, copy or git command.
        let preparedFiles = false;
        const prepareFiles = async (files) => {
            await prepareTestTree(files, task, await makeScratchDir(files, 'grade'));
            preparedFiles = true;
        };
        const where = env.graderEnvironment ? await env.graderEnvironment({ signal: ctx.signal, prepareFiles }) : env;
        // A fresh container holding nothing but the prepared files needs no mktemp: the suite's exec makes the name.
        const fresh = preparedFiles && task.hidden.testsDir === null;
        const scratchDir = fresh ? freshScratchPath(where, 'grade') : await makeScratchDir(where, 'grade');
        const testEnv = preparedFiles ? await placeTests(where, task, scratchDir) : await prepareTests(where, task, scratchDir);
        const run = await runSuite(where, task, { scratchDir, env: testEnv, artifactsDir: ctx.artifactsDir, signal: ctx.signal });
        for (const note of run.notes ?? [])
            ctx.log?.(`grade: ${note}`);
        return decideVerdict({
            failToPass: task.tests.failToPass,
            passToPass: task.tests.passToPass,
            wholeSuite,
            run,
            testSec: task.timeouts.testSec
        });
    }
    catch (error) {
        ctx.signal?.throwIfAborted();
        // The agent destroyed what would be graded: its failure, not the harness's (never retried).
        if (errors/* OpsBenchError */.bc.isInstance(error) && error.name === 'WorkspaceUnusableError') {
            return { ...errorOutcome('grade', error.message, { totals }), status: 'failed', errorClass: null };
        }
        if (errors/* OpsBenchError */.bc.isInstance(error) && (error.errorClass === 'patch' || error.errorClass === 'grade')) {
            return errorOutcome(error.errorClass, error.message, { totals });
        }
        throw error;
    }
}
/**
 * APEX's test_layers.json, when the task has one (layers.ts): graded after the suite, in the same grading
 * environment, from the suite's per-test results and the verifiers. The trial's verdict stays the suite's;
 * the layers are recorded beside it. A layer grading that cannot run (its scratch dir, a copy) leaves the
 * layers out with a log line rather than changing the verdict.
 */
async function withLayers(ctx, outcome) {
    const { task, env } = ctx;
    if (!task.apex?.layers.length)
        return outcome;
    try {
        const where = env.graderEnvironment ? await env.graderEnvironment({ signal: ctx.signal }) : env;
        const layers = await gradeLayers(where, task, outcome.tests, {
            artifactsDir: ctx.artifactsDir,
            trajectory: ctx.trajectory,
            timeoutSec: Math.min(task.timeouts.testSec, 300),
            signal: ctx.signal
        });
        for (const l of layers)
            ctx.log?.(`layer ${l.name}: ${l.passed ? 'passed' : 'not passed'} (${l.tests.filter((t) => t.status === 'passed').length}/${l.tests.length})`);
        return { ...outcome, layers };
    }
    catch (error) {
        ctx.signal?.throwIfAborted();
        if (errors/* OpsBenchError */.bc.isInstance(error) && (error.errorClass === 'grade' || error.name === 'WorkspaceUnusableError')) {
            ctx.log?.(`layers not graded: ${error.message}`);
            return outcome;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./lib/trial/trial-phases.js






const DEFAULT_TRIAL_LIMITS = { gradeMarginSec: 120, graceMs: 10_000, teardownMs: 120_000 };
/** Compose project names and workspace dirs: lowercase, [a-z0-9_-], unique per try. */
function trialId(spec, tryNo) {
    const raw = `${spec.runId}-${spec.task.id}-${spec.agent.name}-${spec.attempt}${tryNo > 1 ? `-r${tryNo}` : ''}`;
    return raw.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
}
function createEnvironment(spec, tryNo, log) {
    try {
        return spec.runtime.create(spec.task, {
            trialId: trialId(spec, tryNo),
            runId: spec.runId,
            scratchDir: spec.scratchDir,
            artifactsDir: spec.artifactsDir,
            log
        });
    }
    catch (error) {
        // create() validates the task's environment definition: retrying cannot fix a bad definition.
        if (errors/* OpsBenchError */.bc.isInstance(error))
            throw error;
        throw new errors/* EnvironmentStartError */.ch(`cannot create the environment: ${messageOf(error)}`, 'env_start', false, error);
    }
}
async function startEnvironment(env, spec, limits) {
    const buildSec = spec.task.timeouts.buildSec;
    const up = await withDeadline((signal) => env.up({ signal, gradeAfter: true }), {
        parent: spec.signal,
        timeoutMs: buildSec * 1000,
        graceMs: limits.graceMs
    });
    if (up.kind === 'cancelled')
        throw new errors/* CancelledError */.cc();
    if (up.kind === 'timeout') {
        throw new errors/* EnvironmentStartTimeoutError */.lu(`environment did not start within build_sec (${buildSec}s)`, up.error);
    }
    if (up.kind === 'failed') {
        if (errors/* OpsBenchError */.bc.isInstance(up.error))
            throw up.error;
        throw new errors/* EnvironmentStartError */.ch(`environment start failed: ${messageOf(up.error)}`, 'env_start', true, up.error);
    }
}
async function setupAgent(agent, ctx, spec, limits) {
    if (!agent.setup)
        return;
    const buildSec = spec.task.timeouts.buildSec;
    const setup = await withDeadline((signal) => agent.setup({ ...ctx, signal }), {
        parent: spec.signal,
        timeoutMs: buildSec * 1000,
        graceMs: limits.graceMs
    });
    if (setup.kind === 'cancelled')
        throw new errors/* CancelledError */.cc();
    if (setup.kind === 'timeout')
        throw new errors/* AgentSetupTimeoutError */.sH(`agent setup did not finish within build_sec (${buildSec}s)`);
    if (setup.kind === 'failed') {
        if (errors/* OpsBenchError */.bc.isInstance(setup.error))
            throw setup.error;
        throw new errors/* AgentSetupError */.D_(`agent setup failed: ${messageOf(setup.error)}`, setup.error);
    }
}
const NO_WORK = {
    stopReason: 'crashed',
    episodes: 0,
    tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    costUsd: 0
};
/** The agent's outcome, with `crash` set when it threw a plain error (its workspace is still graded). */
async function runAgent(agent, ctx, spec, limits) {
    const agentSec = spec.task.timeouts.agentSec;
    const run = await withDeadline((signal) => agent.run({ ...ctx, signal }), {
        parent: spec.signal,
        timeoutMs: agentSec * 1000,
        graceMs: limits.graceMs
    });
    switch (run.kind) {
        case 'cancelled':
            throw new errors/* CancelledError */.cc();
        case 'timeout':
            ctx.log(`agent timed out after agent_sec (${agentSec}s)${run.settled ? '' : '; abandoned it after the grace period'}`);
            return { outcome: { ...(run.value ?? NO_WORK), stopReason: 'agent_timeout' } };
        case 'failed':
            if (errors/* OpsBenchError */.bc.isInstance(run.error))
                throw run.error;
            ctx.log(`agent crashed: ${messageOf(run.error)}`);
            return { outcome: NO_WORK, crash: messageOf(run.error) };
        case 'done':
            return { outcome: run.value };
    }
}
/**
 * Observability tasks: ends every process the agent left running (Environment.stopAgentProcesses) before
 * the diff and the grader touch the workspace, so nothing of the agent's undoes the grader's reset of the
 * test files or rewrites them while the suite runs. Integration tasks keep theirs: the grader's suite
 * talks to the service the agent started (it runs in the grader container, away from the workspace).
 * @throws GradeError when the processes cannot be stopped (grading what they may still change would not
 *   be a verdict); RuntimeUnavailableError when the environment is gone
 */
async function stopAgentProcesses(env, task, log) {
    if (task.family !== 'observability' || !env.stopAgentProcesses)
        return;
    try {
        await env.stopAgentProcesses();
    }
    catch (error) {
        if (errors/* OpsBenchError */.bc.isInstance(error))
            throw error;
        throw new errors/* GradeError */.GX(`could not stop the agent's processes before grading: ${messageOf(error)}`, error);
    }
    log("stopped the agent's processes");
}
/** Saves agent.diff; returns its text, or null when there is none. */
async function saveDiff(env, file, log) {
    try {
        const diff = await env.diff();
        await (0,promises_.writeFile)(file, diff);
        return diff;
    }
    catch (error) {
        // The diff is an artifact for people; the grader reads the workspace itself.
        log(`could not save agent.diff: ${messageOf(error)}`);
        return null;
    }
}
async function gradeWorkspace(env, spec, limits, log) {
    const grader = spec.grader ?? gradeTrial;
    const artifactsDir = (0,trial_paths/* pathsUnder */.pR)(spec.artifactsDir).gradeDir;
    await (0,promises_.mkdir)(artifactsDir, { recursive: true });
    const budgetSec = spec.task.timeouts.testSec + limits.gradeMarginSec;
    const graded = await withDeadline((signal) => grader({ task: spec.task, env, artifactsDir, trajectory: (0,trial_paths/* pathsUnder */.pR)(spec.artifactsDir).trajectory, signal, log }), {
        parent: spec.signal,
        timeoutMs: budgetSec * 1000,
        graceMs: limits.graceMs
    });
    if (graded.kind === 'cancelled')
        throw new errors/* CancelledError */.cc();
    if (graded.kind === 'timeout') {
        throw new errors/* GradeTimeoutError */.ZF(`grading did not finish within test_sec + ${limits.gradeMarginSec}s margin (${budgetSec}s)`, graded.error);
    }
    if (graded.kind === 'failed') {
        if (errors/* OpsBenchError */.bc.isInstance(graded.error))
            throw graded.error;
        throw new errors/* GradeError */.GX(`grading failed: ${messageOf(graded.error)}`, graded.error);
    }
    return graded.value;
}
/** Collects service logs and stops the environment. Logs its own failures and never throws (Harbor's rule). */
async function teardown(env, interrupted, dir, limits, log) {
    if (!env)
        return;
    try {
        const logs = await env.logs();
        const { logsDir } = (0,trial_paths/* pathsUnder */.pR)(dir);
        await (0,promises_.mkdir)(logsDir, { recursive: true });
        for (const [name, text] of Object.entries(logs)) {
            await (0,promises_.writeFile)(external_node_path_.join(logsDir, `${name.replace(/[^\w.-]/g, '_')}.log`), text);
        }
    }
    catch (error) {
        log(`could not collect service logs: ${messageOf(error)}`);
    }
    const down = await withDeadline(() => env.down({ interrupted }), { timeoutMs: limits.teardownMs, graceMs: 0 });
    if (down.kind === 'failed')
        log(`teardown failed: ${messageOf(down.error)}`);
    if (down.kind === 'timeout')
        log(`teardown did not finish within ${limits.teardownMs} ms; abandoned`);
}
function asOpsBenchError(error) {
    if (errors/* OpsBenchError */.bc.isInstance(error))
        return error;
    return new errors/* OpsBenchError */.bc(`internal error: ${messageOf(error)}`, { phase: 'agent', errorClass: 'internal', cause: error });
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./lib/trial/run-trial.js











/**
 * Runs one trial (Harbor's trial.py): environment -> agent setup -> agent run -> grade -> teardown, each
 * phase timed and under its own deadline, teardown always. Never throws for the agent's or the
 * environment's failures: they are the returned TrialResult (`error` with an error_class).
 *
 * - An agent timeout (task.timeouts.agentSec) stops the agent and STILL grades: stop_reason agent_timeout.
 * - An agent that throws a plain error is `crashed` and its workspace is STILL graded: what it changed before
 *   crashing may pass, and a crash is the agent's failure, not the harness's. The message is kept in
 *   error_message. An agent that throws an OpsBenchError (provider outage, setup) is `error` with that class.
 * - A retryable OpsBenchError (environment start, daemon, provider past its retries) reruns the whole trial
 *   up to `retry.maxRetries` more times with exponential backoff; a failing test or a timeout never does.
 *
 * @throws CancelledError when `signal` fires: after teardown, with result.json recorded as error/cancelled.
 */
async function runTrial(spec) {
    const policy = spec.retry ?? core_retry/* DEFAULT_RETRY_POLICY */.cO;
    const limits = { ...DEFAULT_TRIAL_LIMITS, ...spec.limits };
    const firstStart = new Date();
    const lines = [];
    // The agent's keys (and anything token-shaped) never reach trial.log, the verbose output or error_message.
    const mask = (0,model_mask/* createMasker */.a)(spec.agent.secrets ?? []);
    const log = (raw) => {
        const line = mask(raw);
        lines.push(`${((Date.now() - firstStart.getTime()) / 1000).toFixed(2)}s ${line}`);
        spec.log?.(`[${spec.task.id} #${spec.attempt}] ${line}`);
    };
    for (let tryNo = 1;; tryNo++) {
        await (0,promises_.rm)(spec.artifactsDir, { recursive: true, force: true });
        await (0,promises_.mkdir)(spec.artifactsDir, { recursive: true });
        const outcome = await runOnce(spec, tryNo, limits, log);
        const result = {
            ...outcome.result,
            started_at: firstStart.toISOString(),
            error_message: outcome.result.error_message == null ? outcome.result.error_message : mask(outcome.result.error_message),
            ...(spec.agentConfig !== undefined && { agent_config: spec.agentConfig })
        };
        const retry = outcome.retryable && !outcome.cancelled && tryNo <= policy.maxRetries;
        if (retry) {
            const delay = Math.round((0,core_retry/* backoffMs */.jo)(policy, tryNo));
            log(`try ${tryNo} failed (${result.error_class}: ${result.error_message}); retrying in ${delay} ms`);
            try {
                await (policy.sleep ?? core_retry/* abortableSleep */.Mf)(delay, spec.signal);
            }
            catch {
                // Cancelled while waiting to retry: fall through and record the cancel.
            }
            if (!spec.signal?.aborted)
                continue;
        }
        const cancelled = outcome.cancelled || spec.signal?.aborted === true;
        const unmasked = cancelled
            ? { ...result, status: 'error', error_class: 'cancelled', error_message: 'cancelled (SIGINT/SIGTERM)' }
            : result;
        // Test names and messages come from the agent's code: masked like every artifact (results.jsonl too).
        const final = JSON.parse(mask(JSON.stringify(unmasked)));
        await maskArtifacts(spec.artifactsDir, mask);
        const paths = (0,trial_paths/* pathsUnder */.pR)(spec.artifactsDir);
        await (0,promises_.writeFile)(paths.result, `${JSON.stringify(final, null, 2)}\n`);
        await (0,promises_.mkdir)(paths.logsDir, { recursive: true });
        await (0,promises_.writeFile)(paths.trialLog, `${lines.join('\n')}\n`);
        if (cancelled)
            throw new errors/* CancelledError */.cc(`trial ${spec.task.id} #${spec.attempt} cancelled`);
        return final;
    }
}
async function runOnce(spec, tryNo, limits, log) {
    const { task, agent } = spec;
    const result = (0,trial_result_builder/* baseResult */.R)(spec, new Date());
    const durations = { env: 0, agent: 0, grade: 0, teardown: 0 };
    let env;
    let failure;
    let cancelled = false;
    try {
        const started = await timed(durations, 'env', async () => {
            env = createEnvironment(spec, tryNo, log);
            await startEnvironment(env, spec, limits);
            return env;
        });
        log(`environment up (${Math.round(durations.env)} ms, try ${tryNo})`);
        const paths = (0,trial_paths/* pathsUnder */.pR)(spec.artifactsDir);
        await (0,promises_.mkdir)(paths.agentDir, { recursive: true });
        const agentCtx = { task, env: started, artifactsDir: paths.agentDir, log };
        await timed(durations, 'agent', () => setupAgent(agent, agentCtx, spec, limits));
        const ran = await timed(durations, 'agent', () => runAgent(agent, agentCtx, spec, limits));
        result.stop_reason = ran.outcome.stopReason;
        result.episodes = ran.outcome.episodes;
        result.tokens = {
            input: ran.outcome.tokens.input,
            output: ran.outcome.tokens.output,
            cache_read: ran.outcome.tokens.cacheRead,
            cache_write: ran.outcome.tokens.cacheWrite
        };
        result.cost_usd = ran.outcome.costUsd;
        log(`agent stopped: ${ran.outcome.stopReason}`);
        if (ran.outcome.error) {
            const { errorClass, message, retryable } = ran.outcome.error;
            throw new errors/* OpsBenchError */.bc(message, { phase: 'agent', errorClass, retryable: retryable ?? false });
        }
        // The diff is taken before grading touches the workspace, and counts as grading time.
        const grade = await timed(durations, 'grade', async () => {
            await stopAgentProcesses(started, task, log);
            const diff = await saveDiff(started, (0,trial_paths/* pathsUnder */.pR)(spec.artifactsDir).diff, log);
            const flags = diff === null ? [] : detectFlags(diff, task.tests.framework);
            if (flags.length > 0) {
                result.flags = flags;
                log(`flagged for review: ${flags.join(', ')}`);
            }
            return gradeWorkspace(started, spec, limits, log);
        });
        // A suite that ran on the agent's tree and gave no verdict (no report, a non-zero exit with no failing test)
        // is what the agent's change did: the engine said the containers were alive. As `error` it would run again
        // on resume, a free re-roll for an agent that deleted its package; it is `failed`, the reason kept.
        const agentsDoing = grade.status === 'error' && grade.noVerdict === true;
        Object.assign(result, {
            status: agentsDoing ? 'failed' : grade.status,
            error_class: agentsDoing ? null : grade.errorClass,
            error_message: [ran.crash && `agent crashed: ${ran.crash}`, grade.message].filter(Boolean).join('; ') || null,
            fail_to_pass: grade.failToPass,
            pass_to_pass: grade.passToPass,
            correctness: grade.correctness,
            tests: grade.tests,
            test_command_ms: Math.round(grade.testCommandMs),
            ...(grade.layers ? { layers: grade.layers } : {}),
            ...(grade.processVerification ? { process_verification: grade.processVerification } : {})
        });
        log(`graded: ${grade.status}${grade.message ? ` (${grade.message})` : ''}`);
    }
    catch (error) {
        if (errors/* OpsBenchError */.bc.isInstance(error) && error.errorClass === 'cancelled')
            cancelled = true;
        else
            failure = asOpsBenchError(error);
    }
    finally {
        await timed(durations, 'teardown', () => teardown(env, cancelled || spec.signal?.aborted === true, spec.artifactsDir, limits, log));
    }
    // Docker: whether this trial built its images or reused them (set even when the stack failed after building).
    const image = env?.imageStatus;
    if (image)
        result.image = image;
    if (failure) {
        result.status = 'error';
        result.error_class = failure.errorClass;
        result.error_message = failure.message;
        log(`error (${failure.name}, ${failure.errorClass}${failure.retryable ? ', retryable' : ''}): ${failure.message}`);
    }
    result.durations_ms = {
        env: Math.round(durations.env),
        agent: Math.round(durations.agent),
        grade: Math.round(durations.grade),
        teardown: Math.round(durations.teardown),
        ...(spec.f2pMs !== undefined && { f2p_p2p: Math.round(spec.f2pMs) })
    };
    result.finished_at = new Date().toISOString();
    return { result, retryable: failure?.retryable === true, cancelled };
}

;// CONCATENATED MODULE: ./lib/trial/scheduler.js


















/** `20250102t030405-a1b2c3`: sortable, unique per `opsbench run`, valid in compose project names. */
function newRunId(now = new Date()) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').toLowerCase();
    return `${stamp}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
}
/**
 * Runs every (task x agent x attempt) trial with at most `concurrency` at once, appending each finished trial
 * to `<outDir>/results.jsonl`.
 *
 * Resume: a trial whose latest line has the same (task_id, attempt, agent, model), the same task_hash,
 * agent_config (the agent's settings: command, model options, base URL, limits) and harness_version, and
 * ended `passed` or `failed` is kept; anything else runs again: `error` trials (skips included:
 * runtime.check is cheap and the runtime may have changed), and results of another task version, agent
 * configuration or harness. The new line supersedes the old one for readers (latest wins).
 * Skips: runtime.check's reason becomes an `error`/`skipped` result, printed as SKIP.
 * Preparation (computing FAIL_TO_PASS) runs once per task; a retryable failure is retried with `retry`'s
 * backoff and, if it still fails, forgotten so the task's next trial tries again.
 * @throws UserInputError when an agent may not run on this runtime (model/command on local without unsafeLocal).
 */
async function runSchedule(opts) {
    for (const agent of opts.agents)
        (0,runtime_select/* assertRuntimeSafeFor */.ny)(agent, { kind: opts.runtime.kind, reason: 'requested', runtime: opts.runtime }, opts.unsafeLocal === true);
    const resultsFile = (0,trial_paths/* resultsFile */.pF)(opts.outDir);
    // Marked first: opening the store may repair (truncate) results.jsonl, which a live run is still writing.
    await (0,results_store/* createResultsDir */.u4)(resultsFile);
    const marker = await markRun(opts.outDir, opts.runId, opts.log, opts.cleanupHint);
    const store = await (0,results_store/* openResultsStore */.q1)(resultsFile, opts.log).catch(async (error) => {
        await marker.release();
        throw error;
    });
    const ownScratch = opts.scratchDir === undefined;
    const scratchDir = opts.scratchDir ?? (0,cleanup/* defaultRunScratchDir */.q)(opts.runId);
    const preparer = opts.prepareTask ??
        createTestListResolver({
            runtime: opts.runtime,
            cacheDir: opts.cacheDir ?? external_node_path_.join(opts.outDir, '..', '.opsbench-cache'),
            scratchDir,
            runId: opts.runId,
            log: opts.verbose
        });
    const policy = opts.retry ?? core_retry/* DEFAULT_RETRY_POLICY */.cO;
    const prepare = memoize((task) => withRetries(() => preparer(task, opts.signal), policy, opts.signal), isRetryable);
    const check = memoize(async (task) => opts.runtime.check(task));
    const previous = new Map((0,read_results/* dedupeResults */.Q$)(store.existing).map((r) => [(0,results_store/* resultKey */.ZH)(r), r]));
    const planned = plan(opts);
    const resumed = [];
    const todo = [];
    for (const item of planned) {
        const prev = previous.get((0,results_store/* resultKey */.ZH)(identityKey(item)));
        if (opts.resume !== false && prev && sameConfiguration(prev, item) && prev.status !== 'error')
            resumed.push(prev);
        else
            todo.push(item);
    }
    if (resumed.length > 0)
        opts.log(`resume: ${resumed.length} finished trials kept from ${resultsFile}, ${todo.length} to run`);
    const progress = new trial_progress/* ProgressTracker */.si(todo.length, opts.concurrency);
    const ran = [];
    let cancelled = false;
    let harnessErrors = 0;
    const single = opts.agents.length === 1;
    try {
        await runPool(todo, opts.concurrency, async (item) => {
            const started = performance.now();
            const id = { runId: opts.runId, task: item.task, agent: item.agent, attempt: item.attempt };
            let result;
            try {
                result = await runOne(item, id, { ...opts, scratchDir, single }, check, prepare);
            }
            catch (error) {
                if (opts.signal?.aborted) {
                    cancelled = true;
                    return;
                }
                // runTrial records the agent's and environment's failures itself; this is the harness failing.
                harnessErrors += 1;
                result = notRun(id, item, 'internal', `harness error: ${messageOf(error)}`);
            }
            await store.append(result);
            ran.push(result);
            opts.log(progress.finish(result, performance.now() - started));
        }, opts.signal);
    }
    finally {
        await store.close();
        if (ownScratch)
            await (0,promises_.rm)(scratchDir, { recursive: true, force: true }).catch(() => { });
        await marker.release();
    }
    cancelled ||= opts.signal?.aborted === true;
    const wanted = new Set(planned.map((item) => (0,results_store/* resultKey */.ZH)(identityKey(item))));
    const results = (0,read_results/* dedupeResults */.Q$)([...resumed, ...ran]).filter((r) => wanted.has((0,results_store/* resultKey */.ZH)(r)));
    return { runId: opts.runId, resultsFile, ran, resumed, results, cancelled, harnessErrors };
}
async function runOne(item, id, opts, check, prepare) {
    let task;
    let f2pMs;
    try {
        const skip = await check(item.task);
        if (skip)
            return notRun(id, item, 'skipped', skip);
        const waitStart = performance.now();
        task = await prepare(item.task);
        if (listsComputed(task))
            f2pMs = performance.now() - waitStart;
    }
    catch (error) {
        if (opts.signal?.aborted)
            throw error;
        const errorClass = errors/* OpsBenchError */.bc.isInstance(error) ? error.errorClass : 'internal';
        return notRun(id, item, errorClass, `preparing the task failed: ${messageOf(error)}`);
    }
    return runTrial({
        ...id,
        task,
        agent: await item.agent.create(),
        agentConfig: item.agent.configHash,
        runtime: opts.runtime,
        artifactsDir: (0,trial_paths/* trialPaths */.Zk)(opts.outDir, task.id, item.attempt, opts.single ? undefined : item.agent.name).root,
        scratchDir: opts.scratchDir,
        grader: opts.grader,
        signal: opts.signal,
        log: opts.verbose,
        retry: opts.retry,
        limits: opts.limits,
        ...(f2pMs !== undefined && { f2pMs })
    });
}
/** Attempt-major order: every task's first attempt before any second one, so an early stop still covers all tasks. */
function plan(opts) {
    const tasks = [...opts.tasks].sort(shard/* byId */.$H);
    const out = [];
    for (let attempt = 1; attempt <= opts.attempts; attempt++) {
        for (const task of tasks)
            for (const agent of opts.agents)
                out.push({ task, agent, attempt });
    }
    return out;
}
/** A trial that never ran (skip, preparation or harness failure), stamped with its agent configuration like any other. */
function notRun(id, item, errorClass, message) {
    return { ...(0,trial_result_builder/* errorResult */.W)(id, errorClass, message), agent_config: item.agent.configHash };
}
/** Whether an earlier result is of this very trial: same task content, agent settings and harness. */
function sameConfiguration(prev, item) {
    return prev.task_hash === item.task.hash && prev.agent_config === item.agent.configHash && prev.harness_version === version/* HARNESS_VERSION */.C;
}
function identityKey(item) {
    return { task_id: item.task.id, attempt: item.attempt, agent: item.agent.name, model: item.agent.model };
}
/**
 * One promise per task: the check and the test-list computation run once, shared by the task's trials. A
 * rejection `forget` accepts (a retryable outage) is dropped from the cache, so the next trial tries again
 * instead of inheriting the failure for the rest of the run.
 */
function memoize(fn, forget = () => false) {
    const cache = new Map();
    return (task) => {
        let hit = cache.get(task.id);
        if (!hit) {
            const made = fn(task);
            made.catch((error) => {
                if (forget(error) && cache.get(task.id) === made)
                    cache.delete(task.id);
            });
            cache.set(task.id, made);
            hit = made;
        }
        return hit;
    };
}
const isRetryable = (error) => errors/* OpsBenchError */.bc.isInstance(error) && error.retryable;
/**
 * Runs `fn`, retrying retryable OpsBenchErrors up to `policy.maxRetries` times with its backoff.
 * @throws the last error, or at once a non-retryable one; the cancel when `signal` fires while waiting.
 */
async function withRetries(fn, policy, signal) {
    const delayFor = (error, n) => (isRetryable(error) ? (0,core_retry/* backoffMs */.jo)(policy, n) : null);
    return (await (0,core_retry/* retryWithBackoff */.ZB)(fn, { maxRetries: policy.maxRetries, delayFor, signal, sleep: policy.sleep })).value;
}


/***/ }),

/***/ 7298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ baseResult),
/* harmony export */   W: () => (/* binding */ errorResult)
/* harmony export */ });
/* harmony import */ var _core_trial_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8669);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8067);


/** A result with every count at zero: `error`/`internal` until the trial fills in what happened. */
function baseResult(id, startedAt) {
    const iso = startedAt.toISOString();
    return {
        schema: _core_trial_result_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULT_SCHEMA_VERSION */ .tS,
        run_id: id.runId,
        task_id: id.task.id,
        family: id.task.family,
        language: id.task.language,
        services: id.task.services,
        agent: id.agent.name,
        model: id.agent.model,
        attempt: id.attempt,
        status: 'error',
        error_class: 'internal',
        error_message: null,
        stop_reason: null,
        fail_to_pass: { passed: 0, total: id.task.tests.failToPass.length },
        pass_to_pass: { passed: 0, total: id.task.tests.passToPass.length },
        correctness: 0,
        tests: [],
        durations_ms: { env: 0, agent: 0, grade: 0, teardown: 0 },
        episodes: 0,
        tokens: { input: 0, output: 0, cache_read: 0, cache_write: 0 },
        cost_usd: 0,
        started_at: iso,
        finished_at: iso,
        harness_version: _core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .HARNESS_VERSION */ .C,
        task_hash: id.task.hash
    };
}
/** A trial that never started (skip, task preparation failure): `error` with its class and reason. */
function errorResult(id, errorClass, message, at = new Date()) {
    return { ...baseResult(id, at), error_class: errorClass, error_message: message };
}


/***/ })

};
