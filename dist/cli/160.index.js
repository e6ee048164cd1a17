export const id = 160;
export const ids = [160];
export const modules = {

/***/ 2481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ installRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);



let found;
/**
 * The directory of this installation that holds `compose/` (the shipped fragments and images): found by
 * walking up from this module (src/core/ in a checkout, dist/<bundle>/ in the bundles), so it works from
 * source, the CLI and the Action. Null when there is none.
 */
function installRoot() {
    found ??= (async () => {
        let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
        for (let i = 0; i < 5; i++) {
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'compose')).then((s) => s.isDirectory(), () => false))
                return dir;
            dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        }
        return null;
    })();
    return found;
}


/***/ }),

/***/ 6616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ APEX_MCP_REQUIRED_FILE),
/* harmony export */   BJ: () => (/* binding */ APEX_TEST_SCRIPT_NAMES),
/* harmony export */   EC: () => (/* binding */ APEX_MCP_WAIT),
/* harmony export */   Fu: () => (/* binding */ apexObservabilityContext),
/* harmony export */   Hy: () => (/* binding */ apexMcpRequirements),
/* harmony export */   K0: () => (/* binding */ APEX_OBSERVABILITY_DATA),
/* harmony export */   Ue: () => (/* binding */ describeUnsetVar),
/* harmony export */   Uw: () => (/* binding */ APEX_CONTAINER_PATHS),
/* harmony export */   bL: () => (/* binding */ APEX_CONTEXT_DIR),
/* harmony export */   dF: () => (/* binding */ isApexRegistryVar),
/* harmony export */   j7: () => (/* binding */ apexReadableRoot),
/* harmony export */   s0: () => (/* binding */ APEX_TEST_DIR),
/* harmony export */   tg: () => (/* binding */ APEX_COMPOSE_VARS),
/* harmony export */   tl: () => (/* binding */ apexContextFiles),
/* harmony export */   yS: () => (/* binding */ APEX_MCP_WAIT_SCRIPT)
/* harmony export */ });
/* unused harmony export apexRegistryDefault */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/**
 * APEX-SWE's integration conventions, each taken from its harness (github.com/Mercor-Intelligence/apex-swe,
 * paths below are under integration/src/). Kept in one place so that OpsBench follows APEX's exact names
 * rather than a reading of them.
 */
/** harness/evaluator.py, evaluate_execution: the first of these at the task root is the test script. */
const APEX_TEST_SCRIPT_NAMES = ['run-tests.sh', 'test.sh', 'tests.sh', 'run_tests.sh', 'verify.sh'];
/**
 * harness/executor.py, _load_task_context: files never copied into the client (fnmatch on the base name),
 * besides everything under tests/, names starting with a dot and .pyc/.pyo files.
 */
const APEX_EXCLUDED_FILES = [
    'run-tests.sh',
    'test.sh',
    'tests.sh',
    'run_tests.sh',
    'verify.sh',
    'solution.sh',
    'solution.yaml',
    'solution.py',
    'issues.json',
    'scraped-*.json',
    'chat.json',
    'pull_requests.json',
    'TASK_README.md',
    'espocrm-data.json',
    'medusa-seed-data.json',
    'zammad-data.json',
    'init-aws.sh',
    'task-spec.md',
    'rubric.json'
];
/** config/__init__.py, SERVICES_WITH_MCP: compose service name -> the token written to mcp-required.txt. */
const SERVICES_WITH_MCP = {
    zammad: 'zammad',
    mattermost: 'mattermost',
    'plane-api': 'plane',
    plane: 'plane',
    grafana: 'grafana',
    prometheus: 'prometheus',
    espocrm: 'espocrm',
    medusa: 'medusa'
};
/**
 * utils/docker_manager.py, copy_files: each task file goes to the client's /app under its base name
 * (`tar.add(path, arcname=path.name)` into CONTAINER_WORKSPACE), so data/connection-info.md is
 * /app/connection-info.md.
 */
const APEX_CONTEXT_DIR = '/app';
/**
 * harness/multi_step_runner.py, _setup_git_and_mcp: the required list goes to /config/mcp-required.txt and
 * the agent starts once `sh /app/wait-for-mcp-config.sh` exits 0, polled every 10 s up to 120 times.
 */
const APEX_MCP_REQUIRED_FILE = '/config/mcp-required.txt';
const APEX_MCP_WAIT_SCRIPT = '/app/wait-for-mcp-config.sh';
const APEX_MCP_WAIT = { polls: 120, intervalMs: 10_000 };
/**
 * The host directory an APEX task's compose file may read: the dataset root, its task dir's parent. APEX
 * runs the compose file in place (docker_manager.py, docker_environment: compose_path = task_dir /
 * "docker-compose.yaml"), and its files build with `context: ..` (`dockerfile: <task>/Dockerfile`) and read
 * `../shared/` (env files, MCP servers, the wait script).
 */
function apexReadableRoot(taskDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(taskDir));
}
/** evaluator.py: the suite's directory in the client and the variable the scripts read it from. */
const APEX_TEST_DIR = '/tests';
/** `fnmatch` for APEX's patterns, which only use `*`. */
function matches(name, pattern) {
    if (!pattern.includes('*'))
        return name === pattern;
    const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return re.test(name);
}
/**
 * The task files APEX's executor hands the agent, sorted: every file of the task dir except tests/, the
 * excluded names above, dot files and compiled Python; `hidden` (OpsBench's own list: the definition, the
 * solution, the rubric) is left out too, so nothing graded reaches the client early.
 */
