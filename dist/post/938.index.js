export const id = 938;
export const ids = [938];
export const modules = {

/***/ 6938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupDockerRun: () => (/* binding */ cleanupDockerRun),
  dockerCleaner: () => (/* binding */ dockerCleaner)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/runtime/docker/cli.js
var docker_cli = __webpack_require__(1915);
// EXTERNAL MODULE: ./lib/runtime/docker/isolation.js
var isolation = __webpack_require__(1617);
// EXTERNAL MODULE: ./lib/runtime/docker/labels.js
var labels = __webpack_require__(826);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/runtime/select.js


/**
 * The runtimes this build has, loaded lazily so a missing or broken one cannot break the others (and a
 * local run never loads Docker code).
 */
const runtimeLoaders = {
    docker: async (host) => new (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(585)]).then(__webpack_require__.bind(__webpack_require__, 9585))).DockerRuntime({ hostEnv: host.hostEnv }),
    local: async (host) => new (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 6153))).LocalRuntime({ hostEnv: host.hostEnv })
};
/** The runtime kinds this build offers (`--runtime` choices besides `auto`), from the loaders above. */
const RUNTIME_KINDS = Object.keys(runtimeLoaders);
/**
 * Resolves `--runtime`. `auto` takes Docker when this build has a Docker runtime and a daemon answers
 * `docker info` within a few seconds, otherwise local; the reason says which and why.
 * @throws UserInputError when an explicitly requested runtime is unavailable (naming the alternative).
 */
async function selectRuntime(choice, opts) {
    const loaders = opts.loaders ?? runtimeLoaders;
    const probe = opts.probeDocker ?? (() => probeDocker());
    const load = async (kind, reason) => {
        const loader = loaders[kind];
        if (!loader)
            throw new UserInputError(`{runtime} ${kind}: this build has no ${kind} runtime; use {runtime} local`);
        return { runtime: await loader(opts), kind, reason };
    };
    if (choice === 'local')
        return load('local', 'requested');
    if (choice === 'docker') {
        if (!loaders.docker)
            return load('docker', 'requested');
        const why = await probe();
        if (why)
            throw new UserInputError(`{runtime} docker: no Docker daemon answered (${why}); start Docker or use {runtime} local`);
        return load('docker', 'requested');
    }
    if (!loaders.docker)
        return load('local', 'this build has no Docker runtime');
    const why = await probe();
    return why ? load('local', `no Docker daemon answered: ${why}`) : load('docker', 'a Docker daemon answered');
}
/**
 * Agents that run code nobody reviewed (a model's tool calls, a team's CLI; AgentEntry.untrusted) run on
 * the runner itself on the local runtime, as children of the harness: the allowlisted environment keeps keys
 * out of their own env, but not out of `/proc/$PPID/environ`, the runner's files or its network.
 * Refuses to run such an agent on the local runtime unless the user accepted it
 * with `--runtime local --unsafe-local`. The oracle and the null agent run only the task's own files and
 * may run anywhere. `selected.reason` "requested" means the user asked for local; anything else is why
 * `auto` fell back to it.
 * @throws UserInputError naming the agent, why Docker is needed, and the flags that accept the risk.
 */
function assertRuntimeSafeFor(agent, selected, unsafeLocal) {
    if (selected.kind !== 'local' || !agent.untrusted || unsafeLocal)
        return;
    const why = selected.reason === 'requested' ? '{runtime} local was asked for without {unsafeLocal}' : selected.reason;
    throw new UserInputError(`{agent} ${agent.name}: the model and command agents run untrusted code: they need the Docker runtime (${why}). ` +
        'On the local runtime they run on this machine as children of the harness and can read its environment ' +
        '(provider keys, GITHUB_TOKEN) and files. To run them on this machine anyway, pass {runtime} local {unsafeLocal}');
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
        (0,external_node_child_process_.execFile)(docker, ['info', '--format', '{{.ServerVersion}}'], { timeout: timeoutMs }, (error, stdout, stderr) => {
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

;// CONCATENATED MODULE: ./lib/runtime/docker/cleanup.js





/**
 * The post step's cleaner: removes every container, network and volume labelled with the run's id, e.g.
 * what a cancelled or crashed job left. Without a daemon there is nothing to clean (and nothing leaked).
 */
function dockerCleaner(options) {
    return async (runId, opts) => {
        const docker = options.docker ?? 'docker';
        const why = await probeDocker(5000, docker);
        if (why !== null) {
            opts.log?.(`docker cleanup: skipped (${why})`);
            return 0;
        }
        const cli = new docker_cli/* DockerCli */.Vo({ env: (0,isolation/* dockerCliEnv */.Yf)(options.hostEnv), cwd: external_node_os_.tmpdir(), docker, log: opts.log });
        const removed = await (0,labels/* removeLabelled */.ux)(cli, labels/* RUN_LABEL */.jQ, runId, { log: opts.log });
        if (removed > 0)
            opts.log?.(`docker cleanup: removed ${removed} container(s)/network(s)/volume(s) labelled ${labels/* RUN_LABEL */.jQ}=${runId}`);
        return removed;
    };
}
const cleanupDockerRun = (runId, opts) => dockerCleaner({ hostEnv: opts.hostEnv })(runId, opts);


/***/ }),

/***/ 1915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ classifyDockerFailure),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   Vo: () => (/* binding */ DockerCli),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6479);


