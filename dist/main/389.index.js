export const id = 389;
export const ids = [389];
export const modules = {

/***/ 62389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalEnvironment: () => (/* binding */ LocalEnvironment),
  LocalRuntime: () => (/* binding */ LocalRuntime)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/frameworks/registry.js + 9 modules
var registry = __webpack_require__(12850);
// EXTERNAL MODULE: ./lib/runtime/process-exec.js
var process_exec = __webpack_require__(96479);
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

// EXTERNAL MODULE: ./lib/runtime/strays.js
var strays = __webpack_require__(35760);
// EXTERNAL MODULE: ./lib/runtime/cleanup.js
var cleanup = __webpack_require__(7540);
// EXTERNAL MODULE: ./lib/runtime/local/workspace.js
var workspace = __webpack_require__(72557);
// EXTERNAL MODULE: ./lib/runtime/path-exists.js
var path_exists = __webpack_require__(11150);
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


/***/ }),

/***/ 72557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ AGENT_GITCONFIG),
/* harmony export */   HT: () => (/* binding */ workspaceDiff),
/* harmony export */   rF: () => (/* binding */ writeAgentGitConfig),
/* harmony export */   sK: () => (/* binding */ createWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _harness_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70529);
/* harmony import */ var _harness_git_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6952);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96479);






/**
 * Fixed identity and dates: the base commit needs no git config on the runner, and the same repository
 * always gets the same base sha.
 */
const BASE_COMMIT_ENV = {
    GIT_AUTHOR_NAME: 'OpsBench',
    GIT_AUTHOR_EMAIL: 'opsbench@localhost',
    GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z',
    GIT_COMMITTER_NAME: 'OpsBench',
    GIT_COMMITTER_EMAIL: 'opsbench@localhost',
    GIT_COMMITTER_DATE: '2000-01-01T00:00:00Z',
    GIT_CONFIG_NOSYSTEM: '1'
};
/** The agent's own git identity (it may commit); written to the per-trial HOME. */
const AGENT_GITCONFIG = `[user]
\tname = OpsBench Agent
\temail = agent@opsbench.invalid
[init]
\tdefaultBranch = main
[safe]
\tdirectory = *
[commit]
\tgpgsign = false
`;
async function git(dir, env, args, maxBytes) {
    return (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)(['git', ..._harness_git_js__WEBPACK_IMPORTED_MODULE_3__/* .HARNESS_GIT_FLAGS */ .UF, ...args], {
        cwd: dir,
        env: { ...env, ...BASE_COMMIT_ENV },
        timeoutSec: 600,
        maxBytes
    });
}
function gitFailure(what, result) {
    return `${what} failed (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 2000)}`;
}
/**
 * Copies `repo` (or nothing) into `dir` without its .git, then commits everything as the base commit.
 * The repository's own .gitignore applies, as it would in any checkout.
 * @returns the base commit's sha
 * @throws EnvironmentStartError when copying or git fails (not retried: a local disk problem will not heal)
 */
async function createWorkspace(repo, dir, env) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    if (repo !== null) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(repo, dir, {
                recursive: true,
                verbatimSymlinks: true,
                filter: (src) => node_path__WEBPACK_IMPORTED_MODULE_1__.basename(src) !== '.git'
            });
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentStartError */ .ch(`cannot copy ${repo} into the workspace: ${error.message}`, 'env_start', false, error);
        }
    }
    const steps = [
        ['git init', ['init', '-q', '-b', 'main']],
        ['git add', ['add', '-A']],
        ['git commit', ['commit', '-q', '--no-verify', '--allow-empty', '-m', 'base']],
        ['git rev-parse', ['rev-parse', 'HEAD']]
    ];
    let last;
    for (const [what, args] of steps) {
        last = await git(dir, env, args);
        if (last.exitCode !== 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentStartError */ .ch(gitFailure(what, last), 'env_start', false);
    }
    return last.stdout.trim();
}
/** Writes the agent's git identity into the per-trial HOME. */
async function writeAgentGitConfig(home) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.gitconfig'), AGENT_GITCONFIG);
}
/**
 * The workspace's change against `base` as a binary-safe patch, new untracked files included (the
 * repository's .gitignore still applies). The repository is made harness-owned first (harness-git-config.ts):
 * the agent's git config, attributes files and hooks are gone, so `git add -A` runs none of its filters.
 * The git dir is named explicitly: without a .git (the agent removed it) git must fail, not find a
 * repository above the workspace (the runner's own checkout) and stage its files.
 * @throws Error naming git's reason (e.g. the agent removed .git)
 */