async function apexContextFiles(dir, hidden) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { recursive: true, withFileTypes: true });
    const out = [];
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(entry.parentPath, entry.name);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(dir, abs);
        const parts = rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
        if (parts[0] === 'tests' || parts.some((p) => p.startsWith('.')))
            continue;
        if (/\.py[co]$/.test(entry.name))
            continue;
        if (APEX_EXCLUDED_FILES.some((p) => matches(entry.name, p)))
            continue;
        if (hidden.some((h) => abs === h || abs.startsWith(`${h}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`)))
            continue;
        out.push(abs);
    }
    return out.sort();
}
/** The mcp-required.txt tokens for a stack's services, in service order, without repeats. */
function apexMcpRequirements(services) {
    const out = [];
    for (const s of services) {
        const token = SERVICES_WITH_MCP[s];
        if (token && !out.includes(token))
            out.push(token);
    }
    return out;
}
/**
 * utils/docker_manager.py, DockerEnvironmentVars.to_env_dict: the variables APEX's harness sets for
 * `docker compose`. OpsBench sets each of them per trial (runtime/docker/apex-stack.ts).
 */
const APEX_COMPOSE_VARS = [
    'APEX_TASK_DOCKER_CLIENT_CONTAINER_NAME',
    'APEX_TASK_DOCKER_CLIENT_IMAGE_NAME',
    'APEX_CONTAINER_LOGS_PATH',
    'APEX_CONTAINER_AGENT_LOGS_PATH',
    'APEX_TEST_DIR',
    'APEX_TASK_LOGS_PATH',
    'APEX_TASK_AGENT_LOGS_PATH'
];
/** docker_manager.py, DockerConstants: CONTAINER_LOGS_PATH, CONTAINER_AGENT_LOGS_PATH, CONTAINER_TEST_DIR. */
const APEX_CONTAINER_PATHS = { logs: '/logs', agentLogs: '/agent-logs', tests: APEX_TEST_DIR };
/**
 * The registry variables of APEX's service images (`${ECR_REGISTRY}/${ECR_REPOSITORY}:${PLANE_IMAGE_TAG}`):
 * APEX hard-codes them (DockerConstants: ECR_REGISTRY public.ecr.aws/k4t1e3r5, ECR_REPOSITORY apex-code,
 * PLANE_IMAGE_TAG plane-api, ...); OpsBench takes them from the runner's environment, so a mirror or
 * locally built images can stand in. No secrets: image names.
 */
function isApexRegistryVar(name) {
    return name === 'ECR_REGISTRY' || name === 'ECR_REPOSITORY' || /^[A-Z][A-Z0-9_]*_IMAGE_TAG$/.test(name);
}
/** What APEX's own harness would set a registry variable to, for the message that asks for it. */
function apexRegistryDefault(name) {
    const known = {
        ECR_REGISTRY: 'public.ecr.aws/k4t1e3r5',
        ECR_REPOSITORY: 'apex-code',
        PLANE_IMAGE_TAG: 'plane-api',
        MATTERMOST_IMAGE_TAG: 'mattermost-lightweight',
        ESPOCRM_IMAGE_TAG: 'espocrm',
        ZAMMAD_IMAGE_TAG: 'zammad-lightweight',
        MEDUSA_IMAGE_TAG: 'medusa-lightweight'
    };
    return known[name] ?? null;
}
/** A compose variable reference left unset, said so that the fix is plain. */
function describeUnsetVar(name) {
    if (isApexRegistryVar(name)) {
        const apex = apexRegistryDefault(name);
        return `\${${name}} is not set: export ${name} in the environment that runs opsbench${apex ? ` (APEX-SWE's harness uses ${apex})` : ''}`;
    }
    return `\${${name}} is not set and neither OpsBench nor APEX-SWE sets it: give it a default (\${${name}:-value}) or a .env file next to the compose file`;
}
/**
 * Where an APEX-SWE observability task ships its services' data (the dataset's Observability/<task>/data/,
 * read by APEX's images at /data): the log file load-static-data.sh pushes to Loki (data/loki/app-<task>.log),
 * the Discord export its Mattermost image loads (shared/dockerfiles/docker-entrypoint-mattermost-lightweight.sh:
 * data/mattermost/scraped.json, then scraped-discord.json, then the legacy data/scraped.json and
 * data/scraped-*.json), the GitHub issues its Plane image loads (docker-entrypoint-api-lightweight.sh:
 * data/plane/issues.json, then data/issues.json), and the cut-off both images apply
 * (data/git_commit_timestamp.txt). Paths relative to the task dir, in lookup order.
 */
const APEX_OBSERVABILITY_DATA = {
    logs: ['data/loki'],
    chat: ['data/mattermost/scraped.json', 'data/mattermost/scraped-discord.json', 'data/scraped.json'],
    chatPattern: { dir: 'data', pattern: 'scraped-*.json' },
    tracker: ['data/plane/issues.json', 'data/issues.json'],
    cutoff: 'data/git_commit_timestamp.txt'
};
/**
 * The task's APEX data as OpsBench's MCP context: Loki's log files for the logs server, the Mattermost and
 * Plane files for the chat/tracker server, the commit time as the cut-off. Absent files are simply absent.
 * @returns absolute paths (null when absent) and the cut-off as written; `badCutoff` when it does not parse
 */
async function apexObservabilityContext(dir, exists) {
    const first = async (names, kind) => {
        for (const n of names) {
            const abs = await exists(n, kind);
            if (abs !== null)
                return abs;
        }
        return null;
    };
    let chat = await first(APEX_OBSERVABILITY_DATA.chat, 'file');
    if (chat === null) {
        const { dir: sub, pattern } = APEX_OBSERVABILITY_DATA.chatPattern;
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, sub)).catch(() => []);
        const hit = names.filter((n) => matches(n, pattern)).sort()[0];
        chat = hit === undefined ? null : await exists(`${sub}/${hit}`, 'file');
    }
    const out = {
        logs: await first(APEX_OBSERVABILITY_DATA.logs, 'dir'),
        chat,
        tracker: await first(APEX_OBSERVABILITY_DATA.tracker, 'file')
    };
    const cutoff = await exists(APEX_OBSERVABILITY_DATA.cutoff, 'file');
    if (cutoff !== null) {
        const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(cutoff, 'utf8')).trim();
        if (Number.isNaN(Date.parse(text)))
            out.badCutoff = text;
        else
            out.notAfter = text;
    }
    return out;
}