/** The daemon is not there (or not reachable): nothing of this run can work until it is back. */
const DAEMON_DOWN = /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running|docker\.sock: connect: (connection refused|no such file)|docker: command not found/i;
/** Failures that heal by themselves: registry hiccups, rate limits, network blips, a slow daemon. */
const TRANSIENT = /toomanyrequests|429 Too Many Requests|50[234] (Bad Gateway|Service Unavailable|Gateway Time-?out)|TLS handshake timeout|i\/o timeout|context deadline exceeded|connection reset by peer|unexpected EOF|net\/http: request canceled|Temporary failure (in name resolution|resolving)|Could not resolve|no route to host|Failed to fetch|Unable to connect to|Connection timed out|Hash Sum mismatch|ReadTimeoutError|ECONNRESET|ETIMEDOUT/i;
/** What kind of failure a docker call's output shows: the daemon is gone, a transient hiccup, or neither. */
function classifyDockerFailure(output) {
    if (DAEMON_DOWN.test(output))
        return 'daemon';
    return TRANSIENT.test(output) ? 'transient' : null;
}
/**
 * The docker CLI as the runtime calls it: a scrubbed environment, a timeout on every call, output capped,
 * and transient failures (daemon restart, registry 5xx/429, network blips) retried with backoff.
 */
class DockerCli {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    get env() {
        return this.opts.env;
    }
    /** The docker binary, for the one caller that streams a call's output instead of buffering it. */
    get binary() {
        return this.opts.docker ?? 'docker';
    }
    /** One call, its result as data (exit code and output); only the caller decides what a failure means. */
    raw(args, opts) {
        return (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)([this.opts.docker ?? 'docker', ...args], {
            cwd: this.opts.cwd,
            env: opts.env ? { ...this.opts.env, ...opts.env } : this.opts.env,
            timeoutSec: opts.timeoutSec,
            input: opts.input,
            signal: opts.signal,
            maxBytes: opts.maxBytes
        });
    }
    /**
     * A call that must succeed. Compose and image calls are idempotent (`up -d` converges, `down` of a
     * removed project is a no-op), so a transient failure or a call that outran its timeout is simply repeated.
     * @throws the signal's reason when it fires; RuntimeUnavailableError when the daemon does not answer;
     *   EnvironmentStartError (opts.errorClass, retryable when the last failure was transient) otherwise
     */
    async run(args, opts) {
        const retries = opts.retries ?? 2;
        const what = describe(args);
        for (let attempt = 0;; attempt++) {
            const result = await this.raw(args, opts);
            if (opts.signal?.aborted)
                throw opts.signal.reason ?? new Error('aborted');
            if (result.exitCode === 0 && !result.timedOut)
                return result;
            const output = `${result.stderr}\n${result.stdout}`;
            const kind = result.timedOut ? 'transient' : classifyDockerFailure(output);
            const why = result.timedOut ? `did not finish within ${opts.timeoutSec}s` : `failed (exit ${result.exitCode}): ${tail(output)}`;
            if (kind !== null && attempt < retries) {
                const delay = (this.opts.backoffMs ?? 1000) * 2 ** attempt;
                this.opts.log?.(`docker: ${what} ${why.split('\n')[0]}; retrying in ${delay} ms`);
                await sleep(delay, opts.signal);
                continue;
            }
            if (kind === 'daemon')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RuntimeUnavailableError */ .VT(`${what} ${why}`);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentStartError */ .ch(`${what} ${why}`, opts.errorClass ?? 'env_start', kind !== null);
        }
    }
    /** `docker compose --ansi never -p <project> -f <file>... <args>` through {@link run}. */
    compose(project, files, args, opts) {
        return this.run(composeArgs(project, files, args), opts);
    }
    /** {@link compose} without retries or throwing, for calls whose failure is itself the answer. */
    composeRaw(project, files, args, opts) {
        return this.raw(composeArgs(project, files, args), opts);
    }
}
function composeArgs(project, files, args) {
    return ['compose', '--ansi', 'never', '-p', project, ...files.flatMap((f) => ['-f', f]), ...args];
}
/** "docker compose up" / "docker build": the verb, without the project's file paths. */
function describe(args) {
    if (args[0] !== 'compose')
        return `docker ${args[0] ?? ''}`.trim();
    const verb = args.slice(1).find((a, i, all) => !a.startsWith('-') && !['-p', '-f', '--ansi', '--profile'].includes(all[i - 1] ?? ''));
    return `docker compose ${verb ?? ''}`.trim();
}
/** Terminal control sequences compose writes even with --ansi never (e.g. ESC[2K before log lines), and \r. */
function plainText(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r+\n/g, '\n').replace(/\r/g, '\n');
}
/** The last lines of a command's output, for an error message. */
function tail(text, lines = 20, maxChars = 3000) {
    const kept = plainText(text)
        .replace(/DEPRECATED: The legacy builder[^\n]*\n(?:[ \t]+[^\n]*\n?)*/g, '')
        .trim()
        .split('\n')
        .slice(-lines)
        .join('\n');
    return kept.length > maxChars ? `...${kept.slice(-maxChars)}` : kept;
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error('aborted'));
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason ?? new Error('aborted'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 1617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ exposedHidden),
/* harmony export */   Yf: () => (/* binding */ dockerCliEnv),
/* harmony export */   dK: () => (/* binding */ isHidden),
/* harmony export */   v_: () => (/* binding */ hiddenPaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _task_apex_conventions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6616);


