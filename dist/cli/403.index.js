export const id = 403;
export const ids = [403];
export const modules = {

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


/***/ })

};