/***/ }),

/***/ 8342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ composeHardeningProblems)
/* harmony export */ });
/* unused harmony export serviceHardeningProblems */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

const HOST_NAMESPACES = ['network_mode', 'pid', 'ipc', 'uts', 'userns_mode', 'cgroup'];
const UNCONFINED = /(^|[=:])unconfined$|^label[=:]disable$|^no-new-privileges[=:]false$/i;
const DOCKER_SOCKET = /(^|\/)docker\.sock$|^\/(var\/)?run\/docker(\/|$)/;
function isInside(dir, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(dir, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel));
}
/** A host path as compose reads it: `~` is the runner's home, relative is the compose file's directory. */
function hostPath(p, roots) {
    return p.startsWith('~') ? `/__home__${p.slice(1)}` : node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(roots.base, p);
}
/** The problem with reading host path `p`, or null when it lies in an allowed root. */
function outsideProblem(p, what, roots) {
    if (p.includes('$'))
        return null; // interpolated: checked on the resolved model at run time
    const abs = hostPath(p, roots);
    if (DOCKER_SOCKET.test(abs))
        return `${what} ${p} is the Docker socket: it would give the agent the host's Docker engine; remove it`;
    if (roots.allowed.some((r) => isInside(r, abs)))
        return null;
    return `${what} ${p} lies outside the task directory: the agent would read the runner's files; keep it inside the task (or use the shipped compose/ fragments)`;
}
/** Bind sources of a service's `volumes:` (short `src:dst[:mode]` strings and long-form mappings). */
function bindSources(volumes) {
    if (!Array.isArray(volumes))
        return [];
    const out = [];
    volumes.forEach((v, index) => {
        if (typeof v === 'string') {
            const source = v.split(':')[0] ?? '';
            // A bare name is a named volume; a path (absolute, ./, ../, ~) is a bind mount.
            if (/^[./~]/.test(source) || source.includes('$'))
                out.push({ index, source });
        }
        else if (v !== null && typeof v === 'object') {
            const m = v;
            if (m.type === 'bind' && typeof m.source === 'string')
                out.push({ index, source: m.source });
        }
    });
    return out;
}
function stringsOf(value, key) {
    const one = (v) => (typeof v === 'string' ? [v] : key && v !== null && typeof v === 'object' && typeof v[key] === 'string' ? [v[key]] : []);
    return Array.isArray(value) ? value.flatMap(one) : one(value);
}
/** Problems of one service definition (a YAML mapping or compose's resolved one). */
function serviceHardeningProblems(name, def, roots) {
    const out = [];
    const at = (field, message) => out.push({ field: `services.${name}.${field}`, message });
    if (def.privileged === true || def.privileged === 'true')
        at('privileged', 'privileged containers reach the host\'s devices and kernel; remove it');
    if (Array.isArray(def.cap_add) && def.cap_add.length > 0)
        at('cap_add', `adds capabilities (${def.cap_add.join(', ')}) that let the agent out of its container; remove cap_add`);
    if (Array.isArray(def.devices) && def.devices.length > 0)
        at('devices', 'host devices are not given to task containers; remove devices');
    for (const opt of stringsOf(def.security_opt)) {
        if (UNCONFINED.test(opt.trim()))
            at('security_opt', `"${opt}" switches off the container's confinement; remove it`);
    }
    for (const key of HOST_NAMESPACES) {
        if (typeof def[key] === 'string' && def[key].trim().toLowerCase() === 'host')
            at(key, `${key}: host shares the runner's namespace with the agent; remove it`);
    }
    for (const { index, source } of bindSources(def.volumes)) {
        const problem = outsideProblem(source, 'bind mount', roots);
        if (problem)
            at(`volumes[${index}]`, problem);
    }
    const build = def.build;
    const context = typeof build === 'string' ? build : build !== null && typeof build === 'object' ? build.context : undefined;
    if (typeof context === 'string') {
        if (/^[a-z]+:\/\/|^git@|\.git(#|$)/i.test(context))
            at('build.context', `remote build context ${context}: build from the task directory`);
        else {
            const problem = outsideProblem(context, 'build context', roots);
            if (problem)
                at('build.context', problem);
        }
    }
    for (const file of stringsOf(def.env_file, 'path')) {
        const problem = outsideProblem(file, 'env_file', roots);
        if (problem)
            at('env_file', problem);
    }
    return out;
}
/** Problems of a whole compose mapping: every service, plus top-level secrets and configs read from files. */
function composeHardeningProblems(doc, roots) {
    const out = [];
    const services = doc.services;
    if (services !== null && typeof services === 'object' && !Array.isArray(services)) {
        for (const [name, def] of Object.entries(services)) {
            if (def !== null && typeof def === 'object' && !Array.isArray(def))
                out.push(...serviceHardeningProblems(name, def, roots));
        }
    }
    for (const kind of ['secrets', 'configs']) {
        const defs = doc[kind];
        if (defs === null || typeof defs !== 'object')
            continue;
        for (const [name, def] of Object.entries(defs)) {
            const file = def !== null && typeof def === 'object' ? def.file : undefined;
            const problem = typeof file === 'string' ? outsideProblem(file, `${kind} file`, roots) : null;
            if (problem)
                out.push({ field: `${kind}.${name}.file`, message: problem });
        }
    }
    return out;
}


/***/ }),