/**
 * The only variables of the runner the docker CLI sees. Compose interpolates `${VAR}` in a task's compose
 * file from the CLI's environment, so with the whole of process.env a compose file saying
 * `KEY: ${OPENAI_API_KEY}` would hand the runner's key to the agent. Named one by one: a DOCKER_ prefix
 * would also pass e.g. a DOCKER_PASSWORD a workflow set for `docker login`.
 */
const CLI_VARS = [
    'PATH',
    'HOME',
    'LANG',
    'LC_ALL',
    'TMPDIR',
    // rootless Docker finds its socket under XDG_RUNTIME_DIR
    'XDG_RUNTIME_DIR',
    'DOCKER_HOST',
    'DOCKER_CONTEXT',
    'DOCKER_CONFIG',
    'DOCKER_CERT_PATH',
    'DOCKER_TLS_VERIFY',
    'DOCKER_API_VERSION',
    'DOCKER_BUILDKIT',
    'DOCKER_DEFAULT_PLATFORM',
    'BUILDKIT_PROGRESS',
    // The shipped task Dockerfiles take their base as ${BASE_IMAGE:-debian:bookworm-slim}: a mirror's name, no secret.
    'BASE_IMAGE',
    // PEM text of a TLS-intercepting proxy's CA (compose/README.md): public certificates, no secret.
    'OPSBENCH_EXTRA_CA_CERTS'
];
/**
 * The environment every docker/compose call runs with: the allowlisted variables of `hostEnv`, then
 * `extra` (variables a caller chose on purpose for compose interpolation).
 */
function dockerCliEnv(hostEnv, extra = {}) {
    const env = {};
    for (const name of CLI_VARS) {
        const value = hostEnv[name];
        if (value !== undefined)
            env[name] = value;
    }
    // APEX-SWE's service images are named by registry variables (ECR_REGISTRY, ECR_REPOSITORY, *_IMAGE_TAG):
    // image names, no secrets, and a real APEX task cannot start without them.
    for (const [name, value] of Object.entries(hostEnv))
        if ((0,_task_apex_conventions_js__WEBPACK_IMPORTED_MODULE_1__/* .isApexRegistryVar */ .dF)(name) && value !== undefined)
            env[name] = value;
    env.PATH ??= '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    // No "What's next?" hints or update notices in the output the harness parses.
    env.DOCKER_CLI_HINTS = 'false';
    return { ...env, ...extra };
}
/**
 * Absolute paths of what the agent must never see: tests, test.patch, the solution, run-tests.sh, the rubric,
 * and the task definition itself (task.yaml / APEX's test_metadata.json name the FAIL_TO_PASS tests and
 * the test command).
 */
