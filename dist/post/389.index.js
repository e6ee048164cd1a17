export const id = 389;
export const ids = [389];
export const modules = {

/***/ 2389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalEnvironment: () => (/* binding */ LocalEnvironment),
  LocalRuntime: () => (/* binding */ LocalRuntime)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/runtime/child-env.js

/**
 * The environment a local command sees: an ALLOWLIST of the runner's variables, never the whole of
 * process.env, so provider keys and GITHUB_TOKEN are not in the child's OWN environment (a test or tool that
 * prints its env shows none). That is not isolation: a local child runs on the runner as the harness's
 * descendant and can still read the harness's environment (`/proc/$PPID/environ`) and the runner's files.
 * Hence untrusted agents (model, command) need Docker unless the user passes --unsafe-local
 * (runtime/select.ts assertRuntimeSafeFor).
 */
const PASS_THROUGH = new Set([
    'PATH',
    'LANG',
    'LC_ALL',
    'LC_CTYPE',
    'TERM',
    'TZ',
    'USER',
    'LOGNAME',
    'SHELL',
    // Toolchains: named one by one because a prefix like GO* would also let GOOGLE_API_KEY through.
    'GOROOT',
    'GOPATH',
    'GOCACHE',
    'GOMODCACHE',
    'GOPROXY',
    'GOFLAGS',
    'GOTOOLCHAIN',
    'GOPRIVATE',
    'GONOPROXY',
    'GONOSUMDB',
    'GOSUMDB',
    'GOINSECURE',
    'CGO_ENABLED',
    // Python: named, not a PYTHON* prefix, which would pass whatever a runner puts there (PYTHONSTARTUP runs a file).
    'PYTHONDONTWRITEBYTECODE',
    'PYTHONUNBUFFERED',
    'PYTHONIOENCODING',
    'PYTHONHASHSEED',
    'PYTHONUTF8',
    'JAVA_HOME',
    'MAVEN_HOME',
    'M2_HOME',
    'MAVEN_OPTS',
    'GRADLE_USER_HOME',
    'PYENV_ROOT',
    'PYENV_VERSION',
    'VIRTUAL_ENV',
    'CONDA_PREFIX',
    'CC',
    'CXX',
    'CMAKE_PREFIX_PATH',
    'PKG_CONFIG_PATH',
    'NODE_EXTRA_CA_CERTS',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NO_PROXY',
    'no_proxy'
]);
/** Registries are reachable only through the runner's proxy on some CI hosts; its credentials stay behind. */
const PROXY_VARS = new Set(['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']);
/** Builds the child environment from `hostEnv` (the runner's env, passed in so tests can use their own). */
function buildChildEnv(hostEnv, opts) {
    const env = {};
    for (const [key, value] of Object.entries(hostEnv)) {
        if (value === undefined)
            continue;
        if (PASS_THROUGH.has(key))
            env[key] = value;
        else if (PROXY_VARS.has(key))
            env[key] = withoutCredentials(value);
    }
    env.PATH ??= '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    env.LANG ??= 'C.UTF-8';
    env.HOME = opts.home;
    env.TMPDIR = opts.tmpdir;
    Object.assign(env, warmCaches(hostEnv, opts.realHome));
    // Bytecode and pytest caches would otherwise show up in the workspace diff as the agent's change.
    env.PYTHONDONTWRITEBYTECODE ??= '1';
    return { ...env, ...opts.extra };
}
/** `http://user:pass@proxy:3128` -> `http://proxy:3128` (also without a scheme): the address, not the login. */
function withoutCredentials(proxy) {
    return proxy.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)?[^/?#]*@/, '$1');
}
/**
 * Points the toolchains' caches at the runner's usual locations instead of the empty per-trial HOME,
 * so the second trial does not download Maven plugins or rebuild the Go standard library again.
 */
function warmCaches(hostEnv, realHome) {
    const gopath = hostEnv.GOPATH ?? external_node_path_.join(realHome, 'go');
    const repoLocal = `-Dmaven.repo.local=${external_node_path_.join(realHome, '.m2', 'repository')}`;
    const mavenOpts = hostEnv.MAVEN_OPTS ?? '';
    return {
        GOPATH: gopath,
        GOCACHE: hostEnv.GOCACHE ?? external_node_path_.join(realHome, '.cache', 'go-build'),
        GOMODCACHE: hostEnv.GOMODCACHE ?? external_node_path_.join(gopath, 'pkg', 'mod'),
        MAVEN_OPTS: mavenOpts.includes('maven.repo.local') ? mavenOpts : `${mavenOpts} ${repoLocal}`.trim(),
        GRADLE_USER_HOME: hostEnv.GRADLE_USER_HOME ?? external_node_path_.join(realHome, '.gradle'),
        PIP_CACHE_DIR: hostEnv.PIP_CACHE_DIR ?? external_node_path_.join(realHome, '.cache', 'pip'),
        npm_config_cache: hostEnv.npm_config_cache ?? external_node_path_.join(realHome, '.npm')
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/frameworks/registry.js + 10 modules
var registry = __webpack_require__(2058);
// EXTERNAL MODULE: ./lib/runtime/process-exec.js
var process_exec = __webpack_require__(6479);
;// CONCATENATED MODULE: ./lib/runtime/toolchain.js




/** Finds an executable on `pathEnv` the way a shell would; null when there is none. */
async function which(name, pathEnv) {
    for (const dir of pathEnv.split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        const candidate = external_node_path_.join(dir, name);
        try {
            await (0,promises_.access)(candidate, promises_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return null;
}
const probed = new Map();
/**
 * The tools the framework needs that this host lacks (empty when it can run the suite): its toolchain's
 * `host` executables, then its `hostChecks` (pytest: importing it with the python3 found on PATH). Memoized per framework
 * and PATH: a run checks every task, and starting python through a version manager's shim is slow.
 */
function missingToolchain(framework, env) {
    const key = `${framework}\0${env.PATH ?? ''}`;
    let result = probed.get(key);
    if (!result) {
        result = probe(framework, env);
        probed.set(key, result);
    }
    return result;
}
async function probe(framework, env) {
    const pathEnv = env.PATH ?? '';
    const missing = [];
    const toolchain = registry/* frameworks */.Ij[framework].toolchain;
    for (const tool of toolchain.host) {
        if ((await which(tool, pathEnv)) === null)
            missing.push(tool);
    }
    if (missing.length > 0)
        return missing;
    for (const check of toolchain.hostChecks ?? []) {
        const result = await (0,process_exec/* runProcess */.R3)(check.command, { cwd: '/', env, timeoutSec: 30 });
        if (result.exitCode !== 0)
            missing.push(check.name);
    }
    return missing;
}

;// CONCATENATED MODULE: ./lib/runtime/local/check.js



/**
 * Why a task cannot run on the local runtime, or null when it can: it must need nothing but the
 * workspace, and the framework's toolchain must be on PATH.
 */
async function localSkipReason(task, env) {
    // APEX grades in the client's /tests and /app: on this machine those would be the runner's own root paths.
    if (task.layout === 'apex-integration')
        return 'needs Docker (APEX-SWE integration tasks are graded in the client container\'s /tests and /app)';
    const services = new Set(task.services.filter((s) => s !== task.environment.workspace));
    if (task.environment.compose !== null) {
        for (const s of await composeServices(task.environment.compose)) {
            if (s !== task.environment.workspace)
                services.add(s);
        }
    }
    if (services.size > 0)
        return `needs Docker (services: ${[...services].sort().join(', ')})`;
    const missing = await missingToolchain(task.tests.framework, env);
    return missing.length > 0 ? `missing toolchain: ${missing.join(', ')}` : null;
}
/** The service names of a compose file; an unreadable file counts as one unknown service (Docker will say why). */
async function composeServices(file) {
    try {
        const doc = (0,dist/* parse */.qg)(await (0,promises_.readFile)(file, 'utf8'));
        const services = doc?.services;
        return services !== null && typeof services === 'object' ? Object.keys(services) : [];
    }
    catch {
        return ['(unreadable compose file)'];
    }
}

// EXTERNAL MODULE: ./lib/runtime/strays.js + 1 modules
var strays = __webpack_require__(3705);
// EXTERNAL MODULE: ./lib/runtime/cleanup.js
var cleanup = __webpack_require__(5159);
// EXTERNAL MODULE: ./lib/runtime/local/workspace.js
var workspace = __webpack_require__(2557);
// EXTERNAL MODULE: ./lib/runtime/path-exists.js
var path_exists = __webpack_require__(1150);
;// CONCATENATED MODULE: ./lib/runtime/local/runtime.js












/**
 * Runs tasks as plain processes in a temp directory: no Docker, no isolation beyond a fresh workspace,
 * an empty HOME and an allowlisted environment. For workspace-only tasks whose toolchain is on the host
 * (and for the engine's own tests); anything with services needs the Docker runtime.
 */
class LocalRuntime {
    options;
    kind = 'local';
    isolatesAgent = false;
    constructor(options) {
        this.options = options;
    }
    /** Always usable: it needs nothing but this machine (each task's toolchain is `check`'s business). */
    probe() {
        return Promise.resolve({ usable: true, reason: 'runs on this machine' });
    }
    /**
     * Ends the processes a killed run left working in its trials' directories (under the run's scratch dir,
     * which cleanup.ts then removes): each command runs in a process group of its own, so a kill -9 of the
     * run does not end them. A process that also left those directories is beyond reach (not a sandbox).
     */
    cleanup(runId, log) {
        return (0,strays/* endStrays */.o5)({ root: (0,cleanup/* defaultRunScratchDir */.q)(runId), env: [] }, `local cleanup of run ${runId}`, log);
    }
    /** 'needs Docker (services: ...)', 'missing toolchain: ...', or null when the task can run here. */
    check(task) {
        return localSkipReason(task, this.childEnv(external_node_os_.tmpdir()));
    }
    create(task, opts) {
        return new LocalEnvironment(task, opts, (home) => this.childEnv(home));
    }
    childEnv(root) {
        return buildChildEnv(this.options.hostEnv, {
            home: external_node_path_.join(root, 'home'),
            tmpdir: external_node_path_.join(root, 'tmp'),
            realHome: this.options.realHome ?? external_node_os_.homedir(),
            extra: this.options.env
        });
    }
}
/**
 * One trial's workspace on the host. Layout under `<scratchDir>/local-<trialId>-<rand>/`:
 *
 *     <basename of task workdir>/   the workspace (this.workdir), a git repo with the base commit
 *     home/                         HOME: empty but for the agent's .gitconfig
 *     tmp/                          TMPDIR: where `mktemp` puts the grader's patch and report dirs
 *
 * Paths: relative ones are relative to the workspace; absolute ones under the task's workdir (e.g.
 * /app/repo/src) are re-rooted into the workspace; any other absolute path is the host path. Command
 * text is NOT rewritten: a command that cds to /app/repo itself will not find it here.
 */
class LocalEnvironment {
    task;
    opts;
    kind = 'local';
    workdir;
    baseCommit;
    root;
    groups = new Set();
    env;
    constructor(task, opts, childEnv) {
        this.task = task;
        this.opts = opts;
        const safeId = opts.trialId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);
        this.root = external_node_path_.join(opts.scratchDir, `local-${safeId}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        this.workdir = external_node_path_.join(this.root, external_node_path_.basename(task.environment.workdir) || 'workspace');
        this.env = childEnv(this.root);
    }
    async up(opts = {}) {
        opts.signal?.throwIfAborted();
        await (0,promises_.mkdir)(external_node_path_.join(this.root, 'home'), { recursive: true });
        await (0,promises_.mkdir)(external_node_path_.join(this.root, 'tmp'), { recursive: true });
        await (0,workspace/* writeAgentGitConfig */.rF)(external_node_path_.join(this.root, 'home'));
        this.baseCommit = await (0,workspace/* createWorkspace */.sK)(this.task.environment.repo, this.workdir, this.env);
        opts.signal?.throwIfAborted();
    }
    /**
     * `bash -c cmd` for a string (not a login shell: /etc/profile would reset PATH and lose the toolchains),
     * argv as is. Runs in its own process group; a timeout or abort kills the whole group.
     * @throws RuntimeUnavailableError before `up` or after `down`, or for a service other than the workspace
     */
    async exec(cmd, opts = {}) {
        if (opts.service !== undefined && opts.service !== this.task.environment.workspace) {
            throw new errors/* RuntimeUnavailableError */.VT(`the local runtime has only the workspace, not service "${opts.service}"`);
        }
        if (!(await (0,path_exists/* pathExists */.s)(this.root)))
            throw new errors/* RuntimeUnavailableError */.VT(`local environment ${this.root} is not up`);
        const cwd = this.resolve(opts.cwd ?? this.workdir);
        if (!(await isDirectory(cwd))) {
            return { exitCode: 1, stdout: '', stderr: `cd: ${cwd}: No such directory\n`, timedOut: false, truncated: false, durationMs: 0 };
        }
        const argv = typeof cmd === 'string' ? ['bash', '-c', cmd] : cmd;
        let group;
        const result = await (0,process_exec/* runProcess */.R3)(argv, {
            cwd,
            env: { ...this.env, ...opts.env },
            timeoutSec: opts.timeoutSec,
            input: opts.input,
            signal: opts.signal,
            onGroup: (pgid) => {
                group = pgid;
                this.groups.add(pgid);
            }
        });
        // Forget groups that are already empty, so `down` never signals a process group id reused by someone else.
        if (group !== undefined && !(0,process_exec/* groupAlive */.xq)(group))
            this.groups.delete(group);
        return result;
    }
    async writeFile(file, content) {
        const target = this.resolve(file);
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, content);
    }
    readFile(file) {
        return (0,promises_.readFile)(this.resolve(file));
    }
    async copyIn(hostPath, dest) {
        const target = this.resolve(dest);
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        await (0,promises_.cp)(hostPath, target, { recursive: true, verbatimSymlinks: true });
    }
    async copyOut(file, hostDest) {
        await (0,promises_.mkdir)(external_node_path_.dirname(hostDest), { recursive: true });
        await (0,promises_.cp)(this.resolve(file), hostDest, { recursive: true, verbatimSymlinks: true });
    }
    diff() {
        if (this.baseCommit === undefined)
            throw new errors/* RuntimeUnavailableError */.VT('diff() before up()');
        return (0,workspace/* workspaceDiff */.HT)(this.workdir, this.baseCommit, this.env);
    }
    /** No services run locally, so there are no service logs. */
    logs() {
        return Promise.resolve({});
    }
    /**
     * Kills every process group this environment started (the agent's background jobs), then any process
     * still working in the trial's directory or carrying its HOME/TMPDIR (a `setsid` daemon). Not a sandbox:
     * a process that left its group, changed directory and cleared its environment escapes.
     * @throws GradeError naming the processes that survived
     */
    async stopAgentProcesses() {
        await this.killGroups(0);
        const left = await (0,strays/* killStrays */.TY)(this.strays());
        if (left.length > 0)
            throw new errors/* GradeError */.GX(`could not stop the agent's processes (pids ${left.join(', ')}) before grading`);
    }
    /** Kills what is left of every process group this environment started and its strays, then removes the trial dir. */
    async down() {
        await this.killGroups(500);
        await (0,strays/* killStrays */.TY)(this.strays(), 5);
        try {
            await (0,promises_.rm)(this.root, { recursive: true, force: true, maxRetries: 3 });
        }
        catch (error) {
            this.opts.log?.(`local runtime: could not remove ${this.root}: ${error.message}`);
        }
    }
    async killGroups(graceMs) {
        await Promise.all([...this.groups].map((pgid) => (0,process_exec/* terminateGroup */.TK)(pgid, graceMs)));
        this.groups.clear();
    }
    /** Environment entries only this trial's commands carry (always paths under the trial's own directory). */
    /** The trial's processes: working in its directory, or carrying its HOME or TMPDIR (whatever the program). */
    strays() {
        return { root: this.root, env: [`HOME=${external_node_path_.join(this.root, 'home')}`, `TMPDIR=${external_node_path_.join(this.root, 'tmp')}`] };
    }
    /** Maps an environment path to the host (see the class comment). */
    resolve(p) {
        if (!external_node_path_.isAbsolute(p))
            return external_node_path_.resolve(this.workdir, p);
        const taskWorkdir = external_node_path_.posix.normalize(this.task.environment.workdir).replace(/\/+$/, '');
        const normalized = external_node_path_.posix.normalize(p);
        if (taskWorkdir !== '' && (normalized === taskWorkdir || normalized.startsWith(`${taskWorkdir}/`))) {
            return external_node_path_.join(this.workdir, normalized.slice(taskWorkdir.length));
        }
        return normalized;
    }
}
async function isDirectory(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ })

};