/***/ 2568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eC: () => (/* binding */ unsetComposeVars)
/* harmony export */ });
/* unused harmony exports composeVarRefs, dotEnvNames */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


// Compose's interpolation syntax: $$ is a literal dollar; ${NAME}, ${NAME<op>...} and $NAME substitute.
const REF = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+?=][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
/** Every variable reference of a compose file's text, comment lines left out. */
function composeVarRefs(text) {
    const out = [];
    text.split('\n').forEach((raw, i) => {
        if (/^\s*#/.test(raw))
            return;
        for (const m of raw.matchAll(REF)) {
            const name = m[1] ?? m[3];
            if (!name)
                continue;
            const op = m[2] ?? '';
            out.push({ name, line: i + 1, hasDefault: /^:?[-+]/.test(op) });
        }
    });
    return out;
}
/** The variables compose's `.env` next to the file defines (compose reads it from the project directory). */
async function dotEnvNames(composeFile) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(composeFile), '.env'), 'utf8').catch(() => '');
    const names = text
        .split('\n')
        .map((l) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(l)?.[1])
        .filter((n) => n !== undefined);
    return new Set(names);
}
/**
 * The references of `composeFile` that would be left unset: no default, not in `defined`, not in `.env`.
 * Compose turns those into empty strings, and a mount `${A}:${B}` becomes `:` or an image `${R}/${N}:${T}`
 * becomes `/:`, failing later with a message that names none of them.
 */
async function unsetComposeVars(composeFile, defined) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(composeFile, 'utf8');
    const dotEnv = await dotEnvNames(composeFile);
    return composeVarRefs(text).filter((r) => !r.hasDefault && !defined(r.name) && !dotEnv.has(r.name));
}


/***/ }),

/***/ 9077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashTaskDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8500);




/** Files up to this size are read in one synchronous call; larger ones are streamed (bounded memory). */
const SMALL_FILE = 1024 * 1024;
/** Synchronous reads hand the event loop back this often, so a big build context never stalls other trials. */
const FILES_PER_TURN = 128;
/**
 * sha256 over every file of a task directory: sorted relative paths (POSIX separators) and contents, each
 * framed by its length so two different trees can never feed the hash the same bytes. `.git` directories
 * are skipped (a task repo's object store changes on every gc without changing the task). Symlinks are
 * hashed by their target text, not followed. The cached FAIL_TO_PASS lists and results key on this.
 * `skip` leaves out files and whole directories by absolute path (the Docker runtime hashes a build context
 * without the task's hidden files).
 * Small files are read synchronously: a thread-pool round trip per stat, open, read and close cost ~1.5 ms
 * per task of a few files, which made `plan` of 1,000 tasks take seconds; the bytes hashed are unchanged.
 */
async function hashTaskDir(dir, skip) {
    const files = [];
    listFiles(dir, '', files, skip);
    files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const [i, rel] of files.entries()) {
        if (i > 0 && i % FILES_PER_TURN === 0)
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setImmediate)();
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, ...rel.split('/'));
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs);
        if (info.isSymbolicLink()) {
            frame(hash, `L${rel}`);
            frame(hash, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(abs));
            continue;
        }
        frame(hash, `F${rel}`);
        hash.update(`${info.size}\0`);
        if (info.size <= SMALL_FILE)
            hash.update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(abs));
        else
            for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(abs))
                hash.update(chunk);
    }
    return hash.digest('hex');
}
function frame(hash, text) {
    hash.update(`${Buffer.byteLength(text)}\0${text}`);
}
/** Appends to `out` (a spread of a big subtree's list would overflow the stack). */
function listFiles(root, rel, out, skip) {
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel), { withFileTypes: true });
    for (const entry of entries) {
        // A `.git` file is a worktree or submodule pointer: as volatile as the directory.
        if (entry.name === '.git')
            continue;
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (skip?.(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, child)))
            continue;
        if (entry.isDirectory()) {
            listFiles(root, child, out, skip);
        }
        else if (entry.isFile() || entry.isSymbolicLink()) {
            out.push(child);
        }
    }
}


/***/ }),

/***/ 5301:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zw: () => (/* binding */ Problems),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/* unused harmony export displayPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * Collects validation problems as `path: field: problem` lines (docs/architecture.md "The CLI": validate prints
 * one per line). Loading never stops at the first problem: a task author fixes a task in one round trip,
 * not one per problem.
 */