function hiddenPaths(task) {
    const h = task.hidden;
    const solution = 'patch' in h.solution ? h.solution.patch : h.solution.script;
    const definition = [node_path__WEBPACK_IMPORTED_MODULE_0__.join(task.dir, 'task.yaml'), node_path__WEBPACK_IMPORTED_MODULE_0__.join(task.dir, 'test_metadata.json')];
    return [h.testPatch, h.testsDir, h.runTests, solution, h.rubric, ...(task.apex?.testScripts ?? []), ...definition].filter((p) => p !== null).map((p) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(p));
}
/** True when `p` is one of `hidden` or lies inside one of them. */
function isHidden(p, hidden) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(p);
    return hidden.some((h) => abs === h || abs.startsWith(`${h}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
}
/**
 * The first hidden path a directory would expose (it lies inside `dir`, or `dir` lies inside it), or
 * null. A bind mount or build context for which this is not null would show the agent the grader's files.
 */
function exposedHidden(dir, hidden) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir);
    for (const h of hidden) {
        if (h === abs || h.startsWith(`${abs}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || abs.startsWith(`${h}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || abs === node_path__WEBPACK_IMPORTED_MODULE_0__.parse(abs).root)
            return h;
    }
    return null;
}


/***/ }),

/***/ 826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ TRIAL_LABEL),
/* harmony export */   j1: () => (/* binding */ projectName),
/* harmony export */   jQ: () => (/* binding */ RUN_LABEL),
/* harmony export */   tO: () => (/* binding */ imageName),
/* harmony export */   ux: () => (/* binding */ removeLabelled)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/** On every container, network and volume of a run: what the post step and the signal path clean up by. */
const RUN_LABEL = 'dev.opsbench.run';
/** On every container, network and volume of one trial (the value is the compose project name). */
const TRIAL_LABEL = 'dev.opsbench.trial';
const MAX_PROJECT = 63;
/**
 * The compose project of one trial: `ob-<trialId>` (the trial id starts with the run id; one that does not,
 * like the FAIL_TO_PASS computation's, gets it prefixed), lowercased to compose's [a-z0-9_-], and cut to 63
 * characters with a hash of the whole so two long ids never meet.
 */
function projectName(runId, trialId) {
    const id = trialId.startsWith(runId) ? trialId : `${runId}-${trialId}`;
    const clean = `ob-${id}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
    if (clean.length <= MAX_PROJECT)
        return clean;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(clean).digest('hex').slice(0, 10);
    return `${clean.slice(0, MAX_PROJECT - digest.length - 1).replace(/[-_]+$/, '')}-${digest}`;
}
/** A repository name for `docker build -t`: lowercase, [a-z0-9._-] components. */
function imageName(...parts) {
    const clean = parts.map((p) => p.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '') || 'x');
    return `opsbench/${clean.join('-')}`;
}
/**
 * Force-removes every container, then network, then volume carrying `label=value` (containers first: a
 * network or volume in use cannot go). Works whatever state compose left them in.
 * @returns how many resources were removed
 * @throws RuntimeUnavailableError when the daemon does not answer
 */
async function removeLabelled(cli, label, value, opts = {}) {
    const call = { timeoutSec: opts.timeoutSec ?? 60 };
    const filter = `label=${label}=${value}`;
    let removed = 0;
    const kinds = [
        [['ps', '-aq', '--filter', filter], ['rm', '-f', '-v']],
        [['network', 'ls', '-q', '--filter', filter], ['network', 'rm']],
        [['volume', 'ls', '-q', '--filter', filter], ['volume', 'rm', '-f']]
    ];
    for (const [list, remove] of kinds) {
        const ids = (await cli.run(list, call)).stdout.split('\n').map((s) => s.trim()).filter((s) => s !== '');
        if (ids.length === 0)
            continue;
        const result = await cli.raw([...remove, ...ids], call);
        if (result.exitCode !== 0)
            opts.log?.(`docker ${remove.slice(0, -1).join(' ')}: ${result.stderr.trim().slice(0, 500)}`);
        removed += ids.length - (result.stderr.match(/Error/g)?.length ?? 0);
    }
    return removed;
}


/***/ })

};