async function workspaceDiff(dir, base, env) {
    const sanitized = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)((0,_harness_git_config_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeGitRepoArgv */ .oR)(dir), { cwd: dir, env, timeoutSec: 120 });
    if (sanitized.exitCode !== 0)
        throw new Error(gitFailure('taking over the workspace\'s git configuration', sanitized));
    const hardened = { ...env, ...(0,_harness_git_config_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceGitEnv */ .bl)(dir) };
    const git = (args, maxBytes) => (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)(['git', `--git-dir=${node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')}`, `--work-tree=${dir}`, ..._harness_git_js__WEBPACK_IMPORTED_MODULE_3__/* .HARNESS_GIT_FLAGS */ .UF, ...args], {
        cwd: dir,
        env: hardened,
        timeoutSec: 600,
        maxBytes
    });
    const add = await git(['add', '-A']);
    if (add.exitCode !== 0)
        throw new Error(gitFailure('git add -A', add));
    return (0,_harness_git_js__WEBPACK_IMPORTED_MODULE_3__/* .cappedDiff */ .Rl)(git, base);
}


/***/ }),

/***/ 11150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ pathExists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);

/** Whether a host path exists (any kind); a missing path is an answer, not an error. */
async function pathExists(p) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(p);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 35760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TY: () => (/* binding */ killStrays),
/* harmony export */   o5: () => (/* binding */ endStrays)
/* harmony export */ });
/* unused harmony export strayProcesses */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_proc_stat_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14390);



/**
 * Processes that left the process groups a runtime tracks (a local agent's `setsid`, a double fork; a
 * docker CLI whose run was killed -9): found by what they still carry of their trial or run (see
 * {@link StrayQuery}). Never this process or any of its ancestors: `opsbench cleanup` started from a shell
 * that carries the marker, or works in the run's scratch, must not end that shell. Only this user's
 * processes are readable, which is all a run can have started. Linux only (/proc); elsewhere nothing is found.
 */
function strayProcesses(query) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const roots = new Set(query.root === null ? [] : [query.root, realOr(query.root)]);
    const markers = query.env.map((m) => `${m}\0`);
    const spared = lineage(process.pid);
    const found = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const pid = Number(entry);
        if (spared.has(pid) || isZombie(pid))
            continue;
        if (inside(cwdOf(pid), roots) || (hasMarker(pid, markers) && (query.program === undefined || programNames(pid).some(query.program))))
            found.push(pid);
    }
    return found;
}
/**
 * SIGKILLs the stray processes until none is left: a process forking while it is being killed leaves
 * children the next pass finds. Returns those still there after `passes` passes (empty when all died).
 */
async function killStrays(query, passes = 20) {
    let left = strayProcesses(query);
    for (let pass = 0; pass < passes && left.length > 0; pass++) {
        for (const pid of left) {
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // Gone already.
            }
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        left = strayProcesses(query);
    }
    return left;
}
/**
 * {@link killStrays} for `opsbench cleanup`: logs `<who>: ended N process(es) (pids ...)` and any survivors.
 * @returns how many ended
 */
async function endStrays(query, who, log) {
    const found = strayProcesses(query);
    if (found.length === 0)
        return 0;
    const left = await killStrays(query);
    const ended = found.filter((pid) => !left.includes(pid)).length;
    log?.(`${who}: ended ${ended} process(es) (pids ${found.join(', ')})${left.length > 0 ? `; still running: ${left.join(', ')}` : ''}`);
    return ended;
}
function realOr(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return p;
    }
}
function cwdOf(pid) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '');
    }
    catch {
        return null;
    }
}
function inside(dir, roots) {
    if (dir === null)
        return false;
    for (const r of roots)
        if (dir === r || dir.startsWith(`${r}/`))
            return true;
    return false;
}
function hasMarker(pid, markers) {
    let environ;
    try {
        environ = `\0${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/environ`, 'utf8')}`;
    }
    catch {
        return false;
    }
    return markers.some((m) => environ.includes(`\0${m}`));
}
function isZombie(pid) {
    return (0,_core_proc_stat_js__WEBPACK_IMPORTED_MODULE_2__/* .procStat */ .j)(pid)?.state.startsWith('Z') ?? true; // null: exited while we looked
}
/** `pid` and every process above it up to init. */
function lineage(pid) {
    const seen = new Set();
    for (let p = pid; p > 0 && !seen.has(p); p = (0,_core_proc_stat_js__WEBPACK_IMPORTED_MODULE_2__/* .procStat */ .j)(p)?.ppid ?? 0)
        seen.add(p);
    return seen;
}
/** The basenames of a process's executable and of its argv[0] (a symlink's name shows only in the latter). */
function programNames(pid) {
    const names = [];
    try {
        names.push(node_path__WEBPACK_IMPORTED_MODULE_1__.basename((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '')));
    }
    catch {
        // Not readable (another user's, or gone): argv[0] alone.
    }
    try {
        const argv0 = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
        if (argv0)
            names.push(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(argv0));
    }
    catch {
        // Gone.
    }
    return names;
}


/***/ })

};