class Problems {
    cwd;
    lines = [];
    /** @param cwd paths under it are printed relative to it, so messages match what the user typed. */
    constructor(cwd = process.cwd()) {
        this.cwd = cwd;
    }
    /**
     * Records one problem.
     * @param file absolute path of the file (or directory) the problem is in
     * @param where the field path (`tests.framework`), `line N`, or a file name
     * @param message what is wrong and, where it helps, the fix
     */
    add(file, where, message) {
        // One problem, one line: quoted text (a YAML snippet, a JSON excerpt) must not break the format.
        this.lines.push(`${this.display(file)}: ${where}: ${message.replace(/\s*\n\s*/g, ' ')}`);
    }
    get count() {
        return this.lines.length;
    }
    /** A path as the user should read it: relative to cwd when under it, absolute otherwise. */
    display(file) {
        return displayPath(file, this.cwd);
    }
}
function displayPath(file, cwd = process.cwd()) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, file);
    if (rel === '')
        return '.';
    return rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel) ? file : rel;
}
/** Renders a value the user wrote for a "got ..." clause: strings quoted, long ones cut. */
function showValue(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null (an empty value)';
    if (typeof value === 'string') {
        const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
        return JSON.stringify(cut);
    }
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}


/***/ }),

/***/ 9897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TQ: () => (/* binding */ describeFsError),
  JE: () => (/* binding */ readJsonFile),
  yR: () => (/* binding */ readText),
  kv: () => (/* binding */ readYamlFile)
});

// UNUSED EXPORTS: parseYamlText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/task/json-error-line.js
/**
 * The 1-based line of the first syntax error in `text`, or null when it is valid JSON. V8's JSON.parse
 * names a position for some errors ("at position 12 (line 2 column 3)") but not for an unexpected token,
 * the most common one, so this small scanner finds it.
 */
function jsonErrorLine(text) {
    const at = new Scanner(text).errorOffset();
    if (at === null)
        return null;
    return text.slice(0, at).split('\n').length;
}
class Scanner {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    errorOffset() {
        try {
            this.value();
            this.ws();
            if (this.i < this.s.length)
                throw this.i;
            return null;
        }
        catch (offset) {
            return typeof offset === 'number' ? Math.min(offset, this.s.length) : this.i;
        }
    }
    ws() {
        while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]))
            this.i++;
    }
    expect(ch) {
        if (this.s[this.i] !== ch)
            throw this.i;
        this.i++;
    }
    value() {
        this.ws();
        const c = this.s[this.i];
        if (c === '{')
            return this.container('}', true);
        if (c === '[')
            return this.container(']', false);
        if (c === '"')
            return this.string();
        for (const word of ['true', 'false', 'null']) {
            if (this.s.startsWith(word, this.i)) {
                this.i += word.length;
                return;
            }
        }
        const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 400));
        if (!num)
            throw this.i;
        this.i += num[0].length;
    }
    container(close, keyed) {
        this.i++;
        this.ws();
        if (this.s[this.i] === close) {
            this.i++;
            return;
        }
        for (;;) {
            if (keyed) {
                this.ws();
                this.string();
                this.ws();
                this.expect(':');
            }
            this.value();
            this.ws();
            if (this.s[this.i] === ',') {
                this.i++;
                continue;
            }
            this.expect(close);
            return;
        }
    }
    string() {
        this.expect('"');
        while (this.i < this.s.length) {
            const c = this.s[this.i];
            if (c === '"') {
                this.i++;
                return;
            }
            if (c === '\n' || c < ' ')
                throw this.i;
            this.i += c === '\\' ? 2 : 1;
        }
        throw this.i;
    }
}

;// CONCATENATED MODULE: ./lib/task/read-structured.js



/** Reads a text file (synchronously: see kindOf), recording a problem (not throwing) when it cannot be read. */
async function readText(file, problems, where = 'file') {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        problems.add(file, where, `cannot be read (${describeFsError(error)})`);
        return undefined;
    }
}
/**
 * Parses YAML, naming the line of a syntax error: `tasks/x/task.yaml: line 4: <yaml message>`.
 * Duplicate keys are errors (the yaml default), since the second one would silently win.
 */
function parseYamlText(text, file, problems) {
    // prettyErrors is what fills in linePos; its message then ends in " at line L, column C:" and a code frame.
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true });
    }
    catch (error) {
        problems.add(file, 'syntax', `cannot be parsed: ${error.message.split('\n')[0]}`);
        return undefined;
    }
    if (doc.errors.length > 0) {
        // Only the first: later errors are usually the parser losing its footing after it.
        const error = doc.errors[0];
        if (error) {
            let line = error.linePos?.[0]?.line;
            let message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
            // An unclosed quote is detected at the end of the file; the line worth reading is where it opened.
            const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
            const opened = quote === undefined ? -1 : text.lastIndexOf(quote, error.pos[0] - 1);
            if (opened >= 0) {
                line = text.slice(0, opened).split('\n').length;
                message = `${message}: the quoted text opened here is never closed`;
            }
            problems.add(file, line === undefined ? 'syntax' : `line ${line}`, message);
        }
        return undefined;
    }
    try {
        // toJS refuses a document whose aliases expand past a limit (the "billion laughs" alias bomb).
        return { value: doc.toJS() };
    }
    catch (error) {
        problems.add(file, 'syntax', `cannot be read: ${error.message.split('\n')[0]}; expand the aliases (anchors *x) by hand`);
        return undefined;
    }
}
async function readYamlFile(file, problems) {
    const text = await readText(file, problems);
    return text === undefined ? undefined : parseYamlText(text, file, problems);
}
/** Parses JSON, naming the line of a syntax error: `data/chat.json: line 2: invalid JSON: ...`. */
async function readJsonFile(file, problems) {
    const text = await readText(file, problems);
    if (text === undefined)
        return undefined;
    if (text.trim() === '') {
        problems.add(file, 'file', 'is empty: expected JSON');
        return undefined;
    }
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        const line = jsonErrorLine(text);
        // V8 appends the position (named above) or a quote of the text around the error (may span lines).
        const clean = (error.message.split(/ in JSON at position|, (?:\.\.\.)?"/)[0] ?? '').trim();
        problems.add(file, line === null ? 'syntax' : `line ${line}`, `invalid JSON: ${clean}`);
        return undefined;
    }
}
/** `ENOENT: no such file or directory` without the path (the problem line names it already). */
function describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'does not exist';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOTDIR':
            return 'a parent is not a directory';
        case 'EISDIR':
            return 'is a directory, expected a file';
        default:
            return code ?? error.message;
    }
}


