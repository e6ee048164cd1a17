export const id = 625;
export const ids = [625];
export const modules = {

/***/ 4625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupCommand: () => (/* binding */ cleanupCommand)
/* harmony export */ });
/* harmony import */ var _runtime_cleanup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7540);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);


const usage = `Usage: opsbench cleanup RUN_ID

Ends the docker processes a run left running (a "docker build" of a run killed -9 keeps building) and the
processes its local trials left in their directories, then removes every container, network and volume it
left behind (a run killed before it could tear down, or interrupted twice), and its host scratch directory
(/tmp/opsbench/RUN_ID: workspaces, copies, build contexts). RUN_ID is the id "opsbench run" printed
(run <id>: ...), or the one a later run in the same --out named as stale; the Action's post step does the
same for its own run.`;
const cleanupCommand = {
    name: 'cleanup',
    usage,
    async run(args, io) {
        const [runId, ...extra] = args;
        if (!runId || extra.length > 0 || !/^[a-z0-9-]+$/.test(runId)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserInputError */ .m2('give exactly one run id, as "opsbench run" printed it (e.g. 20261121t020916-0d833d)');
        }
        const removed = await (0,_runtime_cleanup_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanupRun */ .w)(runId, { hostEnv: process.env, log: (line) => io.stdout.write(`${line}\n`) });
        io.stdout.write(`cleanup: removed ${removed} resource(s) of run ${runId}\n`);
        return 0;
    }
};


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


/***/ })

};