/***/ }),

/***/ 4401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ TaskPaths),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   I: () => (/* binding */ kindOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/**
 * What is at an absolute path: a file, a directory, or nothing (also for unreadable entries).
 * Synchronous on purpose, like the loader's other metadata reads: a thread-pool round trip per stat made
 * loading 1,000 small tasks take seconds; one stat is microseconds.
 */
async function kindOf(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory() ? 'dir' : 'file';
    }
    catch {
        return null;
    }
}
/**
 * Resolves the relative paths a task file names against the task directory. Every path must stay inside it:
 * the harness copies the task dir, and a `../` (or a symlink out) would reach files no reviewer looked at.
 */
class TaskPaths {
    dir;
    source;
    problems;
    realDir;
    /**
     * @param dir absolute path of the task directory
     * @param source the file that names the paths (task.yaml), for problem lines
     */
    constructor(dir, source, problems) {
        this.dir = dir;
        this.source = source;
        this.problems = problems;
    }
    /**
     * The absolute path of `rel` when it exists with the right kind and stays inside the task dir;
     * otherwise null, with the problem recorded against `field`.
     */
    async resolve(rel, field, kind) {
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel)) {
            this.problems.add(this.source, field, `must be a path relative to the task directory, got "${rel}"`);
            return null;
        }
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(this.dir, rel);
        if (!isInside(this.dir, abs)) {
            this.problems.add(this.source, field, `"${rel}" points outside the task directory: keep every file of a task inside its directory`);
            return null;
        }
        const found = await kindOf(abs);
        if (found === null) {
            const what = kind === 'dir' ? 'directory' : kind === 'file' ? 'file' : 'file or directory';
            this.problems.add(this.source, field, `${what} "${rel}" not found (looked for ${this.problems.display(abs)})`);
            return null;
        }
        if (kind !== 'any' && found !== kind) {
            this.problems.add(this.source, field, `"${rel}" is a ${found === 'dir' ? 'directory' : 'file'}, expected a ${kind === 'dir' ? 'directory' : 'file'}`);
            return null;
        }
        if (!(await this.realInside(abs))) {
            this.problems.add(this.source, field, `"${rel}" is a symlink to outside the task directory: copy the file in instead`);
            return null;
        }
        return abs;
    }
    /** Like {@link resolve}, but for conventional names: absence is not a problem, it returns null quietly. */
    async optional(rel, kind) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(this.dir, rel);
        if ((await kindOf(abs)) !== kind)
            return null;
        return (await this.realInside(abs)) ? abs : null;
    }
    /** Symlinks resolved on both sides, so a link inside the dir that points out is caught. */
    async realInside(abs) {
        this.realDir ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.dir);
        return isInside(this.realDir, node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs));
    }
}
function isInside(dir, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(dir, abs);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}


/***/ }),

/***/ 818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ readComposeServices),
/* harmony export */   sO: () => (/* binding */ hardeningRoots)
/* harmony export */ });
/* unused harmony export trustCopiedFragments */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_install_root_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2481);
/* harmony import */ var _compose_hardening_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8342);
/* harmony import */ var _task_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4401);
/* harmony import */ var _read_structured_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9897);
/* harmony import */ var _zod_issues_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2269);






const MAX_INCLUDE_DEPTH = 5;
const copiedFragments = [];
/**
 * Trusts a folder the front end filled with copies of the shipped compose/ fragments (the Action does so for
 * a checkout holding only its tasks/, whose compose files point at ../../../compose): it may be read as the
 * shipped folder is. A folder that existed before is never passed here.
 */
function trustCopiedFragments(dir) {
    copiedFragments.push(path.resolve(dir));
}
/** Where a compose file's services may read host files: the task's directory and the shipped compose/ fragments. */
async function hardeningRoots(file, taskDir) {
    const root = await (0,_core_install_root_js__WEBPACK_IMPORTED_MODULE_1__/* .installRoot */ .Q)();
    return { base: node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(file), allowed: [node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(taskDir), ...(root ? [node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'compose')] : []), ...copiedFragments] };
}
/**
 * The services a compose file defines, its own and those of the files it `include:`s (task compose files
 * pull shared fragments from compose/, docs/architecture.md "Task format"). Records problems and returns undefined
 * when the file is not usable compose YAML.
 */
async function readComposeServices(file, problems, taskDir, depth = 0) {
    const parsed = await (0,_read_structured_js__WEBPACK_IMPORTED_MODULE_4__/* .readYamlFile */ .kv)(file, problems);
    if (!parsed)
        return undefined;
    const doc = parsed.value;
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        problems.add(file, '(top level)', 'expected a compose mapping with a services: key');
        return undefined;
    }
    const record = doc;
    const services = [];
    let ok = true;
    const hardening = (0,_compose_hardening_js__WEBPACK_IMPORTED_MODULE_2__/* .composeHardeningProblems */ .b)(record, await hardeningRoots(file, taskDir));
    for (const p of hardening)
        problems.add(file, p.field, p.message);
    if (hardening.length > 0)
        ok = false;
    const own = record.services;
    if (own !== undefined && own !== null) {
        if (typeof own !== 'object' || Array.isArray(own)) {
            problems.add(file, 'services', 'expected a mapping of service name to service definition');
            ok = false;
        }
        else {
            for (const [name, def] of Object.entries(own)) {
                if (def === null || typeof def !== 'object' || Array.isArray(def)) {
                    problems.add(file, `services.${name}`, 'expected a mapping (image:, build:, ...)');
                    ok = false;
                    continue;
                }
                const spec = def;
                services.push({ name, build: spec.build !== undefined, xDefault: spec['x-default'] === true });
            }
        }
    }
    const included = await readIncludes(file, record.include, problems, taskDir, depth);
    if (!included)
        ok = false;
    else
        services.push(...included);
    if (ok && services.length === 0) {
        problems.add(file, 'services', 'required: the compose file defines no services');
        return undefined;
    }
    return ok ? services : undefined;
}
async function readIncludes(file, include, problems, taskDir, depth) {
    if (include === undefined || include === null)
        return [];
    if (!Array.isArray(include)) {
        problems.add(file, 'include', 'expected a list of compose files');
        return undefined;
    }
    const out = [];
    let ok = true;
    for (const [i, entry] of include.entries()) {
        const paths = includePaths(entry);
        if (paths === undefined) {
            problems.add(file, (0,_zod_issues_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldPath */ .cn)(['include', i]), 'expected a file path or a mapping with path:');
            ok = false;
            continue;
        }
        // Interpolated paths (${VAR}) are compose's to resolve at run time; nothing to check here.
        for (const rel of paths.filter((p) => !p.includes('$'))) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(file), rel);
            if ((await (0,_task_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .kindOf */ .I)(abs)) !== 'file') {
                problems.add(file, (0,_zod_issues_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldPath */ .cn)(['include', i]), `included file "${rel}" not found (looked for ${problems.display(abs)})`);
                ok = false;
            }
            else if (depth >= MAX_INCLUDE_DEPTH) {
                problems.add(file, (0,_zod_issues_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldPath */ .cn)(['include', i]), `includes nest deeper than ${MAX_INCLUDE_DEPTH} levels (a cycle?)`);
                ok = false;
            }
            else {
                const services = await readComposeServices(abs, problems, taskDir, depth + 1);
                if (services)
                    out.push(...services);
                else
                    ok = false;
            }
        }
    }
    return ok ? out : undefined;
}
function includePaths(entry) {
    if (typeof entry === 'string')
        return [entry];
    if (entry === null || typeof entry !== 'object')
        return undefined;
    const p = entry.path;
    if (typeof p === 'string')
        return [p];
    if (Array.isArray(p) && p.every((x) => typeof x === 'string'))
        return p;
    return undefined;
}


/***/ }),

/***/ 2269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bg: () => (/* binding */ issueMessage),
/* harmony export */   cn: () => (/* binding */ fieldPath),
/* harmony export */   tL: () => (/* binding */ formatZodIssues)
/* harmony export */ });
/* unused harmony exports schemaAt, valueAt */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(737);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5301);


const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping',
    record: 'a mapping',
    array: 'a list',
    null: 'null'
};
/**
 * The per-parse error map: schema-level messages (`.min(1, 'must not be empty')`) still win, this fills in
 * the rest. Pass it as `schema.safeParse(data, { error: issueMessage })`.
 */
function issueMessage(issue) {
    const input = issue.input;
    switch (issue.code) {
        case 'invalid_type':
            if (input === undefined)
                return 'required';
            return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(input)}`;
        case 'invalid_value':
            if (input === undefined)
                return `required: one of ${issue.values.map((v) => String(v)).join(' | ')}`;
            return `expected ${issue.values.map((v) => String(v)).join(' | ')}, got ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(input)}`;
        case 'too_small':
            return sizeMessage('at least', issue.origin, Number(issue.minimum), issue.inclusive ?? true, input);
        case 'too_big':
            return sizeMessage('at most', issue.origin, Number(issue.maximum), issue.inclusive ?? true, input);
        case 'invalid_format':
            if (issue.format === 'url')
                return `must be a URL such as http://host:8080/mcp, got ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(input)}`;
            if (issue.format === 'starts_with')
                return `must start with "${String(issue.prefix)}", got ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(input)}`;
            return `has the wrong format (${issue.format}), got ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(input)}`;
        default:
            return undefined;
    }
}
function sizeMessage(bound, origin, limit, inclusive, input) {
    if (origin === 'string')
        return bound === 'at least' && limit === 1 ? 'must not be empty' : `must be ${bound} ${limit} characters`;
    if (origin === 'array' || origin === 'set')
        return `must have ${bound} ${limit} item${limit === 1 ? '' : 's'}`;
    const relation = inclusive ? bound : bound === 'at least' ? 'greater than' : 'less than';
    return `must be ${relation} ${limit}, got ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(input)}`;
}
/** `tests.fail_to_pass[2]`: keys joined with dots, indexes in brackets. */
function fieldPath(segments) {
    let out = '';
    for (const seg of segments) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out === '' ? String(seg) : `.${String(seg)}`;
    }
    return out;
}
/** Formats every issue of a failed parse of `data` against `schema`, in the order zod found them. */
function formatZodIssues(issues, data, schema) {
    return issues.flatMap((issue) => formatIssue(issue, [], data, schema));
}
function formatIssue(issue, base, root, rootSchema) {
    const at = [...base, ...issue.path];
    const field = fieldPath(at) || '(top level)';
    if (issue.code === 'unrecognized_keys') {
        const allowed = objectKeys(schemaAt(rootSchema, issue.path, root));
        const hint = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
        return issue.keys.map((key) => `${fieldPath([...at, key])}: unknown key${hint}`);
    }
    if (issue.code === 'invalid_union') {
        const unionSchema = schemaAt(rootSchema, issue.path, root, false);
        return formatUnion(issue, at, valueAt(root, issue.path), unionSchema);
    }
    if (issue.code === 'invalid_format' && issue.format === 'regex') {
        return [`${field}: ${issue.message}, got ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(valueAt(root, issue.path))}`];
    }
    return [`${field}: ${issue.message}`];
}
/**
 * A union of strict objects (solution: {patch} | {script}; mcp: {command...} | {url}) fails in every branch,
 * so zod's raw issues say everything is wrong. Pick the branch the author meant from the keys they wrote.
 */
function formatUnion(issue, at, value, schema) {
    const field = fieldPath(at) || '(top level)';
    const branches = issue.errors;
    const options = schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodUnion */ .fZ7 ? schema.options : [];
    if (branches.every((b) => b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0)) {
        return [`${field}: ${branches[0]?.[0]?.message ?? 'has the wrong type'}`];
    }
    const present = value !== null && typeof value === 'object' ? Object.keys(value) : [];
    const shapes = options.map((o) => objectKeys(o));
    if (shapes.every((keys) => keys.length === 0)) {
        // Not a union of objects (say string | number): the first option's complaint is as good as any.
        return (branches[0] ?? []).flatMap((inner) => formatIssue(inner, at, value, options[0] ?? zod__WEBPACK_IMPORTED_MODULE_1__/* .never */ .ZmZ()));
    }
    const ownKeys = shapes.map((keys, i) => ownKeysOf(shapes, i, keys));
    const chosen = chosenOptions(options, value);
    if (chosen.length === 1) {
        const i = chosen[0];
        const branchSchema = options[i];
        return (branches[i] ?? []).flatMap((inner) => formatIssue(inner, at, value, branchSchema));
    }
    if (chosen.length > 1) {
        const groups = chosen.map((i) => (ownKeys[i] ?? []).filter((k) => present.includes(k)).join('/'));
        return [`${field}: use either ${groups.join(' or ')}, not both: they belong to different kinds of entry`];
    }
    const required = options.map((o, i) => requiredKeys(o).filter((k) => ownKeys[i]?.includes(k)).join(' + '));
    const known = new Set(shapes.flat());
    const unknown = present.filter((k) => !known.has(k)).map((k) => `${fieldPath([...at, k])}: unknown key (allowed: ${[...known].join(', ')})`);
    return [`${field}: needs one of: ${required.filter((r) => r !== '').join(', ')}`, ...unknown];
}
function unwrap(schema) {
    let s = schema;
    for (let i = 0; i < 20 && s; i++) {
        if (s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodOptional */ .IiU || s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodDefault */ .XiL || s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodNullable */ .l1C || s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodPrefault */ .xgV) {
            s = s.unwrap();
        }
        else if (s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodPipe */ .utH) {
            s = s.in;
        }
        else {
            return s;
        }
    }
    return s;
}
/**
 * The sub-schema at `path`, or undefined where the path goes through something other than objects, arrays
 * and records. A union on the way is narrowed to the option whose own keys the value at that point uses.
 */
function schemaAt(schema, segments, root, narrowEnd = true) {
    let s = unwrap(schema);
    let value = root;
    for (const seg of segments) {
        s = narrow(s, value);
        value = valueAt(value, [seg]);
        if (s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodObject */ .bvH && typeof seg === 'string')
            s = unwrap(s.shape[seg]);
        else if (s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodArray */ .naA && typeof seg === 'number')
            s = unwrap(s.element);
        else if (s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodRecord */ .b8S)
            s = unwrap(s.valueType);
        else
            return undefined;
    }
    return narrowEnd ? narrow(s, value) : s;
}
function narrow(schema, value) {
    if (!(schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodUnion */ .fZ7))
        return schema;
    const options = schema.options;
    const i = chosenOptions(options, value);
    return i.length === 1 ? unwrap(options[i[0]]) : schema;
}
/** Indexes of the union options whose own keys (keys no other option has) appear in `value`. */
function chosenOptions(options, value) {
    const present = value !== null && typeof value === 'object' ? Object.keys(value) : [];
    const shapes = options.map((o) => objectKeys(o));
    return shapes
        .map((keys, i) => ownKeysOf(shapes, i, keys))
        .map((own, i) => (own.some((k) => present.includes(k)) ? i : -1))
        .filter((i) => i >= 0);
}
function ownKeysOf(shapes, i, keys) {
    return keys.filter((k) => shapes.every((other, j) => j === i || !other.includes(k)));
}
function objectKeys(schema) {
    const s = unwrap(schema);
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodObject */ .bvH)
        return Object.keys(s.shape);
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodUnion */ .fZ7)
        return [...new Set(s.options.flatMap((o) => objectKeys(o)))];
    return [];
}
function requiredKeys(schema) {
    const s = unwrap(schema);
    if (!(s instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodObject */ .bvH))
        return [];
    return Object.entries(s.shape)
        .filter(([, v]) => !(v instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodOptional */ .IiU || v instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodDefault */ .XiL))
        .map(([k]) => k);
}
/** The value the user wrote at `path`, for "got ..." clauses. */
function valueAt(root, segments) {
    let v = root;
    for (const seg of segments) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[seg];
    }
    return v;
}


/***/ })

};
