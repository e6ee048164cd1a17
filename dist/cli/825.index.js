export const id = 825;
export const ids = [825];
export const modules = {

/***/ 1915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ classifyDockerFailure),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   Vo: () => (/* binding */ DockerCli),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6479);



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
    /** The same CLI with `extra` in the environment of every call (a run's marker, labels.ts RUN_ENV). */
    withEnv(extra) {
        return new DockerCli({ ...this.opts, env: { ...this.opts.env, ...extra } });
    }
    /** The docker binary, for the one caller that streams a call's output instead of buffering it. */
    get binary() {
        return this.opts.docker ?? 'docker';
    }
    /** One call, its result as data (exit code and output); only the caller decides what a failure means. */
    raw(args, opts) {
        return (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)([this.opts.docker ?? 'docker', ...args], {
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
        const what = describe(args);
        const once = async () => {
            const result = await this.raw(args, opts);
            if (opts.signal?.aborted)
                throw opts.signal.reason ?? new Error('aborted');
            if (result.exitCode === 0 && !result.timedOut)
                return result;
            const output = `${result.stderr}\n${result.stdout}`;
            const kind = result.timedOut ? 'transient' : classifyDockerFailure(output);
            throw new FailedCall(kind, result.timedOut ? `did not finish within ${opts.timeoutSec}s` : `failed (exit ${result.exitCode}): ${tail(output)}`);
        };
        try {
            const { value } = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryWithBackoff */ .ZB)(once, {
                maxRetries: opts.retries ?? 2,
                // No jitter: one call's retries, not many trials' in lockstep.
                delayFor: (error, n) => (error instanceof FailedCall && error.kind !== null ? (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)({ baseMs: this.opts.backoffMs ?? 1000, jitter: 0 }, n) : null),
                signal: opts.signal,
                sleep,
                onRetry: ({ delayMs, error }) => this.opts.log?.(`docker: ${what} ${error.why.split('\n')[0]}; retrying in ${delayMs} ms`)
            });
            return value;
        }
        catch (error) {
            if (!(error instanceof FailedCall))
                throw error;
            if (error.kind === 'daemon')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RuntimeUnavailableError */ .VT(`${what} ${error.why}`);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentStartError */ .ch(`${what} ${error.why}`, opts.errorClass ?? 'env_start', error.kind !== null);
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
/** A docker call that failed, as retryWithBackoff sees it: what kind of failure, and why (for the message). */
class FailedCall extends Error {
    kind;
    why;
    constructor(kind, why) {
        super(why);
        this.kind = kind;
        this.why = why;
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

/***/ 9786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZV: () => (/* binding */ ContainerPathError),
  jr: () => (/* binding */ copyIntoContainer),
  iI: () => (/* binding */ copyOutOfContainer),
  U7: () => (/* binding */ copyTarIn),
  WC: () => (/* binding */ copyTreeOut),
  GN: () => (/* binding */ readContainerFile),
  Pn: () => (/* binding */ writeContainerFile)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/runtime/process-exec.js
var process_exec = __webpack_require__(6479);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/runtime/tar-extract.js



// A tar reader for a stream the agent's files went into (`docker cp <container>:<dir>/. -`): only regular
// files, directories and symlinks (as links, never followed) come out, modes are 0644/0755 (no setuid, no
// unreadable directories), names stay under the destination, and every other kind of entry (devices,
// fifos) is dropped. Host tar would create device nodes when the harness runs as root, and counts bytes it
// then skips; this counts only what it writes.
const BLOCK = 512;
/** Long names and PAX records are a few KiB; more is not a tree docker wrote. */
const META_MAX = 1024 * 1024;
/** The archive is malformed or truncated, or it outgrows the cap. */
class TarExtractError extends Error {
}
/** Exact reads from a chunked byte stream. */
class Reader {
    buf = Buffer.alloc(0);
    it;
    constructor(source) {
        this.it = source[Symbol.asyncIterator]();
    }
    /** `n` bytes, or null at a clean end of stream. @throws TarExtractError when the stream ends inside them */
    async read(n) {
        while (this.buf.length < n) {
            const next = await this.it.next();
            if (next.done) {
                if (this.buf.length === 0)
                    return null;
                throw new TarExtractError('the archive ends in the middle of an entry');
            }
            this.buf = this.buf.length === 0 ? next.value : Buffer.concat([this.buf, next.value]);
        }
        const out = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        return out;
    }
    /** Reads what follows the end-of-archive blocks, so the writer is never left blocked on a full pipe. */
    async drain() {
        this.buf = Buffer.alloc(0);
        while (!(await this.it.next()).done)
            ;
    }
    /** Hands `n` bytes to `sink` piece by piece (a large file never sits in memory). */
    async pass(n, sink) {
        let left = n;
        while (left > 0) {
            if (this.buf.length === 0) {
                const next = await this.it.next();
                if (next.done)
                    throw new TarExtractError('the archive ends in the middle of a file');
                this.buf = next.value;
            }
            const piece = this.buf.subarray(0, Math.min(left, this.buf.length));
            this.buf = this.buf.subarray(piece.length);
            left -= piece.length;
            await sink(piece);
        }
    }
}
const tar_extract_text = (b, from, len) => {
    const field = b.subarray(from, from + len);
    const nul = field.indexOf(0);
    return field.subarray(0, nul < 0 ? len : nul).toString('utf8');
};
function numeric(b, from, len) {
    const field = b.subarray(from, from + len);
    // GNU base-256 for values octal cannot hold (files over 8 GiB).
    if ((field[0] ?? 0) & 0x80)
        return field.subarray(1).reduce((n, byte) => n * 256 + byte, (field[0] ?? 0) & 0x7f);
    const digits = tar_extract_text(b, from, len).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
function parseHeader(b) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (b[i] ?? 0);
    if (sum !== numeric(b, 148, 8))
        throw new TarExtractError('bad tar header checksum');
    const prefix = tar_extract_text(b, 257, 6).startsWith('ustar') ? tar_extract_text(b, 345, 155) : '';
    const name = tar_extract_text(b, 0, 100);
    return {
        name: prefix ? `${prefix}/${name}` : name,
        linkname: tar_extract_text(b, 157, 100),
        size: numeric(b, 124, 12),
        mode: numeric(b, 100, 8),
        type: String.fromCharCode(b[156] ?? 0)
    };
}
/** PAX records: "<len> <key>=<value>\n". */
function parsePax(data) {
    const out = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const len = parseInt(data.subarray(at, space).toString('ascii'), 10);
        if (space < 0 || !(len > 0))
            throw new TarExtractError('bad PAX header');
        const record = data.subarray(space + 1, at + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        at += len;
    }
    return out;
}
/**
 * The entry's path relative to the destination, or null when it is the root itself or lies outside
 * (an absolute name or a `..` step: dropped, never followed).
 */
function relativeName(name) {
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.length === 0 || parts.includes('..'))
        return null;
    return parts.join('/');
}
const pad = (size) => (BLOCK - (size % BLOCK)) % BLOCK;
const ZEROS = Buffer.alloc(64 * 1024);
/** True when every byte of `chunk` is 0 (such a run is left as a hole in the host file). */
function isZero(chunk) {
    for (let at = 0; at < chunk.length; at += ZEROS.length) {
        const piece = chunk.subarray(at, at + ZEROS.length);
        if (!piece.equals(ZEROS.subarray(0, piece.length)))
            return false;
    }
    return true;
}
/** Ends reading a file whose data passed the allocation cap. */
class CutShort extends Error {
}
/**
 * Extracts a tar stream into `dest` (created). Symlinks are made last, so no file is ever written
 * through one, and a link whose parent is itself a link is dropped. Past a cap (`capBytes` allocated,
 * `apparentCapBytes` apparent) extraction stops at the entry that crossed it: `stats.cut` says which, the
 * file itself is not kept, and the rest of the stream is left unread (no symlinks are made then).
 * @throws TarExtractError for a malformed archive; fs errors as they come
 */
async function extractTar(source, dest, opts) {
    const reader = new Reader(source);
    const stats = { files: 0, bytes: 0, apparentBytes: 0, skipped: 0, paths: [] };
    const apparentCap = opts.apparentCapBytes ?? Number.MAX_SAFE_INTEGER;
    const links = [];
    const files = new Set();
    let pax = new Map();
    let longName = null;
    let longLink = null;
    await (0,external_node_fs_promises_.mkdir)(dest, { recursive: true });
    // Directories made so far (parents come before their children in docker's walk): one mkdir each, not one per file.
    const made = new Set([dest]);
    const makeDir = async (dir) => {
        if (made.has(dir))
            return;
        await (0,external_node_fs_promises_.mkdir)(dir, { recursive: true, mode: 0o755 });
        made.add(dir);
    };
    const keep = (rel) => {
        if (rel === null)
            return false;
        const parts = rel.split('/');
        if (opts.skipTop?.has(parts[0] ?? ''))
            return false;
        return !parts.some((p) => opts.skipAnywhere?.has(p.toLowerCase()));
    };
    /** Whether `size` more bytes (apparent) fit; when not, the copy stops at `rel`. */
    const fits = (rel, size) => {
        if (stats.apparentBytes + size <= apparentCap)
            return true;
        stats.cut = `${rel}: ${size} bytes (apparent size) would take the copy past its cap of ${apparentCap} bytes`;
        return false;
    };
    const overAllocated = (rel) => {
        if (stats.bytes <= opts.capBytes)
            return false;
        stats.cut = `${rel}: the copy holds more than ${opts.capBytes} bytes of data (allocated, holes not counted) with it`;
        return true;
    };
    for (;;) {
        const block = await reader.read(BLOCK);
        if (block === null || block.every((byte) => byte === 0))
            break;
        const h = parseHeader(block);
        if (h.type === 'x' || h.type === 'g' || h.type === 'L' || h.type === 'K') {
            if (!(h.size >= 0 && h.size <= META_MAX))
                throw new TarExtractError(`a ${h.size}-byte tar extension header`);
            const data = (await reader.read(h.size + pad(h.size))) ?? Buffer.alloc(0);
            const body = data.subarray(0, h.size);
            if (h.type === 'x')
                pax = parsePax(body);
            else if (h.type === 'L')
                longName = tar_extract_text(body, 0, body.length);
            else if (h.type === 'K')
                longLink = tar_extract_text(body, 0, body.length);
            continue;
        }
        const size = pax.has('size') ? Number(pax.get('size')) : h.size;
        if (!Number.isSafeInteger(size) || size < 0)
            throw new TarExtractError(`bad entry size ${pax.get('size')}`);
        const name = pax.get('path') ?? longName ?? h.name;
        const linkname = pax.get('linkpath') ?? longLink ?? h.linkname;
        pax = new Map();
        longName = longLink = null;
        const rel = relativeName(name);
        const target = rel === null ? null : external_node_path_.join(dest, rel);
        const isFile = h.type === '0' || h.type === '\0' || h.type === '7';
        if (!keep(rel) || target === null || !['0', '\0', '7', '1', '2', '5'].includes(h.type)) {
            if (rel !== null)
                stats.skipped++;
            await reader.pass(size + pad(size), async () => { });
            continue;
        }
        if (h.type === '5') {
            await makeDir(target);
        }
        else if (isFile) {
            if (!fits(rel, size))
                return stats;
            await makeDir(external_node_path_.dirname(target));
            const fh = await (0,external_node_fs_promises_.open)(target, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, h.mode & 0o100 ? 0o755 : 0o644);
            let over = false;
            try {
                let at = 0;
                await reader.pass(size, async (chunk) => {
                    if (!over && !isZero(chunk)) {
                        await fh.write(chunk, 0, chunk.length, at);
                        stats.bytes += chunk.length;
                        over = overAllocated(rel);
                    }
                    at += chunk.length;
                    if (over)
                        throw new CutShort();
                });
                await fh.truncate(size);
            }
            catch (error) {
                if (!(error instanceof CutShort))
                    throw error;
            }
            finally {
                await fh.close();
            }
            if (over) {
                await (0,external_node_fs_promises_.rm)(target, { force: true });
                return stats;
            }
            stats.apparentBytes += size;
            await reader.pass(pad(size), async () => { });
            files.add(rel);
            stats.paths.push(rel);
            stats.files++;
        }
        else if (h.type === '1') {
            // A hard link to a file extracted earlier: a copy, so the two stay independent on the host.
            const from = relativeName(linkname);
            if (from !== null && files.has(from)) {
                const original = await (0,external_node_fs_promises_.lstat)(external_node_path_.join(dest, from));
                if (!fits(rel, original.size))
                    return stats;
                await makeDir(external_node_path_.dirname(target));
                await (0,external_node_fs_promises_.copyFile)(external_node_path_.join(dest, from), target);
                stats.apparentBytes += original.size;
                stats.bytes += original.blocks * 512;
                if (overAllocated(rel)) {
                    await (0,external_node_fs_promises_.rm)(target, { force: true });
                    return stats;
                }
                files.add(rel);
                stats.paths.push(rel);
                stats.files++;
            }
            else
                stats.skipped++;
            await reader.pass(size + pad(size), async () => { });
        }
        else {
            links.push([rel, linkname]);
            await reader.pass(size + pad(size), async () => { });
        }
    }
    await reader.drain();
    const linked = new Set();
    for (const [rel, to] of links.sort(([a], [b]) => a.length - b.length)) {
        const parts = rel.split('/');
        if (parts.some((_, i) => i > 0 && linked.has(parts.slice(0, i).join('/')))) {
            stats.skipped++;
            continue;
        }
        await (0,external_node_fs_promises_.mkdir)(external_node_path_.dirname(external_node_path_.join(dest, rel)), { recursive: true, mode: 0o755 });
        try {
            await (0,external_node_fs_promises_.symlink)(to, external_node_path_.join(dest, rel));
        }
        catch (error) {
            // The same name came as a directory or file too: docker never writes that, so keep what is there.
            if (error.code !== 'EEXIST')
                throw error;
            stats.skipped++;
            continue;
        }
        linked.add(rel);
        stats.files++;
    }
    return stats;
}

// EXTERNAL MODULE: ./lib/runtime/tar-write.js
var tar_write = __webpack_require__(2509);
;// CONCATENATED MODULE: ./lib/runtime/docker/files.js









// Files in and out of a container with `docker cp`: binary-safe, needs nothing in the image (no cat,
// base64 or tar), and works on volumes too; one engine call per copy. Paths inside the container are absolute (callers resolve them).
const CP_TIMEOUT_SEC = 600;
/** Thrown for a path that is not there, like fs's ENOENT, so callers can tell "missing" from "broken". */
class ContainerPathError extends Error {
    code = 'ENOENT';
}
/**
 * What a failed `docker cp` means: the daemon or container is gone, the path is missing, or something else.
 * Older CLIs (Debian's 20.10) say "No such container:path" for a missing path in a live container as well as
 * for a gone container, so that answer is settled by asking the engine whether the container still exists.
 */
async function cpFailure(cli, id, args, output) {
    const why = output.trim().slice(0, 500);
    if (/No such container:path/.test(why)) {
        const known = await cli.raw(['inspect', '--type', 'container', '--format', '{{.Id}}', id], { timeoutSec: 60 });
        return known.exitCode === 0 ? new ContainerPathError(`docker cp: ${why}`) : new errors/* RuntimeUnavailableError */.VT(`docker cp: ${why}`);
    }
    if (/No such container|Cannot connect to the Docker daemon|error during connect/.test(why))
        return new errors/* RuntimeUnavailableError */.VT(`docker cp: ${why}`);
    if (/Could not find the file|No such file or directory|not a directory/i.test(why))
        return new ContainerPathError(`docker cp: ${why}`);
    return new Error(`docker cp ${args.join(' ')}: ${why}`);
}
/** `docker cp` with `args` that name container `id` on one side. */
async function cp(cli, id, args) {
    const result = await cli.raw(['cp', ...args], { timeoutSec: CP_TIMEOUT_SEC });
    if (result.exitCode === 0)
        return;
    throw await cpFailure(cli, id, args, result.stderr || result.stdout);
}
async function withTemp(scratch, fn) {
    await (0,external_node_fs_promises_.mkdir)(scratch, { recursive: true });
    const dir = await (0,external_node_fs_promises_.mkdtemp)(external_node_path_.join(scratch, 'cp-'));
    try {
        return await fn(dir);
    }
    finally {
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true }).catch(() => { });
    }
}
/** @throws ContainerPathError when the file does not exist */
function readContainerFile(cli, id, file, scratch) {
    return withTemp(scratch, async (dir) => {
        const local = external_node_path_.join(dir, 'file');
        await cp(cli, id, ['-L', `${id}:${file}`, local]);
        return (0,external_node_fs_promises_.readFile)(local);
    });
}
/** One file in the container, parents made as needed, owned by the container's user: one engine call. */
async function writeContainerFile(cli, target, file, content) {
    await copyTarIn(cli, target.id, (0,tar_write/* tarOfContent */.eh)(file, typeof content === 'string' ? Buffer.from(content) : content, (0,tar_write/* parseOwner */.pZ)(target.user)));
}
/**
 * A host file to `dest`, or a host directory's contents into `dest` (created, merged when it exists), owned
 * by the container's user: one `docker cp -` of a tar whose entries carry their container paths.
 */
async function copyIntoContainer(cli, target, hostPath, dest) {
    await copyTarIn(cli, target.id, (0,tar_write/* tarOf */.$t)(hostPath, dest, (0,tar_write/* parseOwner */.pZ)(target.user)));
}
/**
 * Streams a tar into the container's root (`docker cp - <id>:/`): the engine extracts it (symlinks resolved
 * inside the container) keeping the entries' owners and modes, and creates missing parents as root.
 * @throws RuntimeUnavailableError when the container or the daemon is gone; ContainerPathError when a
 *   path cannot be made; Error otherwise
 */
async function copyTarIn(cli, id, tar, timeoutSec = CP_TIMEOUT_SEC) {
    const args = ['cp', '-', `${id}:/`];
    const child = (0,external_node_child_process_.spawn)(cli.binary, args, { env: cli.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const output = [];
    const keep = (chunk) => output.length < 64 && output.push(chunk);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const exited = new Promise((resolve) => {
        child.on('error', () => resolve(127));
        child.on('close', (code) => resolve(code ?? 1));
    });
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        if (child.pid !== undefined)
            (0,process_exec/* killGroup */.i0)(child.pid, 'SIGKILL');
    }, timeoutSec * 1000);
    // A CLI that exits early (a gone container) closes its stdin: what it said explains that, not the EPIPE.
    await (0,promises_.pipeline)(external_node_stream_.Readable.from(tar), child.stdin).catch(() => { });
    const code = await exited;
    clearTimeout(timer);
    if (timedOut)
        throw new Error(`docker ${args.join(' ')}: did not finish within ${timeoutSec}s`);
    if (code !== 0)
        throw await cpFailure(cli, id, args, Buffer.concat(output).toString('utf8') || `exit ${code}`);
}
/** A container path (file or directory) to `hostDest`, which must not exist yet for a directory. */
async function copyOutOfContainer(cli, id, src, hostDest) {
    await (0,external_node_fs_promises_.mkdir)(external_node_path_.dirname(hostDest), { recursive: true });
    await cp(cli, id, [`${id}:${src}`, hostDest]);
}
/**
 * A container directory's contents into `hostDest` (created) without the docker CLI unpacking anything:
 * `docker cp <id>:<src>/. -` streams the tar, {@link extractTar} writes only files, directories and
 * symlinks, and leaves out `opts.skipTop` / `opts.skipAnywhere`, which therefore never reach the host.
 * Past a cap the copy stops there (`stats.cut`) and the stream is ended unread.
 * @throws ContainerPathError when `src` is not a directory in the container; RuntimeUnavailableError when
 *   the container or the daemon is gone; TarExtractError for a malformed stream; Error when the copy fails
 *   or outlasts `timeoutSec`
 */
async function copyTreeOut(cli, id, src, hostDest, opts) {
    const args = ['cp', `${id}:${src.replace(/\/+$/, '')}/.`, '-'];
    await (0,external_node_fs_promises_.mkdir)(external_node_path_.dirname(hostDest), { recursive: true });
    const child = (0,external_node_child_process_.spawn)(cli.binary, args, { env: cli.env, cwd: external_node_path_.dirname(hostDest), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.length < 64 && stderr.push(chunk));
    const exited = new Promise((resolve) => {
        child.on('error', () => resolve(127));
        child.on('close', (code) => resolve(code ?? 1));
    });
    let killed = false;
    const kill = () => {
        killed = true;
        if (child.pid !== undefined)
            (0,process_exec/* killGroup */.i0)(child.pid, 'SIGKILL');
        child.stdout.destroy();
    };
    const sec = opts.timeoutSec ?? CP_TIMEOUT_SEC;
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        kill();
    }, sec * 1000);
    let stats;
    let failure;
    try {
        stats = await extractTar(child.stdout, hostDest, opts);
        // A cap stopped the copy: the rest of the stream (a sparse terabyte's zeros) is never read.
        if (stats.cut !== undefined)
            kill();
    }
    catch (error) {
        failure = error;
        kill();
    }
    const code = await exited;
    clearTimeout(timer);
    if (timedOut)
        throw new Error(`docker cp ${args.join(' ')}: did not finish within ${sec}s`);
    // docker's own reason (a missing path, a gone container) explains a short stream better than the reader can.
    const said = Buffer.concat(stderr).toString('utf8');
    if (code !== 0 && (!killed || said.trim() !== ''))
        throw await cpFailure(cli, id, args, said || `exit ${code}`);
    if (failure !== undefined || stats === undefined)
        throw failure;
    return stats;
}


/***/ }),

/***/ 1354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ HASH_LABEL),
  D: () => (/* binding */ ImageStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/runtime/docker/cli.js
var cli = __webpack_require__(1915);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/task/hash.js
var task_hash = __webpack_require__(9077);
// EXTERNAL MODULE: ./lib/runtime/docker/isolation.js
var isolation = __webpack_require__(1617);
;// CONCATENATED MODULE: ./lib/runtime/docker/context.js





/** The Dockerfile's absolute path (meaningless with dockerfileInline). */
function dockerfilePath(spec) {
    return external_node_path_.resolve(spec.context, spec.dockerfile ?? 'Dockerfile');
}
/**
 * A content hash of everything that goes into the image: the context's files (minus .git and the task's
 * hidden files, which never enter it), the Dockerfile, the build args and the target. Two builds with the
 * same hash make the same image, so the hash is the image's tag. The base image's own digest is not in it:
 * a moved `debian:bookworm-slim` does not invalidate cached images (remove them to rebuild).
 * @throws Error when the context or the Dockerfile cannot be read (the caller names the service)
 */
async function hashBuildContext(spec, hidden) {
    const files = await (0,task_hash/* hashTaskDir */.D)(spec.context, (p) => (0,isolation/* isHidden */.dK)(p, hidden));
    const dockerfile = spec.dockerfileInline ?? (await (0,promises_.readFile)(dockerfilePath(spec), 'utf8'));
    const args = Object.entries(spec.args ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    hash.update(JSON.stringify({ files, dockerfile, dockerfileName: spec.dockerfile ?? 'Dockerfile', args, target: spec.target ?? null }));
    return hash.digest('hex');
}
/**
 * The context to hand `docker build`: the original directory when no hidden file lies in it, otherwise a
 * copy without them (and without .git) under `scratch`. A task that builds from its own directory
 * (`context: .`) would otherwise send test.patch and golden.patch to the daemon, where one `COPY . /src`
 * puts them in an image layer the agent can read.
 */
async function buildContextDir(spec, hidden, scratch) {
    if ((0,isolation/* exposedHidden */.Jb)(spec.context, hidden) === null)
        return spec.context;
    await (0,promises_.cp)(spec.context, scratch, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => external_node_path_.basename(src) !== '.git' && !(0,isolation/* isHidden */.dK)(src, hidden)
    });
    return scratch;
}

// EXTERNAL MODULE: ./lib/runtime/docker/labels.js
var labels = __webpack_require__(826);
// EXTERNAL MODULE: ./lib/runtime/docker/shared.js
var shared = __webpack_require__(9164);
;// CONCATENATED MODULE: ./lib/runtime/docker/images.js







/** Every image the runtime builds carries its content hash, so an identical build under another name is a tag away. */
const HASH_LABEL = 'dev.opsbench.context';
/**
 * Images tagged `<name>:<content hash>`, built at most once per run: parallel trials of a task wait for
 * the one build (SharedWork), later ones find the tag. A failed build is remembered for the run too (the
 * other trials of the task fail at once with the same error) unless it looked transient.
 */
class ImageStore {
    cli;
    opts;
    builds = new shared/* SharedWork */.l();
    hashes = new Map();
    constructor(cli, opts) {
        this.cli = cli;
        this.opts = opts;
    }
    /**
     * The image for `req`, built when neither the tag, an identical build under another name, nor the cache has it.
     * @throws EnvironmentStartError(build) naming the Dockerfile and the build's last output lines
     */
    async ensure(req) {
        const hash = await this.hashOf(req);
        const tag = `${req.name}:${hash.slice(0, 24)}`;
        let mine = false;
        const result = await this.builds.run(tag, (signal) => {
            mine = true;
            return this.obtain(req, tag, hash, signal);
        }, req.signal, (error) => !(errors/* OpsBenchError */.bc.isInstance(error) && !error.retryable));
        return mine ? result : { tag, status: 'reused' };
    }
    hashOf(req) {
        const key = JSON.stringify([req.build, req.hidden]);
        let hit = this.hashes.get(key);
        if (!hit) {
            hit = hashBuildContext(req.build, req.hidden).catch((error) => {
                this.hashes.delete(key);
                throw new errors/* EnvironmentStartError */.ch(`cannot read the build of ${req.name} (${req.build.context}): ${error.message}`, 'build', false, error);
            });
            this.hashes.set(key, hit);
        }
        return hit;
    }
    async obtain(req, tag, hash, signal) {
        const call = { timeoutSec: 60, signal };
        if (!this.opts.noCache) {
            if (await this.exists(tag, signal))
                return { tag, status: 'reused' };
            const same = await this.cli.run(['images', '-q', '--filter', `label=${HASH_LABEL}=${hash}`], call);
            const id = same.stdout.split('\n')[0]?.trim();
            if (id) {
                await this.cli.run(['tag', id, tag], call);
                return { tag, status: 'reused' };
            }
            if (this.opts.cache && (await this.restore(tag, hash)) && (await this.exists(tag, signal)))
                return { tag, status: 'reused' };
        }
        const log = await this.build(req, tag, hash, signal);
        if (this.opts.cache) {
            await this.opts.cache.save(tag, hash).catch((error) => this.opts.log?.(`image cache: could not save ${tag}: ${error.message}`));
        }
        return { tag, status: 'built', log };
    }
    async exists(tag, signal) {
        const inspect = await this.cli.raw(['image', 'inspect', '--format', '{{.Id}}', tag], { timeoutSec: 60, signal });
        return inspect.exitCode === 0;
    }
    async restore(tag, hash) {
        try {
            return await this.opts.cache.restore(tag, hash);
        }
        catch (error) {
            this.opts.log?.(`image cache: could not restore ${tag}: ${error.message}`);
            return false;
        }
    }
    /** `docker build` from a context without the hidden files; transient failures (apt mirror, registry) retried. */
    async build(req, tag, hash, signal) {
        const scratchDir = req.run?.scratchDir ?? this.opts.scratchDir;
        await (0,promises_.mkdir)(scratchDir, { recursive: true });
        const scratch = await (0,promises_.mkdtemp)(external_node_path_.join(scratchDir, 'build-'));
        try {
            const context = await buildContextDir(req.build, req.hidden, external_node_path_.join(scratch, 'context'));
            const dockerfile = await this.dockerfileFor(req.build, context, scratch);
            const args = [
                'build',
                '-t', tag,
                '--label', `${HASH_LABEL}=${hash}`,
                // The legacy builder keeps the container of a failed step unless told not to.
                '--force-rm',
                '-f', dockerfile,
                ...Object.entries(req.build.args ?? {}).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
                ...(req.build.target ? ['--target', req.build.target] : []),
                ...(this.opts.noCache ? ['--no-cache'] : []),
                context
            ];
            const deadline = Date.now() + req.timeoutSec * 1000;
            for (let attempt = 0;; attempt++) {
                const left = Math.max(1, Math.round((deadline - Date.now()) / 1000));
                this.opts.log?.(`docker build ${tag}${attempt > 0 ? ` (retry ${attempt})` : ''}`);
                const result = await this.cli.raw(args, { timeoutSec: left, signal, ...(req.run && { env: { [labels/* RUN_ENV */.Gj]: req.run.id } }) });
                if (signal.aborted)
                    throw signal.reason ?? new Error('aborted');
                const output = `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`;
                if (result.exitCode === 0 && !result.timedOut)
                    return (0,cli/* plainText */.wh)(output);
                const kind = (0,cli/* classifyDockerFailure */.Jx)(output);
                const what = req.build.dockerfileInline ? `the inline Dockerfile of ${req.name}` : dockerfilePath(req.build);
                if (result.timedOut)
                    throw new errors/* EnvironmentStartError */.ch(`building ${what} did not finish within build_sec (${req.timeoutSec}s)`, 'build', true);
                if (kind !== null && attempt < 2 && Date.now() < deadline) {
                    await new Promise((resolve) => setTimeout(resolve, 2000 * 2 ** attempt));
                    continue;
                }
                const message = `building ${what} failed (exit ${result.exitCode}):\n${(0,cli/* tail */.RT)(output, 25)}`;
                throw new errors/* EnvironmentStartError */.ch(message, kind === 'daemon' ? 'daemon' : 'build', kind !== null);
            }
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true }).catch(() => { });
        }
    }
    /** The -f argument: an inline Dockerfile written out, or the file re-rooted into a filtered context copy. */
    async dockerfileFor(spec, context, scratch) {
        if (spec.dockerfileInline !== undefined) {
            const file = external_node_path_.join(scratch, 'Dockerfile.inline');
            await (0,promises_.writeFile)(file, spec.dockerfileInline);
            return file;
        }
        const original = dockerfilePath(spec);
        const rel = external_node_path_.relative(spec.context, original);
        return context !== spec.context && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? external_node_path_.join(context, rel) : original;
    }
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
    // APEX's test_layers.json and its verifiers (tests/verifiers/*.sh), also in the observability layout.
    if (task.apex)
        definition.push(node_path__WEBPACK_IMPORTED_MODULE_0__.join(task.dir, 'test_layers.json'), node_path__WEBPACK_IMPORTED_MODULE_0__.join(task.dir, 'tests'));
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
/* harmony export */   Gj: () => (/* binding */ RUN_ENV),
/* harmony export */   My: () => (/* binding */ TRIAL_LABEL),
/* harmony export */   j1: () => (/* binding */ projectName),
/* harmony export */   jQ: () => (/* binding */ RUN_LABEL),
/* harmony export */   tO: () => (/* binding */ imageName),
/* harmony export */   ux: () => (/* binding */ removeLabelled)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/** On every container, network and volume of a run: what the post step and the signal path clean up by. */
const RUN_LABEL = 'dev.opsbench.run';
/**
 * In the environment of every docker CLI process a run starts (builds, compose, cp), with the run id as
 * value: a run killed -9 leaves its `docker build` running, detached from any label; `cleanup` finds it by this.
 */
const RUN_ENV = 'OPSBENCH_RUN_ID';
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


/***/ }),

/***/ 9905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ requestedLimits),
/* harmony export */   Nu: () => (/* binding */ defaultCeiling),
/* harmony export */   rk: () => (/* binding */ applyLimits)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIMITS, parseBytes */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);

/**
 * What every service gets unless the task asks for more: enough for a test suite and a build, not enough for
 * a fork tree or a memory balloon of the agent's to take the runner down.
 */
const DEFAULT_LIMITS = { pids: 2048, memoryBytes: 4 * 1024 ** 3, cpus: 2 };
/** The most a task may ask for on this runner (DockerRuntimeOptions.limitCeiling overrides it). */
function defaultCeiling() {
    return { pids: 16384, memoryBytes: Math.max(DEFAULT_LIMITS.memoryBytes, Math.floor(node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem() * 0.75)), cpus: Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_0__.cpus().length) };
}
const UNITS = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
/** `4g`, `512m`, `1073741824` as bytes; NaN when it is not a size. */
function parseBytes(size) {
    if (typeof size === 'number')
        return size;
    const m = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(size.trim());
    return m ? Math.floor(Number(m[1]) * (UNITS[(m[2] ?? '').toLowerCase()] ?? NaN)) : NaN;
}
/** What task.yaml asked for, as numbers (unset fields stay unset). */
function requestedLimits(limits) {
    return {
        ...(limits?.pids !== undefined && { pids: limits.pids }),
        ...(limits?.memory !== undefined && { memoryBytes: parseBytes(limits.memory) }),
        ...(limits?.cpus !== undefined && { cpus: limits.cpus })
    };
}
/**
 * Sets a service's `pids_limit`, `mem_limit` and `cpus`: the larger of the runner's default and what the
 * task asked for in task.yaml, never above the ceiling. Limits the compose file sets itself (including
 * `deploy.resources.limits`) count as asked for, so a compose file cannot lift them either; an unlimited
 * value (-1, 0) there asks for the ceiling.
 */
function applyLimits(service, requested, ceiling) {
    const deploy = service.deploy?.resources?.limits;
    const own = (value, parse) => {
        if (value === undefined || value === null || value === '')
            return undefined;
        const n = parse(value);
        return Number.isFinite(n) ? (n <= 0 ? Infinity : n) : undefined;
    };
    const pick = (key, fromCompose) => Math.min(ceiling[key], Math.max(DEFAULT_LIMITS[key], requested[key] ?? 0, fromCompose === undefined ? 0 : fromCompose));
    const pids = pick('pids', own(service.pids_limit ?? deploy?.pids, Number));
    const memoryBytes = pick('memoryBytes', own(service.mem_limit ?? deploy?.memory, parseBytes));
    const cpus = pick('cpus', own(service.cpus ?? deploy?.cpus, Number));
    if (deploy) {
        delete deploy.pids;
        delete deploy.memory;
        delete deploy.cpus;
    }
    delete service.memswap_limit;
    Object.assign(service, { pids_limit: pids, mem_limit: String(memoryBytes), cpus });
}


/***/ }),

/***/ 9044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ parseComposeModel),
/* harmony export */   Ik: () => (/* binding */ generateCompose),
/* harmony export */   M9: () => (/* binding */ loadComposeModel),
/* harmony export */   Rm: () => (/* binding */ composeConfig),
/* harmony export */   Wu: () => (/* binding */ GRADER_PROFILE),
/* harmony export */   aD: () => (/* binding */ GRADER_SERVICE),
/* harmony export */   jV: () => (/* binding */ buildsOf),
/* harmony export */   rz: () => (/* binding */ composeContainerName),
/* harmony export */   uV: () => (/* binding */ profilesOf),
/* harmony export */   up: () => (/* binding */ checkNoHiddenMounts)
/* harmony export */ });
/* unused harmony export ComposeModelSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(737);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _isolation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1617);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9905);




// The compose model as `docker compose config --format json` prints it: includes resolved, ${VAR}s
// interpolated (from the scrubbed CLI environment), paths absolute. Only what the runtime reads is
// typed; everything else passes through untouched into the generated file.
const BuildSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    context: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    dockerfile: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    dockerfile_inline: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    args: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable()).optional(),
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional()
});
const MountSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(), source: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(), target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() });
const ServiceSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    build: BuildSchema.optional(),
    image: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    profiles: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    volumes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(MountSchema).optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    networks: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).nullish(),
    network_mode: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    working_dir: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    init: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional()
});
const ResourceSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ external: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(), labels: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional() });
const FileSourceSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() });
const ComposeModelSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    services: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), ServiceSchema),
    networks: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), ResourceSchema.nullable()).optional(),
    volumes: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), ResourceSchema.nullable()).optional(),
    secrets: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), FileSourceSchema).optional(),
    configs: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), FileSourceSchema).optional()
});
/** The service the runtime adds for integration suites when the task's compose file has none. */
const GRADER_SERVICE = 'grader';
const GRADER_PROFILE = 'grader';
/**
 * The name compose gives a service's container in a generated stack (generateCompose drops container_name),
 * so it is found without a `ps`.
 */
function composeContainerName(project, service) {
    return `${project}-${service}-1`;
}
/**
 * The task's compose file as compose itself resolves it (`include:`, `extends:`, interpolation, .env).
 * @throws EnvironmentStartError(env_start, not retryable) with compose's own complaint for a bad file
 */
async function loadComposeModel(cli, project, file, signal, env) {
    return parseComposeModel(file, await composeConfig(cli, project, file, signal, env));
}
/** What `docker compose config --format json` prints for the file, every profile active. */
async function composeConfig(cli, project, file, signal, env) {
    // Every profile active: a service under a profile (the task's own grader) is still part of the stack.
    const result = await cli.compose(project, [file], ['--profile', '*', 'config', '--format', 'json'], { timeoutSec: 60, signal, env });
    return result.stdout;
}
/** @throws EnvironmentStartError(env_start, not retryable) when `text` is not a compose model */
function parseComposeModel(file, text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentStartError */ .ch(`${file}: docker compose config printed no JSON: ${text.slice(0, 300)}`, 'env_start', false, error);
    }
    const model = ComposeModelSchema.safeParse(parsed);
    if (!model.success) {
        const issue = model.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentStartError */ .ch(`${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'unexpected compose model'}`, 'env_start', false);
    }
    return model.data;
}
/** The services whose image the runtime builds (compose's `build:`), with their build as a BuildSpec. */
function buildsOf(model) {
    const out = new Map();
    for (const [name, service] of Object.entries(model.services)) {
        const b = service.build;
        if (!b)
            continue;
        const args = {};
        for (const [k, v] of Object.entries(b.args ?? {}))
            if (v !== null)
                args[k] = v;
        out.set(name, { context: b.context, dockerfile: b.dockerfile, dockerfileInline: b.dockerfile_inline, args, target: b.target });
    }
    return out;
}
/**
 * Refuses a stack that would show the agent the grader's files: a bind mount, secret or config whose
 * host path holds (or lies in) a hidden file.
 * @throws EnvironmentStartError(env_start, not retryable) naming the service, the mount and the fix
 */
function checkNoHiddenMounts(model, hidden, composeFile) {
    const refuse = (where, source, h) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentStartError */ .ch(`${composeFile}: ${where}: ${source} would expose ${h} (tests, patches, solution and rubric stay hidden until grading); mount a directory that does not contain them`, 'env_start', false);
    };
    for (const [name, service] of Object.entries(model.services)) {
        for (const [i, mount] of (service.volumes ?? []).entries()) {
            if (mount.type !== 'bind' || !mount.source)
                continue;
            const h = (0,_isolation_js__WEBPACK_IMPORTED_MODULE_1__/* .exposedHidden */ .Jb)(mount.source, hidden);
            if (h)
                refuse(`services.${name}.volumes[${i}]`, mount.source, h);
        }
    }
    for (const kind of ['secrets', 'configs']) {
        for (const [name, def] of Object.entries(model[kind] ?? {})) {
            const h = def.file ? (0,_isolation_js__WEBPACK_IMPORTED_MODULE_1__/* .exposedHidden */ .Jb)(def.file, hidden) : null;
            if (h && def.file)
                refuse(`${kind}.${name}.file`, def.file, h);
        }
    }
}
/**
 * The compose file a trial actually runs: the task's model plus
 * - labels on every service, network and volume, so cleanup by label finds all of it;
 * - the prebuilt, content-hashed image instead of `build:` (nothing builds during `up`);
 * - no published host ports and no fixed container names: parallel trials would collide on them, and the
 *   services reach each other by name on the stack's network anyway;
 * - `init: true` on the workspace unless the task says otherwise (reaps the agent's orphans, stops at once);
 * - pids, memory and cpu limits on every service (limits.ts);
 * - a `grader` service under the `grader` profile when asked, on every network of the stack.
 */
function generateCompose(model, opts) {
    const out = structuredClone(model);
    delete out.name;
    for (const [name, service] of Object.entries(out.services)) {
        service.labels = { ...service.labels, ...opts.labels };
        delete service.ports;
        delete service.container_name;
        const image = opts.images.get(name);
        if (image) {
            delete service.build;
            service.image = image;
            service.pull_policy = 'never';
        }
        if (name === opts.workspace)
            service.init ??= true;
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .applyLimits */ .rk)(service, opts.limits.requested, opts.limits.ceiling);
    }
    out.networks = { default: {}, ...out.networks };
    for (const kind of ['networks', 'volumes']) {
        const resources = out[kind] ?? {};
        for (const [name, def] of Object.entries(resources)) {
            if (def?.external)
                continue;
            resources[name] = { ...def, labels: { ...def?.labels, ...opts.labels } };
        }
    }
    if (opts.addGrader) {
        const networks = Object.entries(out.networks ?? {}).filter(([, def]) => !def?.external).map(([name]) => name);
        out.services[GRADER_SERVICE] = {
            image: opts.addGrader.image,
            pull_policy: 'never',
            command: ['sleep', 'infinity'],
            init: true,
            profiles: [GRADER_PROFILE],
            labels: { ...opts.labels },
            networks: Object.fromEntries(networks.map((n) => [n, null]))
        };
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .applyLimits */ .rk)(out.services[GRADER_SERVICE], opts.limits.requested, opts.limits.ceiling);
    }
    return out;
}
/** Every profile named in the model: `down` activates them all so no profiled service is left running. */
function profilesOf(model) {
    return [...new Set(Object.values(model.services).flatMap((s) => s.profiles ?? []))];
}


/***/ }),

/***/ 2825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DockerRuntime: () => (/* binding */ DockerRuntime)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/install-root.js
var install_root = __webpack_require__(2481);
// EXTERNAL MODULE: ./lib/runtime/docker/limits.js
var limits = __webpack_require__(9905);
// EXTERNAL MODULE: ./lib/runtime/docker/cli.js
var docker_cli = __webpack_require__(1915);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/runtime/process-exec.js
var process_exec = __webpack_require__(6479);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/runtime/docker/exec.js



/** Seconds between `timeout`'s TERM and its KILL inside the container. */
const INNER_KILL_SEC = 5;
/** The host-side backstop fires this long after the in-container timeout should have. */
const HOST_MARGIN_SEC = INNER_KILL_SEC + 10;
/** A command given no timeout still gets one on the host: the trial's phase deadlines are far shorter. */
const UNTIMED_CEILING_SEC = 6 * 3600;
/**
 * `docker exec` printed this itself: the container or the daemon is gone, not the command failing (Debian's
 * 20.10 CLI says "Error: No such container" where newer ones quote the daemon).
 */
const GONE = /^(Error(?: response from daemon)?: (No such container|Container [0-9a-f]+ is (not running|restarting|paused))|Cannot connect to the Docker daemon|error during connect)/m;
/** Prints what {@link parseProbe} reads: bash, timeout, the user and its HOME, as `docker exec` gives them. */
const PROBE_SCRIPT = 'command -v bash >/dev/null 2>&1 && echo bash; command -v timeout >/dev/null 2>&1 && echo timeout; echo "user=$(id -u):$(id -g)"; echo "home=$HOME"';
/** The container as {@link PROBE_SCRIPT} described it (lines it did not print are ignored). */
function parseProbe(id, stdout) {
    const lines = stdout.split('\n');
    const value = (key) => lines.find((l) => l.startsWith(`${key}=`))?.slice(key.length + 1);
    return {
        id,
        shell: lines.some((l) => l.trim() === 'bash') ? 'bash' : 'sh',
        hasTimeout: lines.some((l) => l.trim() === 'timeout'),
        user: value('user')?.trim() || '0:0',
        home: value('home') ?? ''
    };
}
/**
 * Probes a container for bash, timeout, its user and that user's HOME.
 * @throws RuntimeUnavailableError when the container cannot run even `sh`
 */
async function probeContainer(cli, id, signal) {
    const probe = await cli.raw(['exec', id, 'sh', '-c', PROBE_SCRIPT], { timeoutSec: 60, signal });
    if (probe.exitCode !== 0)
        throw new errors/* RuntimeUnavailableError */.VT(`cannot run sh in container ${id.slice(0, 12)}: ${(probe.stderr || probe.stdout).trim().slice(0, 500)}`);
    return parseProbe(id, probe.stdout);
}
/**
 * Runs a command in a container: `docker exec` with the command wrapped in `timeout -k 5 <sec>` INSIDE the
 * container (docker exec does not forward signals, so killing the host-side CLI would leave the command
 * running), plus a host-side timeout as a backstop. Every exec carries a marker variable; when the host side
 * gives up (timeout backstop, abort), everything carrying the marker is killed inside the container.
 * A string runs with `bash -c` (not a login shell: /etc/profile would reset the image's PATH).
 * @throws RuntimeUnavailableError when the container or the daemon is gone
 */
async function execInContainer(cli, target, cmd, opts) {
    const marker = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    const argv = typeof cmd === 'string' ? [target.shell, '-c', cmd] : cmd;
    const sec = opts.timeoutSec !== undefined && opts.timeoutSec > 0 ? opts.timeoutSec : undefined;
    const wrapped = sec !== undefined && target.hasTimeout ? ['timeout', '-k', String(INNER_KILL_SEC), String(sec), ...argv] : argv;
    const args = [
        'exec',
        ...(opts.input !== undefined ? ['-i'] : []),
        ...(opts.user !== undefined ? ['-u', opts.user] : []),
        ...(opts.cwd !== undefined ? ['-w', opts.cwd] : []),
        '-e', `OPSBENCH_EXEC_ID=${marker}`,
        ...Object.entries(opts.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
        target.id,
        ...wrapped
    ];
    const result = await cli.raw(args, {
        timeoutSec: sec !== undefined ? sec + HOST_MARGIN_SEC + process_exec/* KILL_GRACE_MS */.fO / 1000 : UNTIMED_CEILING_SEC,
        input: opts.input,
        signal: opts.signal,
        maxBytes: opts.maxBytes
    });
    // The command's own stderr can say anything (an agent printing "Cannot connect to the Docker daemon" to
    // get a free retry): only the engine's answer about the container counts.
    if (result.exitCode !== 0 && GONE.test(result.stderr) && result.stdout === '' && !(await isRunning(cli, target.id))) {
        throw new errors/* RuntimeUnavailableError */.VT(`container ${target.id.slice(0, 12)} is gone: ${result.stderr.trim().slice(0, 300)}`);
    }
    if (result.timedOut)
        await killMarked(cli, target.id, marker);
    // Report what a shell would: 127 for a missing program, 1 for a missing cwd. docker exec says 126 for
    // both, on stdout ("OCI runtime exec failed: ..."), before the command ever ran.
    if (result.exitCode === 126 && result.stdout.startsWith('OCI runtime exec failed')) {
        const missingCwd = /chdir to cwd/.test(result.stdout);
        const stderr = missingCwd ? `cd: ${opts.cwd}: No such directory\n` : result.stdout;
        return { ...result, exitCode: missingCwd ? 1 : /executable file not found/.test(result.stdout) ? 127 : 126, stdout: '', stderr };
    }
    // `timeout` exits 124 (TERM) or 137 (KILL) when it fired; a command exiting 124 early did not time out.
    const innerTimeout = sec !== undefined && (result.exitCode === 124 || result.exitCode === 137) && result.durationMs >= sec * 1000 - 250;
    return { ...result, timedOut: result.timedOut || innerTimeout };
}
/** The engine's record: the container exists and runs (false too when the daemon does not answer). */
async function isRunning(cli, id) {
    const state = await cli.raw(['inspect', '--type', 'container', '--format', '{{.State.Running}}', id], { timeoutSec: 60 });
    return state.exitCode === 0 && state.stdout.trim() === 'true';
}
/**
 * Kills every process in the container whose environment holds this exec's marker: the command and all it
 * started, daemons that called setsid included.
 */
async function killMarked(cli, id, marker) {
    const script = `for p in /proc/[0-9]*; do tr '\\0' '\\n' < "$p/environ" 2>/dev/null | grep -qx 'OPSBENCH_EXEC_ID=${marker}' && kill -9 "\${p#/proc/}" 2>/dev/null; done; true`;
    await cli.raw(['exec', '-u', '0', id, 'sh', '-c', script], { timeoutSec: 30 });
}

// EXTERNAL MODULE: ./lib/runtime/docker/files.js + 1 modules
var files = __webpack_require__(9786);
// EXTERNAL MODULE: ./lib/runtime/docker/isolation.js
var isolation = __webpack_require__(1617);
// EXTERNAL MODULE: ./lib/runtime/docker/labels.js
var labels = __webpack_require__(826);
// EXTERNAL MODULE: ./lib/runtime/docker/model.js
var docker_model = __webpack_require__(9044);
// EXTERNAL MODULE: ./lib/runtime/path-exists.js
var path_exists = __webpack_require__(1150);
// EXTERNAL MODULE: ./lib/frameworks/registry.js + 9 modules
var registry = __webpack_require__(2850);
;// CONCATENATED MODULE: ./lib/runtime/docker/workspace-toolchain.js

/*
 * What the shared workspace image (compose/workspace/Dockerfile) installs for a task without a Dockerfile:
 * the toolchain of its language and the runner of its test framework (each framework's `toolchain`,
 * src/frameworks/), as build args, so every language shares the image's first layer and adds its own on
 * top. Debian bookworm's packages, pinned to the distribution (its point releases only bring fixes); the
 * JavaScript runners come from npm.
 */
/** A task's language may ask for more than its framework's runner (TypeScript under vitest needs nothing more; Go under ctest would). */
const BY_LANGUAGE = {
    python: ['python3'],
    go: ['golang-go'],
    typescript: ['nodejs', 'npm'],
    javascript: ['nodejs', 'npm'],
    java: ['default-jdk-headless', 'maven'],
    cpp: ['cmake', 'g++', 'make']
};
/** The build args that give the shared workspace image this task's toolchain and test runner. */
function toolchainBuildArgs(task) {
    const framework = registry/* frameworks */.Ij[task.tests.framework].toolchain;
    const apt = [...new Set([...framework.apt, ...(BY_LANGUAGE[task.language ?? ''] ?? [])])].sort();
    return { EXTRA_APT_PACKAGES: apt.join(' '), EXTRA_NPM_PACKAGES: framework.npm.join(' ') };
}

;// CONCATENATED MODULE: ./lib/runtime/docker/default-model.js




/**
 * The stack of a task without a compose file: the workspace service alone, built from the task's own
 * `Dockerfile` when it has one (context: the task directory, hidden files filtered out), else from the
 * shared workspace image (compose/workspace/). It idles (`sleep infinity`) in the task's workdir.
 * @throws EnvironmentStartError(env_start, not retryable) when there is nothing to build it from
 */
async function defaultModel(task, workspaceBuild, cliEnv = {}) {
    const own = external_node_path_.join(task.dir, 'Dockerfile');
    const build = (await (0,path_exists/* pathExists */.s)(own)) ? { context: task.dir, dockerfile: 'Dockerfile' } : workspaceBuild && sharedWorkspace(task, workspaceBuild, cliEnv);
    if (!build) {
        throw new errors/* EnvironmentStartError */.ch(`${external_node_path_.join(task.dir, 'task.yaml')}: environment.compose: the task has no compose file and no Dockerfile, and this installation has no shared workspace image (compose/workspace/Dockerfile); add a Dockerfile next to task.yaml`, 'env_start', false);
    }
    return {
        services: {
            [task.environment.workspace]: {
                build: { context: build.context, dockerfile: build.dockerfile, ...(build.args ? { args: build.args } : {}) },
                command: ['sleep', 'infinity'],
                working_dir: task.environment.workdir,
                init: true
            }
        }
    };
}
/**
 * The shared workspace image with the task's toolchain (workspace-toolchain.ts), built FROM the configured
 * base image (BASE_IMAGE) and trusting the host's extra CA (OPSBENCH_EXTRA_CA_CERTS) when those are set.
 */
function sharedWorkspace(task, build, cliEnv) {
    const host = {};
    if (cliEnv.BASE_IMAGE)
        host.BASE_IMAGE = cliEnv.BASE_IMAGE;
    if (cliEnv.OPSBENCH_EXTRA_CA_CERTS)
        host.EXTRA_CA_CERTS = cliEnv.OPSBENCH_EXTRA_CA_CERTS;
    return { ...build, args: { ...build.args, ...host, ...toolchainBuildArgs(task) } };
}

;// CONCATENATED MODULE: ./lib/runtime/docker/service-view.js
/**
 * Another service of a running stack seen as an Environment (the grader container): commands, files and
 * copies go to that service, in the same workdir as the workspace. It has no lifecycle of its own: the
 * stack's `down` removes it, so `up` and `down` do nothing here.
 */
class ServiceView {
    host;
    service;
    kind = 'docker';
    workdir;
    constructor(host, service) {
        this.host = host;
        this.service = service;
        this.workdir = host.workdir;
    }
    up() {
        return Promise.resolve();
    }
    exec(cmd, opts = {}) {
        return this.host.execIn(this.service, cmd, { ...opts, cwd: opts.cwd ?? this.workdir, service: this.service });
    }
    writeFile(file, content) {
        return this.host.writeFileIn(this.service, file, content);
    }
    readFile(file) {
        return this.host.readFileIn(this.service, file);
    }
    copyIn(hostPath, dest) {
        return this.host.copyInTo(this.service, hostPath, dest);
    }
    copyOut(file, hostDest) {
        return this.host.copyOutOf(this.service, file, hostDest);
    }
    /** @throws always: the agent's change lives in the workspace, not here */
    diff() {
        return Promise.reject(new Error(`service "${this.service}" is not the workspace; take the diff from the workspace`));
    }
    logs() {
        return Promise.resolve({});
    }
    down() {
        return Promise.resolve();
    }
}

// EXTERNAL MODULE: ./lib/runtime/docker/stack-ready.js
var stack_ready = __webpack_require__(7875);
;// CONCATENATED MODULE: ./lib/runtime/docker/health.js

/** `docker compose ps --format json`: one object per line (compose >= 2.21) or one array (older). */
function parsePs(stdout) {
    const text = stdout.trim();
    if (text === '')
        return [];
    if (text.startsWith('['))
        return JSON.parse(text);
    return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}
/**
 * After a failed `up --wait`: which services never got healthy (unhealthy, still starting, or exited),
 * each with its last log lines, as one message; null when every service is fine (the failure was elsewhere).
 */
async function unhealthyReport(cli, project, files, lines = 20) {
    const ps = await cli.composeRaw(project, files, ['ps', '-a', '--format', 'json'], { timeoutSec: 60 });
    if (ps.exitCode !== 0)
        return null;
    const bad = parsePs(ps.stdout).filter((c) => c.Health === 'unhealthy' || c.Health === 'starting' || (c.State === 'exited' && c.ExitCode !== 0) || c.State === 'restarting');
    if (bad.length === 0)
        return null;
    const parts = [];
    for (const c of bad) {
        const service = c.Service ?? '?';
        const state = c.Health ? c.Health : `${c.State}${c.State === 'exited' ? ` ${c.ExitCode}` : ''}`;
        const logs = await cli.composeRaw(project, files, ['logs', '--no-color', '--no-log-prefix', '--tail', String(lines), service], { timeoutSec: 60 });
        parts.push(`service "${service}" never became healthy (${state}); its last log lines:\n${(0,docker_cli/* plainText */.wh)(logs.stdout + logs.stderr).trim() || '(no output)'}`);
    }
    return parts.join('\n');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
;// CONCATENATED MODULE: ./lib/runtime/docker/pristine-grader.js




/**
 * What the grader's container copies from the agent's: the image it was started from (by id, so a tag
 * moved meanwhile changes nothing), the environment and user compose gave it, the networks it was on, and
 * its resource limits. All of it is the engine's record of how the harness created the container; nothing
 * the agent did inside it changes any of it.
 */
const InspectSchema = schemas/* looseObject */._H3({
    Image: schemas/* string */.YjP(),
    Config: schemas/* looseObject */._H3({
        Env: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
        User: schemas/* string */.YjP().nullish()
    }),
    HostConfig: schemas/* looseObject */._H3({
        Memory: schemas/* number */.aig().nullish(),
        NanoCpus: schemas/* number */.aig().nullish(),
        PidsLimit: schemas/* number */.aig().nullish()
    }),
    NetworkSettings: schemas/* looseObject */._H3({ Networks: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish() })
});
function fail(what, output) {
    if ((0,docker_cli/* classifyDockerFailure */.Jx)(output) === 'daemon')
        throw new errors/* RuntimeUnavailableError */.VT(`${what}: ${(0,docker_cli/* tail */.RT)(output)}`);
    throw new errors/* GradeError */.GX(`cannot start the grading container: ${what} failed: ${(0,docker_cli/* tail */.RT)(output)}`);
}
/**
 * Starts the container observability suites run in: a fresh one from the workspace's image, on the
 * workspace's networks (the suite may need the task's services), its workdir filled later
 * ({@link fillPristineGrader}). Neither the agent's container nor anything it changed in there (binaries,
 * site-packages, its running processes) takes part. Two engine calls: inspect, run. Nothing in it depends on
 * what the agent did, so it starts while the workspace is being stopped.
 * The bash/timeout probe of the workspace (made at `up`, before the agent) holds for the same image.
 * @returns the container, ready for exec
 * @throws GradeError when it cannot be started or filled; RuntimeUnavailableError when the daemon is gone
 */
async function startPristineGrader(cli, spec) {
    const inspect = (ref) => cli.raw(['inspect', '--type', 'container', '--format', '{{json .}}', ref], { timeoutSec: 60, signal: spec.signal });
    let inspected = await inspect(spec.container);
    if (inspected.exitCode !== 0)
        inspected = await inspect((await spec.workspace).id);
    if (inspected.exitCode !== 0)
        fail('docker inspect of the workspace', inspected.stderr || inspected.stdout);
    const info = InspectSchema.parse(JSON.parse(inspected.stdout));
    const [network, ...moreNetworks] = Object.keys(info.NetworkSettings.Networks ?? {});
    const limits = info.HostConfig;
    const args = [
        'run', '-d', '--init',
        '--name', spec.name,
        ...Object.entries(spec.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        ...(network ? ['--network', network] : ['--network', 'none']),
        ...(info.Config.User ? ['--user', info.Config.User] : []),
        ...(info.Config.Env ?? []).flatMap((e) => ['-e', e]),
        ...(limits.Memory ? ['--memory', String(limits.Memory)] : []),
        ...(limits.NanoCpus ? ['--cpus', String(limits.NanoCpus / 1e9)] : []),
        ...(limits.PidsLimit && limits.PidsLimit > 0 ? ['--pids-limit', String(limits.PidsLimit)] : []),
        '-w', spec.workdir,
        '--entrypoint', 'sleep',
        info.Image,
        'infinity'
    ];
    const started = await cli.raw(args, { timeoutSec: 120, signal: spec.signal });
    if (started.exitCode !== 0)
        fail('docker run', started.stderr || started.stdout);
    const id = started.stdout.trim().split('\n').pop() ?? '';
    const target = { ...(await spec.workspace), id };
    for (const extra of moreNetworks) {
        const joined = await cli.raw(['network', 'connect', extra, id], { timeoutSec: 60, signal: spec.signal });
        if (joined.exitCode !== 0)
            fail(`docker network connect ${extra}`, joined.stderr || joined.stdout);
    }
    return target;
}
/**
 * Fills the grading container's workdir with `tree` (the agent's files, prepared for grading): one
 * `docker cp -` whose entries belong to the container's user, plus a `chown -R` for a non-root image (what
 * the image itself put in the workdir is handed over too, as the workspace's setup did).
 * @throws WorkspaceUnusableError when the engine refuses the agent's tree over what the image put in the workdir
 *   (the agent's failure); GradeError when the copy fails otherwise; RuntimeUnavailableError when the daemon or
 *   the container is gone
 */
async function fillPristineGrader(cli, target, spec) {
    try {
        await (0,files/* copyIntoContainer */.jr)(cli, target, spec.tree, spec.workdir);
    }
    catch (error) {
        if (error instanceof errors/* RuntimeUnavailableError */.VT)
            throw error;
        const why = error.message;
        // The agent turned a directory the image fills into a file (or the reverse): its change, not a fault of
        // the harness, so the trial fails rather than erring (an agent must not be able to buy a retry).
        if (/cannot overwrite (non-)?directory/.test(why))
            throw new errors/* WorkspaceUnusableError */.JU(`the agent's files cannot go into the grading container: ${(0,docker_cli/* tail */.RT)(why)}`, error);
        fail("docker cp of the agent's files", why);
    }
    const id = target.id;
    if (target.user !== '0:0') {
        const owned = await cli.raw(['exec', '-u', '0', id, 'chown', '-R', target.user, spec.workdir], { timeoutSec: 300, signal: spec.signal });
        if (owned.exitCode !== 0)
            fail('chown of the workdir', owned.stderr || owned.stdout);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/runtime/host-tree.js




/**
 * A directory on the host seen as an Environment, for the harness's own preparation of a copy of the
 * agent's files before they go into a container (the docker runtime's grading container): the grader's
 * reset of the test tree and `git apply` of test.patch run here, on the host, with the harness's
 * environment (`env`: PATH, an empty HOME, no global git config; TMPDIR under `tmpDir`), so they cost no
 * engine call each. Only harness commands run here, never the agent's or the suite's: the copy holds no
 * program of the agent's that anything executes (reset-files.ts and patch-files.ts never follow a
 * symlink the agent planted, and git runs no driver the harness's config does not define).
 * Paths: relative ones are relative to the directory (`workdir`), absolute ones are host paths; file calls
 * reach only the directory and TMPDIR, never through a symlink (one the agent planted could point anywhere
 * on the host, and what is read here goes into the container the agent's code runs in).
 */
class HostTreeView {
    workdir;
    env;
    tmpDir;
    kind = 'local';
    constructor(workdir, env, tmpDir) {
        this.workdir = workdir;
        this.env = env;
        this.tmpDir = tmpDir;
    }
    async up() {
        await (0,promises_.mkdir)(this.tmpDir, { recursive: true });
    }
    async exec(cmd, opts = {}) {
        await (0,promises_.mkdir)(this.tmpDir, { recursive: true });
        return (0,process_exec/* runProcess */.R3)(typeof cmd === 'string' ? ['bash', '-c', cmd] : cmd, {
            cwd: this.resolve(opts.cwd ?? this.workdir),
            env: { ...this.env, TMPDIR: this.tmpDir, ...opts.env },
            timeoutSec: opts.timeoutSec ?? 600,
            input: opts.input,
            signal: opts.signal
        });
    }
    async writeFile(file, content) {
        const target = await this.contained(file, true);
        const handle = await (0,promises_.open)(target, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, 0o644);
        try {
            await handle.writeFile(content);
        }
        finally {
            await handle.close();
        }
    }
    async readFile(file) {
        const handle = await (0,promises_.open)(await this.contained(file, false), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        try {
            return await handle.readFile();
        }
        finally {
            await handle.close();
        }
    }
    async copyIn(hostPath, dest) {
        await (0,promises_.cp)(hostPath, await this.contained(dest, true), { recursive: true, verbatimSymlinks: true });
    }
    async copyOut(file, hostDest) {
        await (0,promises_.mkdir)(external_node_path_.dirname(hostDest), { recursive: true });
        await (0,promises_.cp)(await this.contained(file, false), hostDest, { recursive: true, verbatimSymlinks: true });
    }
    /** @throws always: the agent's change is taken from the workspace */
    diff() {
        return Promise.reject(new Error('a host copy of the files is not the workspace; take the diff from the workspace'));
    }
    logs() {
        return Promise.resolve({});
    }
    /** The owner of the copy removes it. */
    down() {
        return Promise.resolve();
    }
    resolve(p) {
        return external_node_path_.isAbsolute(p) ? p : external_node_path_.resolve(this.workdir, p);
    }
    /**
     * The host path of `p` when its directory lies, symlinks resolved, inside the directory or TMPDIR (made
     * first when `make`); the last component is opened without following a link.
     * @throws ENOENT-like Error otherwise
     */
    async contained(p, make) {
        const target = this.resolve(p);
        const dir = external_node_path_.dirname(target);
        const roots = await Promise.all([this.workdir, this.tmpDir].map((r) => (0,promises_.realpath)(r).catch(() => null)));
        const inside = (real) => roots.some((root) => root !== null && (real === root || real.startsWith(`${root}${external_node_path_.sep}`)));
        let existing = dir;
        for (;;) {
            const real = await (0,promises_.realpath)(existing).catch(() => null);
            if (real !== null) {
                if (!inside(real))
                    throw Object.assign(new Error(`${p}: outside the copy`), { code: 'ENOENT' });
                break;
            }
            if (external_node_path_.dirname(existing) === existing)
                throw Object.assign(new Error(`${p}: no such directory`), { code: 'ENOENT' });
            existing = external_node_path_.dirname(existing);
        }
        if (make)
            await (0,promises_.mkdir)(dir, { recursive: true });
        if (!inside(await (0,promises_.realpath)(dir)))
            throw Object.assign(new Error(`${p}: outside the copy`), { code: 'ENOENT' });
        return target;
    }
}

// EXTERNAL MODULE: ./lib/runtime/harness-git.js
var harness_git = __webpack_require__(529);
// EXTERNAL MODULE: ./lib/runtime/tar-write.js
var tar_write = __webpack_require__(2509);
// EXTERNAL MODULE: ./lib/runtime/local/workspace.js
var workspace = __webpack_require__(2557);
;// CONCATENATED MODULE: ./lib/runtime/docker/workspace.js









/**
 * What a copy of the workspace's files to the runner takes at most (the image's own files and .git not
 * counted), by data written (holes of sparse files cost nothing) and by apparent size (the stream carries
 * every zero of a sparse file, so this bounds the time spent reading it): an agent can make a file of any
 * apparent size (a sparse terabyte costs it nothing) and the copy lands on the runner's disk. The diff,
 * the observability grader's tree and the integration grader's handover copy share them.
 */
const COPY_CAPS = { capBytes: 4 * 1024 * 1024 * 1024, apparentCapBytes: 8 * 1024 * 1024 * 1024 };
/** What setupWorkspace leaves in the trial's scratch dir for the diff. */
const BaseRecordSchema = schemas/* object */.Ikc({ imageEntries: schemas/* array */.YOg(schemas/* string */.YjP()) });
/** The base commit's git directory: on the host, made by the harness, never in the agent's reach. */
function baseGitDir(setup) {
    return external_node_path_.join(setup.scratch, 'workspace-base.git');
}
function baseRecordFile(setup) {
    return external_node_path_.join(setup.scratch, 'workspace-base.json');
}
/**
 * The base commit, made on the HOST (the image needs no git for it) from a copy of the repo without its
 * .git, so no history past it exists anywhere the agent can reach, and its tar. Nothing in it depends on
 * the container: it is made while the stack starts.
 * @throws EnvironmentStartError when copying or git fails
 */
async function makeWorkspaceBase(setup) {
    await (0,promises_.mkdir)(setup.scratch, { recursive: true });
    const dir = external_node_path_.join(await (0,promises_.mkdtemp)(external_node_path_.join(setup.scratch, 'workspace-')), 'repo');
    const sha = await (0,workspace/* createWorkspace */.sK)(setup.repo, dir, setup.gitEnv);
    const [entries, tar] = await Promise.all([(0,promises_.readdir)(dir), (0,tar_write/* tarWithin */.XO)((0,tar_write/* tarOf */.$t)(dir, '', { uid: 0, gid: 0 }), tar_write/* STDIN_TAR_CAP */.Au)]);
    return { dir, sha, entries, tar };
}
/**
 * Puts the base repository ({@link makeWorkspaceBase}) into the workspace container as a fresh one-commit
 * repository; any .git the image had in the workdir goes. What the image itself put in the workdir
 * (node_modules, a venv, build output) is left in place and listed in .git/info/exclude, so it is neither
 * the agent's change nor part of the base. The host keeps its own copy of the .git under `setup.scratch`:
 * {@link treeDiffAgainstBase} diffs against that one, never against the container's, which the agent can
 * rewrite. The agent's git identity goes into its HOME (unless the image brought one).
 * The container is probed ({@link PROBE_SCRIPT}) in the same exec. When its user is root and it has GNU tar
 * (most task images), that exec also does all of the above, the repository's tar on its stdin: one engine
 * call. Otherwise (or when the tar would not fit {@link STDIN_TAR_CAP}, or the image's tar refuses it) the
 * setup is an exec as root and a `docker cp`, as it always was. Nothing of the agent's has run yet: the
 * image's own `tar` and `sh` are as trusted here as the image itself.
 * @param container the container's id or name
 * @throws EnvironmentStartError when copying or git fails; RuntimeUnavailableError when the container is
 *   not running (so the caller can look it up another way)
 */
async function setupWorkspace(cli, container, setup, made) {
    const base = await made;
    // A container that is not there leaves the base for the caller's next try (by another name).
    let keepBase = false;
    try {
        const { dir: hostDir, entries: ours, tar } = base;
        const run = await cli.raw(['exec', ...(tar ? ['-i'] : []), container, 'sh', '-c', `${PROBE_SCRIPT}\n${SETUP_AS_ROOT}`, 'sh', setup.workdir, workspace/* AGENT_GITCONFIG */.HO, `/${ours.join('/')}/`, tar ? '1' : ''], {
            timeoutSec: 300,
            ...(tar ? { input: tar } : {})
        });
        if (run.exitCode !== 0 && !/^setup=/m.test(run.stdout)) {
            keepBase = true;
            throw new errors/* RuntimeUnavailableError */.VT(`cannot run sh in container ${container.slice(0, 12)}: ${(run.stderr || run.stdout).trim().slice(0, 500)}`);
        }
        const target = parseProbe(container, run.stdout);
        const said = run.stdout.split('\n');
        let fromImage;
        if (said.includes('setup=done')) {
            fromImage = said.filter((l) => l.startsWith('image=')).map((l) => l.slice('image='.length));
            // The container wrote its own exclude (SETUP_AS_ROOT); the host's copy of the .git gets the same lines.
            if (fromImage.length > 0)
                await (0,promises_.appendFile)(external_node_path_.join(hostDir, '.git', 'info', 'exclude'), excludeLines(fromImage));
        }
        else if (said.includes('setup=broken')) {
            throw new errors/* EnvironmentStartError */.ch(`cannot prepare ${setup.workdir} in the workspace: ${run.stderr.trim()}`, 'env_start', false);
        }
        else {
            fromImage = await prepareAndCopy(cli, target, setup, hostDir, new Set(ours));
        }
        await (0,promises_.rm)(baseGitDir(setup), { recursive: true, force: true });
        await (0,promises_.rename)(external_node_path_.join(hostDir, '.git'), baseGitDir(setup));
        await (0,promises_.writeFile)(baseRecordFile(setup), JSON.stringify({ imageEntries: fromImage }));
        return { target, sha: base.sha };
    }
    catch (error) {
        if (error instanceof errors/* EnvironmentStartError */.ch || error instanceof errors/* RuntimeUnavailableError */.VT)
            throw error;
        throw new errors/* EnvironmentStartError */.ch(`cannot copy the repository into the workspace: ${error.message}`, 'env_start', true, error);
    }
    finally {
        if (!keepBase)
            await (0,promises_.rm)(external_node_path_.dirname(base.dir), { recursive: true, force: true }).catch(() => { });
    }
}
/** The lines .git/info/exclude gets for what the image put in the workdir (the same in the container, SETUP_AS_ROOT). */
function excludeLines(fromImage) {
    return `# put there by the image, not the agent\n${fromImage.map((name) => `/${name.replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`)}`).join('\n')}\n`;
}
/**
 * The fast path, after the probe, as the container's default user (`$1` workdir, `$2` the agent's git
 * identity, `$3` the base's top-level names as `/a/b/`, `$4` set when stdin holds the repository's tar).
 * Only for root with GNU tar (how it treats what is already there is tested; others may differ); otherwise
 * stdin is drained and nothing is touched (the caller copies). Prints `setup=done` and one `image=<name>`
 * per entry the image put in the workdir, `setup=failed` when the image's tar refused the stream (the caller
 * copies), `setup=broken` when the workdir cannot be made.
 */
const SETUP_AS_ROOT = `[ "$(id -u):$(id -g)" = 0:0 ] && [ -n "$4" ] && case "$(tar --version 2>/dev/null)" in *'GNU tar'*) true ;; *) false ;; esac || { cat >/dev/null; exit 0; }
mkdir -p "$1" && rm -rf "$1/.git" && before=$(ls -A "$1") || { echo setup=broken; exit 1; }
tar -x -f - -C "$1" >&2 || { echo setup=failed; exit 0; }
img=$(printf '%s\\n' "$before" | while IFS= read -r n; do
  case "$3" in *"/$n/"*) ;; *) [ -n "$n" ] && printf '%s\\n' "$n" ;; esac
done)
if [ -n "$img" ]; then
  { echo '# put there by the image, not the agent'; printf '%s\\n' "$img" | sed 's/[]\\\\*?[!# ]/\\\\&/g; s|^|/|'; } >> "$1/.git/info/exclude" || { echo setup=broken; exit 1; }
  printf '%s\\n' "$img" | sed 's/^/image=/'
fi
if [ -n "$HOME" ] && [ -d "$HOME" ] && [ ! -e "$HOME/.gitconfig" ] && [ ! -L "$HOME/.gitconfig" ]; then
  printf '%s' "$2" > "$HOME/.gitconfig" 2>/dev/null
fi
echo setup=done
`;
/**
 * The setup without the fast path: an exec as root prepares the workdir ({@link PREPARE_WORKDIR}), one
 * `docker cp` brings the repository, and a non-root user is handed what the image put there.
 * @returns what the image put in the workdir
 */
async function prepareAndCopy(cli, target, setup, hostDir, ours) {
    const { workdir } = setup;
    const listed = await execInContainer(cli, target, ['sh', '-c', PREPARE_WORKDIR, 'sh', workdir, target.home, target.user], {
        cwd: '/',
        user: '0',
        input: workspace/* AGENT_GITCONFIG */.HO,
        timeoutSec: 120
    });
    if (listed.exitCode !== 0)
        throw new errors/* EnvironmentStartError */.ch(`cannot prepare ${workdir} in the workspace: ${listed.stderr.trim()}`, 'env_start', false);
    const fromImage = listed.stdout.split('\n').filter((name) => name !== '' && !ours.has(name));
    // The container's exclude is written before the copy: the .git that goes in carries it.
    if (fromImage.length > 0)
        await (0,promises_.appendFile)(external_node_path_.join(hostDir, '.git', 'info', 'exclude'), excludeLines(fromImage));
    await (0,files/* copyIntoContainer */.jr)(cli, target, hostDir, workdir);
    // The copy is the container user's; what the image put in the workdir is handed to it too.
    if (target.user !== '0:0' && fromImage.length > 0) {
        const owned = await execInContainer(cli, target, ['chown', '-R', target.user, workdir], { cwd: '/', user: '0', timeoutSec: 300 });
        if (owned.exitCode !== 0)
            throw new errors/* EnvironmentStartError */.ch(`cannot hand ${workdir} to ${target.user}: ${owned.stderr.trim()}`, 'env_start', false);
    }
    return fromImage;
}
/**
 * As root: `$1` the workdir made and emptied of any .git, its entries listed; the agent's git identity
 * (stdin) written to `$2/.gitconfig` for the container's user `$3` unless the image brought one (the agent
 * may commit; git looks for its identity there). A HOME that is missing or unset gets none, as it would
 * written by the user.
 */
const PREPARE_WORKDIR = `mkdir -p "$1" && rm -rf "$1/.git" && ls -A "$1" || exit 1
if [ -n "$2" ] && [ -d "$2" ] && [ ! -e "$2/.gitconfig" ] && [ ! -L "$2/.gitconfig" ]; then
  { cat > "$2/.gitconfig" && chown "$3" "$2/.gitconfig"; } 2>/dev/null
fi
exit 0
`;
/**
 * Copies the workdir's files to the host (`<scratch>/agent-tree-*`), without any `.git` and without what the
 * image put there: the agent's work product, read through the engine (the container may be stopped), never
 * by a program of the container's. A workdir the agent removed is an empty tree.
 * @returns the host directory and what it holds; `cut` set when a cap (COPY_CAPS) stopped the copy
 * @throws TarExtractError for a malformed stream; RuntimeUnavailableError when the container is gone
 */
async function copyAgentTree(cli, target, setup) {
    const record = BaseRecordSchema.parse(JSON.parse(await (0,promises_.readFile)(baseRecordFile(setup), 'utf8')));
    const dir = external_node_path_.join(await (0,promises_.mkdtemp)(external_node_path_.join(setup.scratch, 'agent-tree-')), 'tree');
    try {
        const stats = await (0,files/* copyTreeOut */.WC)(cli, target.id, setup.workdir, dir, {
            skipTop: new Set(record.imageEntries),
            skipAnywhere: new Set(['.git']),
            ...COPY_CAPS
        });
        return { dir, paths: stats.paths, ...(stats.cut !== undefined ? { cut: stats.cut } : {}) };
    }
    catch (error) {
        if (!(error instanceof files/* ContainerPathError */.ZV))
            throw error;
        await (0,promises_.mkdir)(dir, { recursive: true });
        return { dir, paths: [] };
    }
}
/**
 * The change of a tree {@link copyAgentTree} made against `base` (binary-safe, new files included,
 * .gitignore honoured). Nothing of the agent's runs and no git of the container's is trusted: host git
 * compares the copy with the harness's own copy of the base repository, whose config defines no filter,
 * hook or diff driver. A workdir the agent removed shows as every file deleted. A copy a cap stopped gives
 * the change of the files it reached, headed by a note naming the file it stopped at.
 * @throws Error naming git's reason
 */
async function treeDiffAgainstBase(setup, tree, base) {
    const tmp = await (0,promises_.mkdtemp)(external_node_path_.join(setup.scratch, 'diff-'));
    const partial = tree.cut === undefined ? {} : {
        partial: {
            paths: tree.paths,
            cut: `opsbench: the copy of the workspace stopped at ${tree.cut}.\nOnly the ${tree.paths.length} file(s) copied before it are compared; that file and every later one (in the copy's order) count as unchanged.`
        }
    };
    try {
        return await (0,harness_git/* treeDiff */.Kp)({ gitDir: baseGitDir(setup), workTree: tree.dir, base, indexFile: external_node_path_.join(tmp, 'index'), env: setup.gitEnv, ...partial });
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true }).catch(() => { });
    }
}
/**
 * A copy of the base repository's git directory (harness-made, on the host) at `dest`: the grader's
 * container gets the repository the workspace started with, not the one the agent may have rewritten.
 */
async function copyBaseGitDir(setup, dest) {
    await (0,promises_.cp)(baseGitDir(setup), dest, { recursive: true });
}

// EXTERNAL MODULE: ./lib/task/apex-conventions.js
var apex_conventions = __webpack_require__(6616);
// EXTERNAL MODULE: ./lib/task/compose-vars.js
var compose_vars = __webpack_require__(2568);
;// CONCATENATED MODULE: ./lib/runtime/docker/apex-stack.js






/**
 * What the Docker runtime does for a task in APEX-SWE's integration layout, kept apart from the runtime's
 * general stack handling. Each convention names the APEX source it follows (paths under integration/src/ of
 * github.com/Mercor-Intelligence/apex-swe).
 */
/**
 * The variables APEX's harness sets for compose (utils/docker_manager.py, DockerEnvironmentVars), with
 * per-trial values: names made from the trial's compose project (unique per trial, so parallel trials never
 * collide on a container or image name) and the two log mounts under the trial's artifacts
 * (`<artifacts>/apex-logs/sessions` and `.../agent-logs`, as APEX puts them in the trial's working dir).
 * These host directories are the only bind mounts OpsBench itself adds to an APEX stack.
 */
async function apexComposeEnv(project, logsRoot) {
    const sessions = external_node_path_.join(logsRoot, 'sessions');
    const agentLogs = external_node_path_.join(logsRoot, 'agent-logs');
    for (const dir of [sessions, agentLogs]) {
        await (0,promises_.mkdir)(dir, { recursive: true });
        // The client may run as any uid; what lands here is kept as the trial's logs.
        await (0,promises_.chmod)(dir, 0o777);
    }
    return {
        APEX_TASK_DOCKER_CLIENT_CONTAINER_NAME: project,
        APEX_TASK_DOCKER_CLIENT_IMAGE_NAME: `opsbench/apex-client:${project.slice(0, 120)}`,
        APEX_CONTAINER_LOGS_PATH: apex_conventions/* APEX_CONTAINER_PATHS */.Uw.logs,
        APEX_CONTAINER_AGENT_LOGS_PATH: apex_conventions/* APEX_CONTAINER_PATHS */.Uw.agentLogs,
        APEX_TEST_DIR: apex_conventions/* APEX_CONTAINER_PATHS */.Uw.tests,
        APEX_TASK_LOGS_PATH: sessions,
        APEX_TASK_AGENT_LOGS_PATH: agentLogs
    };
}
/**
 * Refuses to start a stack whose compose file would be interpolated with a variable unset (compose makes
 * it empty, and `${ECR_REGISTRY}/${ECR_REPOSITORY}:${PLANE_IMAGE_TAG}` becomes the image `/:`).
 * @throws EnvironmentStartError (env_start, not retryable) naming every such variable with its line
 */
async function checkComposeVarsSet(composeFile, env) {
    const unset = await (0,compose_vars/* unsetComposeVars */.eC)(composeFile, (n) => env[n] !== undefined && env[n] !== '');
    if (unset.length === 0)
        return;
    const lines = unset.map((r) => `${composeFile}: line ${r.line}: ${(0,apex_conventions/* describeUnsetVar */.Ue)(r.name)}`);
    throw new errors/* EnvironmentStartError */.ch(lines.join('\n'), 'env_start', false);
}
/**
 * The grader of an APEX stack: a container from the client's own image (what it had installed before the
 * agent started), sharing the client's network namespace (`network_mode: service:<client>`: the suite
 * reaches the PostgreSQL the client runs on 127.0.0.1, as APEX's tests, which run inside the client,
 * expect), with the client's environment, working dir and volumes, but its own PID namespace, so none of
 * the agent's processes are visible to it. It idles until the grader copies /app in and runs the suite.
 */
function apexGraderService(model, client, image, labels) {
    const c = model.services[client] ?? {};
    const volumes = (c.volumes ?? []).filter((v) => v.type !== 'tmpfs');
    return {
        image,
        pull_policy: 'never',
        entrypoint: ['sleep', 'infinity'],
        command: [],
        init: true,
        network_mode: `service:${client}`,
        profiles: [docker_model/* GRADER_PROFILE */.Wu],
        labels: { ...labels },
        ...(c.environment !== undefined ? { environment: c.environment } : {}),
        ...(c.working_dir !== undefined ? { working_dir: c.working_dir } : {}),
        ...(c.user !== undefined ? { user: c.user } : {}),
        ...(volumes.length > 0 ? { volumes } : {})
    };
}
/**
 * The task's files where APEX's executor puts them (utils/docker_manager.py, docker_environment ->
 * copy_files: each file at /app/<base name>), before the workspace's base commit so they are not the
 * agent's change.
 */
async function placeApexContext(client, task) {
    for (const file of task.apex?.contextFiles ?? [])
        await client.copyIn(file, external_node_path_.posix.join(apex_conventions/* APEX_CONTEXT_DIR */.bL, external_node_path_.basename(file)));
}
/**
 * APEX's MCP readiness (harness/multi_step_runner.py, _setup_git_and_mcp): when the stack runs an
 * MCP-backed service, its token list goes to /config/mcp-required.txt and the agent starts only once
 * `sh /app/wait-for-mcp-config.sh` exits 0, polled every 10 s, 120 times at most.
 * @throws EnvironmentStartError (env_unhealthy) when the script never succeeds, with its last output
 */
async function awaitApexMcp(client, task, signal, wait = apex_conventions/* APEX_MCP_WAIT */.EC) {
    const required = task.apex?.mcpRequired ?? [];
    if (required.length === 0)
        return;
    const text = `${required.join('\n')}\n`;
    await client.exec(['sh', '-c', `mkdir -p "$(dirname "$1")" && cat > "$1.tmp" && mv "$1.tmp" "$1"`, 'sh', apex_conventions/* APEX_MCP_REQUIRED_FILE */.$N], { cwd: '/', input: text });
    let last = '';
    for (let i = 0; i < wait.polls; i++) {
        signal?.throwIfAborted();
        const r = await client.exec(['sh', '-lc', `sh ${apex_conventions/* APEX_MCP_WAIT_SCRIPT */.yS}`], { cwd: '/', timeoutSec: 60 });
        if (r.exitCode === 0)
            return;
        last = `${r.stdout}${r.stderr}`.trim();
        if (i < wait.polls - 1)
            await new Promise((resolve) => setTimeout(resolve, wait.intervalMs));
    }
    throw new errors/* EnvironmentStartError */.ch(`the MCP configuration never became ready (${apex_conventions/* APEX_MCP_WAIT_SCRIPT */.yS} failed ${wait.polls} times, required: ${required.join(', ')}): ${last.slice(-500)}`, 'env_unhealthy', false);
}

;// CONCATENATED MODULE: ./lib/runtime/base-ignore.js





/** Dependency and VCS trees never searched for the base's .gitignore files. */
const SKIP_RULES = new Set(['.git', 'node_modules']);
/** The copy of the agent's tree has no .git of its own, but one may be added for the grader. */
const SKIP_TREE = new Set(['.git']);
/**
 * Removes from `tree` (a host copy of the agent's workdir) every file the base repository does not have
 * and the BASE's .gitignore rules ignore: build output, caches and compiled files the agent left behind
 * (a `build/CMakeCache.txt` naming its own compiler, a `__pycache__/*.pyc`, a jest cache) would otherwise
 * be reused by the test command in the grader. The agent's own .gitignore edits do not count (un-ignoring
 * `build/` changes nothing here); a file the base ships, ignored or not, stays.
 * @returns the repository-relative paths removed
 * @throws Error naming git's reason when the rules cannot be evaluated
 */
async function dropIgnoredAdditions(tree, baseRepo, env) {
    if (baseRepo === null)
        return [];
    const added = [];
    for (const rel of await listFiles(tree, SKIP_TREE))
        if (!(await exists(external_node_path_.join(baseRepo, rel))))
            added.push(rel);
    if (added.length === 0)
        return [];
    const rules = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'opsbench-ignore-'));
    try {
        const ignoreFiles = (await listFiles(baseRepo, SKIP_RULES)).filter((rel) => external_node_path_.posix.basename(rel) === '.gitignore');
        if (ignoreFiles.length === 0)
            return [];
        for (const rel of ignoreFiles)
            await (0,promises_.cp)(external_node_path_.join(baseRepo, rel), external_node_path_.join(rules, rel), { dereference: false });
        const gitEnv = { ...pathOnly(env), ...harness_git/* HARNESS_GIT_ENV */.g3, LANG: 'C.UTF-8' };
        const init = await (0,process_exec/* runProcess */.R3)(['git', 'init', '-q', rules], { cwd: rules, env: gitEnv, timeoutSec: 60 });
        if (init.exitCode !== 0)
            throw new Error(`git init failed: ${init.stderr.trim()}`);
        const checked = await (0,process_exec/* runProcess */.R3)(['git', ...harness_git/* HARNESS_GIT_FLAGS */.UF, '-c', 'core.excludesFile=/dev/null', 'check-ignore', '--no-index', '--stdin', '-z'], {
            cwd: rules,
            env: gitEnv,
            timeoutSec: 120,
            input: `${added.join('\0')}\0`
        });
        // 1: nothing is ignored
        if (checked.exitCode !== 0 && checked.exitCode !== 1)
            throw new Error(`git check-ignore failed (exit ${checked.exitCode}): ${checked.stderr.trim().slice(0, 500)}`);
        const ignored = checked.stdout.split('\0').filter((p) => p !== '');
        for (const rel of ignored)
            await (0,promises_.rm)(external_node_path_.join(tree, rel), { force: true, recursive: true });
        return ignored;
    }
    finally {
        await (0,promises_.rm)(rules, { recursive: true, force: true });
    }
}
/** Files and symlinks under `root`, repository-relative with `/`, outside directories named in `skip`; symlinks are not followed. */
async function listFiles(root, skip, rel = '') {
    const out = [];
    for (const entry of await (0,promises_.readdir)(external_node_path_.join(root, rel), { withFileTypes: true })) {
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
            if (!skip.has(entry.name))
                out.push(...(await listFiles(root, skip, child)));
        }
        else
            out.push(child);
    }
    return out;
}
async function exists(p) {
    return (0,promises_.lstat)(p).then(() => true, () => false);
}
function pathOnly(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_'))
            out[k] = v;
    return out;
}

// EXTERNAL MODULE: ./lib/task/compose-hardening.js
var compose_hardening = __webpack_require__(8342);
// EXTERNAL MODULE: ./lib/task/validate-compose.js
var validate_compose = __webpack_require__(818);
;// CONCATENATED MODULE: ./lib/runtime/docker/environment.js























/** The key of the observability grader's container among the targets: no compose service can be named so. */
const PRISTINE = ':grader';
/**
 * One trial's compose stack (project `ob-<trial id>`), the agent working in the workspace service.
 * Host scratch under `<scratchDir>/docker-<project>/`: the generated compose file, temp copies.
 */
class DockerEnvironment {
    task;
    opts;
    deps;
    kind = 'docker';
    workdir;
    project;
    baseCommit;
    /** Whether this trial built its images, reused them, or needed none; known once `up` has built them. */
    imageStatus;
    dir;
    labels;
    files = [];
    model;
    graderService;
    /** The runtime's integration grader starts with the stack (`up` activates its profile), not at grading time. */
    graderWithStack = false;
    grader;
    targets = new Map();
    buildLogs = {};
    setup;
    down_ = false;
    workspaceStopped = false;
    /** The workspace's container id while it is frozen and not yet killed (stopAgentProcesses). */
    workspacePaused;
    workspaceKilled;
    tree;
    pristineName;
    /** The observability grader's container, started (inspect + run) while the workspace stops. */
    pristine;
    pristineRemoved;
    graderGit;
    constructor(task, opts, deps) {
        this.task = task;
        this.opts = opts;
        this.deps = deps;
        this.project = (0,labels/* projectName */.j1)(opts.runId, opts.trialId);
        this.workdir = task.environment.workdir;
        this.dir = external_node_path_.join(opts.scratchDir, `docker-${this.project}`);
        this.labels = { [labels/* RUN_LABEL */.jQ]: opts.runId, [labels/* TRIAL_LABEL */.My]: this.project };
        this.pristineName = `${this.project}-grader`;
        this.setup = { repo: task.environment.repo, workdir: this.workdir, scratch: this.dir, gitEnv: deps.gitEnv };
    }
    /**
     * Builds (or reuses) the images, starts the stack with `up --wait` (healthchecks honoured) and copies the
     * repository into the workspace as the base commit.
     * @throws EnvironmentStartError: build (the image did not build), env_unhealthy (a service never got
     *   healthy; its last log lines in the message), env_start; RuntimeUnavailableError when the daemon is gone
     */
    async up(opts = {}) {
        const { signal } = opts;
        const { task, deps } = this;
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        // The base commit is made on the host while the stack starts.
        const base = makeWorkspaceBase(this.setup);
        base.catch(() => { });
        const hidden = (0,isolation/* hiddenPaths */.v_)(task);
        const source = task.environment.compose ?? external_node_path_.join(task.dir, 'task.yaml');
        const assets = await deps.assets;
        const apex = task.layout === 'apex-integration';
        const apexLogs = external_node_path_.join(this.opts.artifactsDir ?? this.dir, 'apex-logs');
        const composeEnv = apex ? await apexComposeEnv(this.project, apexLogs) : undefined;
        if (task.environment.compose && composeEnv)
            await checkComposeVarsSet(task.environment.compose, { ...deps.cli.env, ...composeEnv });
        const model = task.environment.compose
            ? await deps.models.load(deps.cli, { project: this.project, runId: this.opts.runId, file: task.environment.compose, taskHash: task.hash, env: composeEnv, signal })
            : await defaultModel(task, assets.workspace, deps.cli.env);
        if (!model.services[task.environment.workspace]) {
            throw new errors/* EnvironmentStartError */.ch(`${source}: no service "${task.environment.workspace}" (environment.workspace names the agent's service)`, 'env_start', false);
        }
        (0,docker_model/* checkNoHiddenMounts */.up)(model, hidden, source);
        if (task.environment.compose) {
            // validate refuses these too; compose's resolved model (extends, interpolation) is checked again here.
            // APEX stacks (both layouts: `context: ..`, `dockerfile: <task>/Dockerfile`) read the dataset root; the
            // integration ones mount the log directories OpsBench made for this trial (apex-stack.ts).
            const roots = await (0,validate_compose/* hardeningRoots */.sO)(source, task.layout === 'opsbench' ? task.dir : (0,apex_conventions/* apexReadableRoot */.j7)(task.dir));
            if (apex)
                roots.allowed.push(apexLogs);
            const refused = (0,compose_hardening/* composeHardeningProblems */.b)(model, roots);
            if (refused.length > 0)
                throw new errors/* EnvironmentStartError */.ch(refused.map((p) => `${source}: ${p.field}: ${p.message}`).join('\n'), 'env_start', false);
        }
        const statuses = [];
        const images = new Map();
        const ensure = async (name, build, key, hide) => {
            const image = await deps.images.ensure({ name, build, hidden: hide, timeoutSec: task.timeouts.buildSec, signal, run: { id: this.opts.runId, scratchDir: this.opts.scratchDir } });
            statuses.push(image.status);
            this.imageStatus = statuses.includes('built') ? 'built' : 'reused';
            if (image.log)
                this.buildLogs[`build-${key}`] = image.log;
            return image.tag;
        };
        for (const [service, build] of (0,docker_model/* buildsOf */.jV)(model))
            images.set(service, await ensure((0,labels/* imageName */.tO)(task.id, service), build, service, hidden));
        const graderBuild = task.family === 'integration' && !apex && !model.services[docker_model/* GRADER_SERVICE */.aD] ? assets.grader : null;
        const graderImage = graderBuild ? await ensure((0,labels/* imageName */.tO)('grader'), graderBuild, docker_model/* GRADER_SERVICE */.aD, []) : undefined;
        this.imageStatus ??= 'none';
        if (model.services[docker_model/* GRADER_SERVICE */.aD] || graderImage)
            this.graderService = docker_model/* GRADER_SERVICE */.aD;
        this.model = (0,docker_model/* generateCompose */.Ik)(model, {
            labels: this.labels,
            images,
            workspace: task.environment.workspace,
            limits: { requested: (0,limits/* requestedLimits */.Hw)(task.environment.limits), ceiling: deps.limitCeiling },
            ...(graderImage ? { addGrader: { image: graderImage } } : {})
        });
        if (apex) {
            const client = task.environment.workspace;
            const clientImage = images.get(client) ?? model.services[client]?.image;
            if (!clientImage)
                throw new errors/* EnvironmentStartError */.ch(`${source}: services.${client}: neither build: nor image: (APEX's client must have one)`, 'env_start', false);
            this.model.services[docker_model/* GRADER_SERVICE */.aD] = apexGraderService(this.model, client, clientImage, this.labels);
            this.graderService = docker_model/* GRADER_SERVICE */.aD;
        }
        // The grader the runtime adds (it only sleeps) starts with the stack: `up --wait` waits for it with the
        // others instead of a second `up` at grading time. A task's own grader may be a one-shot command and
        // APEX's runs its suite as it starts: those still start at grading time.
        this.graderWithStack = graderImage !== undefined && !apex;
        const file = external_node_path_.join(this.dir, 'compose.json');
        await (0,promises_.writeFile)(file, `${JSON.stringify(this.model, null, 2)}\n`);
        this.files = [file];
        await this.startStack(this.graderWithStack ? ['--profile', docker_model/* GRADER_PROFILE */.Wu] : [], signal);
        // The grader's container is found and probed now, beside the workspace's setup, not at grading time.
        if (this.graderWithStack && this.graderService)
            void this.target(this.graderService).catch(() => { });
        if (apex)
            await placeApexContext(this, task);
        const ready = this.setUpWorkspace(base);
        // The observability grader's container depends on nothing the agent does (pristine-grader.ts): it
        // starts now, beside the workspace's setup, and is ready when the agent stops.
        if (opts.gradeAfter && task.family === 'observability') {
            const workspace = ready.then((r) => r.target);
            void this.launchPristine((0,docker_model/* composeContainerName */.rz)(this.project, task.environment.workspace), workspace).catch(() => { });
            void ready.then(() => this.graderGitDir()).catch(() => { });
        }
        this.baseCommit = (await ready).sha;
        if (apex)
            await awaitApexMcp(this, task, signal);
        signal?.throwIfAborted();
    }
    async startStack(profiles, signal) {
        const sec = this.task.timeouts.buildSec;
        try {
            // `up -d`, then what `--wait` waits for, decided as compose decides it but looked at at once
            // (stack-ready.ts): compose's own wait idles half a second first.
            await this.deps.cli.compose(this.project, this.files, [...profiles, 'up', '-d', '--no-build'], {
                timeoutSec: sec + 30,
                signal,
                retries: 1
            });
            await this.servicesReady({ timeoutSec: sec, signal });
        }
        catch (error) {
            if (signal?.aborted || !errors/* OpsBenchError */.bc.isInstance(error) || error.errorClass === 'daemon')
                throw error;
            const report = await unhealthyReport(this.deps.cli, this.project, this.files).catch(() => null);
            if (report)
                throw new errors/* EnvironmentStartError */.ch(report, 'env_unhealthy', false, error);
            throw error;
        }
    }
    /** What `up --wait` would wait for, for the stack or `services` of it (stack-ready.ts). */
    servicesReady(opts) {
        return (0,stack_ready/* waitForStack */.ZO)(this.deps.cli, this.project, { ...opts, oneShot: (0,stack_ready/* oneShotServices */.JX)(this.model ?? { services: {} }) });
    }
    /**
     * The workspace's container found and set up (workspace.ts), probed in the same exec; found by the name
     * compose gives it, or by asking compose when that name is not running.
     */
    setUpWorkspace(base) {
        const service = this.task.environment.workspace;
        const known = this.targets.get(service);
        const ready = (async () => {
            if (known)
                return setupWorkspace(this.deps.cli, (await known).id, this.setup, base);
            try {
                return await setupWorkspace(this.deps.cli, (0,docker_model/* composeContainerName */.rz)(this.project, service), this.setup, base);
            }
            catch (error) {
                if (!(error instanceof errors/* RuntimeUnavailableError */.VT))
                    throw error;
                return setupWorkspace(this.deps.cli, await this.containerOf(service), this.setup, base);
            }
        })();
        const target = ready.then((r) => r.target);
        target.catch(() => this.targets.delete(service));
        this.targets.set(service, target);
        return ready;
    }
    /** The container behind a service, probed once. @throws RuntimeUnavailableError when it is not running */
    target(service) {
        let hit = this.targets.get(service);
        if (!hit) {
            hit = (async () => {
                if (this.files.length === 0 || this.down_)
                    throw new errors/* RuntimeUnavailableError */.VT(`docker environment ${this.project} is not up`);
                // Probed by the name compose gave it, it needs no `ps`; asking compose stays the fallback.
                const named = await probeContainer(this.deps.cli, (0,docker_model/* composeContainerName */.rz)(this.project, service)).catch((error) => {
                    if (error instanceof errors/* RuntimeUnavailableError */.VT)
                        return null;
                    throw error;
                });
                if (named)
                    return named;
                return probeContainer(this.deps.cli, await this.containerOf(service));
            })();
            hit.catch(() => this.targets.delete(service));
            this.targets.set(service, hit);
        }
        return hit;
    }
    /** The id of a service's container as compose knows it. @throws RuntimeUnavailableError when it is not running */
    async containerOf(service) {
        const ps = await this.deps.cli.compose(this.project, this.files, ['ps', '-q', service], { timeoutSec: 60 });
        const id = ps.stdout.split('\n')[0]?.trim();
        if (!id)
            throw new errors/* RuntimeUnavailableError */.VT(`service "${service}" of ${this.project} is not running`);
        return id;
    }
    exec(cmd, opts = {}) {
        return this.execIn(opts.service ?? this.task.environment.workspace, cmd, opts);
    }
    /** @throws RuntimeUnavailableError when the service's container or the daemon is gone */
    async execIn(service, cmd, opts = {}) {
        const target = await this.target(service);
        const cwd = opts.cwd !== undefined ? this.resolve(opts.cwd) : service === this.task.environment.workspace ? this.workdir : undefined;
        return execInContainer(this.deps.cli, target, cmd, { cwd, env: opts.env, timeoutSec: opts.timeoutSec, input: opts.input, signal: opts.signal });
    }
    async attachedCommand(argv, opts = {}) {
        const target = await this.target(this.task.environment.workspace);
        const env = Object.entries(opts.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
        return { command: 'docker', args: ['exec', '-i', '-w', this.workdir, ...env, target.id, ...argv], env: this.deps.cli.env };
    }
    writeFile(file, content) {
        return this.writeFileIn(this.task.environment.workspace, file, content);
    }
    readFile(file) {
        return this.readFileIn(this.task.environment.workspace, file);
    }
    copyIn(hostPath, dest) {
        return this.copyInTo(this.task.environment.workspace, hostPath, dest);
    }
    copyOut(file, hostDest) {
        return this.copyOutOf(this.task.environment.workspace, file, hostDest);
    }
    async writeFileIn(service, file, content) {
        await (0,files/* writeContainerFile */.Pn)(this.deps.cli, await this.target(service), this.resolve(file), content);
    }
    async readFileIn(service, file) {
        return (0,files/* readContainerFile */.GN)(this.deps.cli, (await this.target(service)).id, this.resolve(file), this.dir);
    }
    async copyInTo(service, hostPath, dest) {
        await (0,files/* copyIntoContainer */.jr)(this.deps.cli, await this.target(service), hostPath, this.resolve(dest));
    }
    async copyOutOf(service, file, hostDest) {
        await (0,files/* copyOutOfContainer */.iI)(this.deps.cli, (await this.target(service)).id, this.resolve(file), hostDest);
    }
    /**
     * Ends the agent's hold on the workspace before anything of it is read. `docker pause` first: the cgroup
     * freezer stops every process in the container at once, however it detached (setsid, double fork, a
     * cleared environment, a loop that re-forks), and none runs again: the agent's files are copied out
     * ({@link agentTree}) from a container in which nothing moves, and only then is it killed
     * ({@link killPausedWorkspace}; for observability once the grading container is filled, so the kill's
     * ~0.1 s runs beside the suite, off the trial's path). Where the engine cannot pause (no freezer),
     * `docker kill` now. Either way no SIGTERM is ever sent (as `docker stop` sends first), so a main command
     * of the agent's gets no warning to act on, and a kill counts as stopped by hand, whatever the restart
     * policy. It is never started again: a restart would run the container's main command, which a root agent
     * can have replaced with a daemon of its own. The suite runs in a fresh container (graderEnvironment).
     * Whether it is frozen or stopped is the engine's answer, never a command's output.
     * @throws GradeError when the engine still reports it running; RuntimeUnavailableError when the daemon is gone
     */
    async stopAgentProcesses() {
        const target = await this.target(this.task.environment.workspace);
        // The grading container takes nothing from what the agent did: it starts while the workspace stops.
        if (this.task.family === 'observability')
            void this.launchPristine(target.id, Promise.resolve(target)).catch(() => { });
        const paused = await this.deps.cli.raw(['pause', target.id], { timeoutSec: 120 });
        if (paused.exitCode === 0 && !paused.timedOut) {
            this.workspaceStopped = true;
            this.workspacePaused = target.id;
            this.opts.log?.("docker: froze the workspace (pause) to end the agent's processes; it is killed once its files are copied");
            return;
        }
        const stopped = await this.deps.cli.raw(['kill', target.id], { timeoutSec: 120 });
        if (stopped.exitCode !== 0 || stopped.timedOut) {
            const output = `${stopped.stderr}\n${stopped.stdout}`;
            if ((0,docker_cli/* classifyDockerFailure */.Jx)(output) === 'daemon')
                throw new errors/* RuntimeUnavailableError */.VT(`docker kill of the workspace: ${(0,docker_cli/* tail */.RT)(output)}`);
            const state = await this.deps.cli.raw(['inspect', '--type', 'container', '--format', '{{.State.Running}}', target.id], { timeoutSec: 60 });
            // The agent cannot remove its own container; one the engine does not know or still runs is no verdict.
            if (state.exitCode !== 0 || state.stdout.trim() !== 'false') {
                throw new errors/* GradeError */.GX(`could not stop the agent's processes before grading: docker kill ${stopped.timedOut ? 'timed out' : `failed: ${(0,docker_cli/* tail */.RT)(output)}`}`);
            }
        }
        this.workspaceStopped = true;
        this.opts.log?.("docker: killed the workspace to end the agent's processes");
    }
    /**
     * The frozen workspace killed once its files are copied, in the background; `down` waits for it. SIGKILL
     * reaches frozen processes as they thaw, before any of them runs an instruction of its own.
     */
    killPausedWorkspace() {
        const id = this.workspacePaused;
        if (id === undefined || this.workspaceKilled)
            return;
        this.workspaceKilled = this.deps.cli.raw(['kill', id], { timeoutSec: 120 }).then((killed) => {
            if (killed.exitCode !== 0)
                this.opts.log?.(`docker: kill of the frozen workspace failed (${(0,docker_cli/* tail */.RT)(`${killed.stderr}\n${killed.stdout}`)}); down removes it`);
        }, () => { });
    }
    /** The workdir as the agent left it, copied to the host once the workspace is stopped (diff and grader share it). */
    agentTree() {
        const copy = async () => {
            const workspace = await this.target(this.task.environment.workspace);
            const tree = await copyAgentTree(this.deps.cli, workspace, this.setup).catch((error) => {
                if (errors/* OpsBenchError */.bc.isInstance(error))
                    throw error;
                throw new errors/* WorkspaceUnusableError */.JU(`the workspace cannot be copied for grading: ${error.message}`, error);
            });
            // Observability grading kills it once the fresh container is filled (startPristine), beside the suite.
            if (this.task.family !== 'observability')
                this.killPausedWorkspace();
            if (tree.cut !== undefined)
                this.opts.log?.(`docker: the copy of the workspace stopped at ${tree.cut}`);
            const dropped = await dropIgnoredAdditions(tree.dir, this.setup.repo, this.setup.gitEnv);
            if (dropped.length > 0)
                this.opts.log?.(`docker: left out ${dropped.length} file(s) the base's .gitignore ignores (e.g. ${dropped.slice(0, 3).join(', ')})`);
            return tree;
        };
        if (!this.workspaceStopped)
            return copy();
        this.tree ??= copy();
        return this.tree;
    }
    async diff() {
        if (this.baseCommit === undefined)
            throw new errors/* RuntimeUnavailableError */.VT('diff() before up()');
        return treeDiffAgainstBase(this.setup, await this.agentTree(), this.baseCommit);
    }
    /**
     * Where suites run, ready on the first call (after the agent stopped):
     * - observability: a fresh container from the workspace's image holding only the agent's files (and the
     *   base's .git), never the agent's container (pristine-grader.ts); started while the workspace stopped,
     *   filled in one copy once `prepareFiles` has prepared the host copy;
     * - integration: the grader service (the task's own `grader`, or the one the runtime adds, which is up
     *   since the stack started), with a copy of the workspace's workdir at the same
     *   path (the agent's work product; the tests and the test tools are the grader's own). Without a
     *   grader: this environment.
     * @throws EnvironmentStartError / GradeError when the grader does not start
     */
    graderEnvironment(opts = {}) {
        if (this.task.family === 'observability') {
            this.grader ??= this.startPristine(opts.signal, opts.prepareFiles);
            return this.grader;
        }
        const service = this.graderService;
        if (!service)
            return Promise.resolve(this);
        this.grader ??= this.startGrader(service, opts.signal);
        return this.grader;
    }
    launchPristine(container, workspace, signal) {
        this.pristine ??= startPristineGrader(this.deps.cli, { container, workspace, name: this.pristineName, labels: this.labels, workdir: this.workdir, signal });
        return this.pristine;
    }
    /**
     * The observability grader: the agent's files copied out once (the diff's copy), the base's .git added,
     * `prepareFiles` run on that host copy, then the copy goes into the fresh container in one call.
     */
    async startPristine(signal, prepareFiles) {
        const workspace = await this.target(this.task.environment.workspace);
        const launched = this.launchPristine(workspace.id, Promise.resolve(workspace), signal);
        // The base's .git goes in with the files: harness-made on the host, not the one the agent could rewrite
        // (the copy has none of its own; git never reads a `.git` inside a work tree, so the diff is unchanged).
        // It is copied while the agent works (graderGitDir), then moved in.
        const [tree, git] = await Promise.all([this.agentTree(), this.graderGitDir()]);
        if (tree.cut !== undefined)
            throw new errors/* WorkspaceUnusableError */.JU(`the workspace's files are too large to grade: the copy stopped at ${tree.cut}`);
        // The copy becomes the grader's: a later diff() copies the workspace again.
        this.tree = undefined;
        await (0,promises_.rename)(git, external_node_path_.join(tree.dir, '.git'));
        if (prepareFiles)
            await prepareFiles(new HostTreeView(tree.dir, this.deps.gitEnv, external_node_path_.join(this.dir, 'host-tmp')));
        const target = await launched;
        // The frozen workspace is killed while the suite runs (mostly one CPU), not beside the copies.
        this.killPausedWorkspace();
        await fillPristineGrader(this.deps.cli, target, { tree: tree.dir, workdir: this.workdir, signal });
        this.targets.set(PRISTINE, launched);
        this.opts.log?.(`grader: fresh container ${this.pristineName} from the workspace's image with the agent's files`);
        return new ServiceView(this, PRISTINE);
    }
    /** A copy of the base's .git for the grading container, made once, off the grading's path. */
    graderGitDir() {
        this.graderGit ??= (async () => {
            const git = external_node_path_.join(await (0,promises_.mkdtemp)(external_node_path_.join(this.dir, 'grader-git-')), '.git');
            await copyBaseGitDir(this.setup, git);
            return git;
        })();
        return this.graderGit;
    }
    /** The observability grader's container goes (not compose's: before `down`, or the network stays in use). */
    removePristine() {
        if (!this.pristine)
            return Promise.resolve();
        this.pristineRemoved ??= this.pristine
            .catch(() => undefined)
            .then(async () => {
            await this.deps.cli.raw(['rm', '-f', '-v', this.pristineName], { timeoutSec: 60 });
        });
        return this.pristineRemoved;
    }
    async startGrader(service, signal) {
        if (!this.graderWithStack) {
            const sec = 300;
            await this.deps.cli.compose(this.project, this.files, ['--profile', docker_model/* GRADER_PROFILE */.Wu, 'up', '-d', '--no-deps', '--no-build', service], { timeoutSec: sec, signal });
            await this.servicesReady({ services: [service], timeoutSec: sec, signal });
        }
        const grader = this.target(service);
        const tmp = await (0,promises_.mkdtemp)(external_node_path_.join(this.dir, 'handover-'));
        try {
            // The same caps as the diff's copy: what the agent left cannot fill the runner's disk on its way over.
            const copy = external_node_path_.join(tmp, 'workdir');
            const workspace = await this.target(this.task.environment.workspace);
            const [copied] = await Promise.all([
                (0,files/* copyTreeOut */.WC)(this.deps.cli, workspace.id, this.workdir, copy, COPY_CAPS).catch((error) => {
                    if (errors/* OpsBenchError */.bc.isInstance(error))
                        throw error;
                    throw new errors/* WorkspaceUnusableError */.JU(`the workspace cannot be copied to the grader: ${error.message}`, error);
                }),
                grader
            ]);
            if (copied.cut !== undefined)
                throw new errors/* WorkspaceUnusableError */.JU(`the workspace's files are too large to hand to the grader: the copy stopped at ${copied.cut}`);
            await (0,files/* copyIntoContainer */.jr)(this.deps.cli, await grader, copy, this.workdir);
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true }).catch(() => { });
        }
        this.opts.log?.(`grader: service "${service}" up with a copy of ${this.workdir}`);
        return new ServiceView(this, service);
    }
    /** Every service's log (timestamped), plus the output of builds this trial ran. */
    async logs() {
        const out = { ...this.buildLogs };
        if (!this.model || this.files.length === 0)
            return out;
        // Teardown follows the logs: the grading container (no logs of interest) is removed meanwhile.
        void this.removePristine().catch(() => { });
        await Promise.all(Object.keys(this.model.services).map(async (service) => {
            const logs = await this.deps.cli.composeRaw(this.project, this.files, ['logs', '--no-color', '--no-log-prefix', '--timestamps', service], { timeoutSec: 60 });
            const text = (0,docker_cli/* plainText */.wh)(`${logs.stdout}${logs.stderr && logs.exitCode !== 0 ? `\n${logs.stderr}` : ''}${(0,process_exec/* cutNote */.nA)(logs)}`);
            if (text.trim() !== '')
                out[service] = text;
        }));
        return out;
    }
    /**
     * `down -v --remove-orphans` with every profile active; anything compose could not remove goes by the
     * trial's label. Never throws: problems are logged.
     */
    async down(opts = {}) {
        if (this.down_)
            return;
        this.down_ = true;
        const log = (line) => this.opts.log?.(`docker: ${line}`);
        try {
            // Not compose's: it goes first, or the stack's network would still be in use.
            this.killPausedWorkspace();
            await Promise.all([this.removePristine(), this.workspaceKilled]);
            let clean = this.files.length === 0;
            if (!clean) {
                const profiles = (0,docker_model/* profilesOf */.uV)(this.model ?? { services: {} }).flatMap((p) => ['--profile', p]);
                const timeout = String(opts.interrupted ? 0 : this.deps.stopTimeoutSec);
                try {
                    await this.deps.cli.compose(this.project, this.files, [...profiles, 'down', '-v', '--remove-orphans', '--timeout', timeout], { timeoutSec: 120 });
                    clean = true;
                }
                catch (error) {
                    log(`compose down of ${this.project} failed (${error.message}); removing by label`);
                }
            }
            if (!clean)
                await (0,labels/* removeLabelled */.ux)(this.deps.cli, labels/* TRIAL_LABEL */.My, this.project, { log });
        }
        catch (error) {
            log(`teardown of ${this.project} failed: ${error.message}`);
        }
        finally {
            await (0,promises_.rm)(this.dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => { });
        }
    }
    /** Relative paths are relative to the workdir. */
    resolve(p) {
        return external_node_path_.posix.resolve(this.workdir, p);
    }
}

// EXTERNAL MODULE: ./lib/runtime/docker/shared.js
var shared = __webpack_require__(9164);
;// CONCATENATED MODULE: ./lib/runtime/docker/model-memo.js





/** What project names and run ids are made of here: nothing JSON escapes. */
const PLAIN = /^[a-z0-9][a-z0-9_.-]*$/i;
/**
 * `docker compose config` of a task's stack, run once per runtime for the same inputs and shared by every
 * trial of the task (its attempts, the bench's rounds): ~0.1 s of each trial's start. The inputs are the
 * compose file's bytes, the task's content hash and every variable compose could interpolate. Two of them
 * differ per trial, the project name and the run id (both can reach the model: `name:`, network names,
 * `${OPSBENCH_RUN_ID}`), so the one call runs under random stand-ins for them, replaced in its JSON by each
 * trial's own: every trial gets what its own call would have printed. Files a compose file reads from
 * outside its task directory (an `extends:` or `env_file:` elsewhere) are read once per run, as the
 * images' build contexts are (images.ts).
 */
class ComposeModels {
    texts = new shared/* SharedWork */.l();
    project = `ob-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    runId = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    /**
     * @throws EnvironmentStartError with compose's own complaint, from a call made with the trial's own
     *   project and run id (a failed call is not kept)
     */
    async load(cli, req) {
        const direct = () => (0,docker_model/* loadComposeModel */.M9)(cli, req.project, req.file, req.signal, req.env);
        if (!PLAIN.test(req.project) || !PLAIN.test(req.runId))
            return direct();
        const { [labels/* RUN_ENV */.Gj]: _run, ...seen } = { ...cli.env, ...req.env };
        const bytes = await (0,promises_.readFile)(req.file).catch(() => null);
        if (bytes === null)
            return direct();
        const key = (0,external_node_crypto_.createHash)('sha256')
            .update(JSON.stringify([req.file, req.taskHash, Object.entries(seen).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]))
            .update(bytes)
            .digest('hex');
        const stand = cli.withEnv({ [labels/* RUN_ENV */.Gj]: this.runId });
        let text;
        try {
            text = await this.texts.run(key, async (signal) => {
                const printed = await (0,docker_model/* composeConfig */.Rm)(stand, this.project, req.file, signal, req.env);
                (0,docker_model/* parseComposeModel */.$t)(req.file, printed);
                return printed;
            }, req.signal);
        }
        catch {
            req.signal?.throwIfAborted();
            // Compose names the project it was given in its complaints: the trial's own call says it with the trial's.
            return direct();
        }
        return (0,docker_model/* parseComposeModel */.$t)(req.file, text.replaceAll(this.project, req.project).replaceAll(this.runId, req.runId));
    }
}

// EXTERNAL MODULE: ./lib/runtime/docker/images.js + 1 modules
var docker_images = __webpack_require__(1354);
// EXTERNAL MODULE: ./lib/runtime/select.js
var runtime_select = __webpack_require__(5898);
// EXTERNAL MODULE: ./lib/runtime/strays.js
var strays = __webpack_require__(5760);
;// CONCATENATED MODULE: ./lib/runtime/docker/cleanup.js







/**
 * The post step's cleaner: ends the run's docker CLI processes a killed run left (a `docker build` keeps
 * building, a `compose up` would create containers after the removal), then removes every container,
 * network and volume labelled with the run's id, e.g. what a cancelled or crashed job left. Without a
 * daemon there is nothing to remove (and nothing leaked).
 */
function dockerCleaner(options) {
    return async (runId, opts) => {
        const docker = options.docker ?? 'docker';
        const ended = await (0,strays/* endStrays */.o5)({ root: null, env: [`${labels/* RUN_ENV */.Gj}=${runId}`], program: dockerProgram(docker) }, `docker cleanup of run ${runId}`, opts.log);
        const why = await (0,runtime_select/* probeDocker */.D5)(5000, docker);
        if (why !== null) {
            opts.log?.(`docker cleanup: skipped (${why})`);
            return ended;
        }
        const cli = new docker_cli/* DockerCli */.Vo({ env: (0,isolation/* dockerCliEnv */.Yf)(options.hostEnv), cwd: external_node_os_.tmpdir(), docker, log: opts.log });
        const removed = await (0,labels/* removeLabelled */.ux)(cli, labels/* RUN_LABEL */.jQ, runId, { log: opts.log });
        if (removed > 0)
            opts.log?.(`docker cleanup: removed ${removed} container(s)/network(s)/volume(s) labelled ${labels/* RUN_LABEL */.jQ}=${runId}`);
        return ended + removed;
    };
}
/**
 * The programs that carry a run's marker because the runtime started them: the docker CLI (`docker`, or the
 * binary it was configured with) and its plugins (`docker-buildx`, `docker-compose`), which inherit the
 * marker. Anything else with the marker (the shell the user ran OpsBench from, after exporting it) is not
 * the run's to end.
 */
function dockerProgram(docker) {
    const configured = external_node_path_.basename(docker);
    return (name) => name === configured || /^docker(-[a-z0-9]+)?$/.test(name);
}

;// CONCATENATED MODULE: ./lib/runtime/docker/runtime.js













/**
 * Runs every task as its own Compose v2 project (`docker compose -p ob-<trial>`), images built once per run
 * by content hash, every container, network and volume labelled with the run and the trial. See
 * environment.ts for one trial's stack, model.ts for what the runtime changes in a task's
 * compose file, isolation.ts for what never reaches the agent.
 */
class DockerRuntime {
    options;
    kind = 'docker';
    isolatesAgent = true;
    cli;
    images;
    models = new ComposeModels();
    assets;
    gitEnv;
    constructor(options) {
        this.options = options;
        const hostEnv = options.hostEnv;
        const scratch = options.scratchDir ?? external_node_path_.join(external_node_os_.tmpdir(), 'opsbench-docker');
        this.cli = new docker_cli/* DockerCli */.Vo({ env: (0,isolation/* dockerCliEnv */.Yf)(hostEnv, options.composeEnv), cwd: external_node_os_.tmpdir(), docker: options.docker, log: options.log });
        this.images = new docker_images/* ImageStore */.D(this.cli, { scratchDir: scratch, cache: options.imageCache, noCache: options.noCache, log: options.log });
        this.assets = findAssets(options);
        this.gitEnv = { PATH: this.cli.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', GIT_CONFIG_GLOBAL: '/dev/null', HOME: scratch };
    }
    /** Usable when a daemon answers `docker info` within a few seconds. */
    async probe() {
        const why = await (0,runtime_select/* probeDocker */.D5)(5000, this.options.docker);
        return why === null ? { usable: true, reason: 'a Docker daemon answered' } : { usable: false, reason: `no Docker daemon answered: ${why}` };
    }
    /** Ends the run's docker processes, then removes every container, network and volume labelled with it (cleanup.ts). */
    cleanup(runId, log) {
        const hostEnv = this.options.hostEnv;
        return dockerCleaner({ hostEnv, ...(this.options.docker && { docker: this.options.docker }) })(runId, { hostEnv, log });
    }
    /** Docker runs every task; a daemon that does not answer shows up as the environment's error instead. */
    check(_task) {
        return Promise.resolve(null);
    }
    create(task, opts) {
        return new DockerEnvironment(task, opts, {
            cli: this.cli.withEnv({ [labels/* RUN_ENV */.Gj]: opts.runId }),
            images: this.images,
            models: this.models,
            assets: this.assets,
            stopTimeoutSec: this.options.stopTimeoutSec ?? 5,
            limitCeiling: this.options.limitCeiling ?? (0,limits/* defaultCeiling */.Nu)(),
            gitEnv: this.gitEnv
        });
    }
}
/**
 * compose/grader and compose/workspace of this installation: found by walking up from this module
 * (src/runtime/ in a checkout, dist/cli/ in the bundle), so it works from source, the CLI and the Action.
 */
async function findAssets(options) {
    const root = await (0,install_root/* installRoot */.Q)();
    const at = async (name) => {
        if (!root)
            return null;
        const context = external_node_path_.join(root, 'compose', name);
        return (await (0,path_exists/* pathExists */.s)(external_node_path_.join(context, 'Dockerfile'))) ? { context, dockerfile: 'Dockerfile' } : null;
    };
    return {
        grader: options.graderBuild !== undefined ? options.graderBuild : await at('grader'),
        workspace: options.workspaceBuild !== undefined ? options.workspaceBuild : await at('workspace')
    };
}


/***/ }),

/***/ 9164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ SharedWork)
/* harmony export */ });
/**
 * Work keyed by name that many callers share (an image build wanted by every parallel trial of a task):
 * the first caller starts it, later ones wait for the same promise. Each waiter can leave on its own
 * signal; the work itself is aborted only when the last waiter has left, so one cancelled trial never
 * kills a build the others are waiting for, and a cancelled run leaves no build running.
 * A result stays for later callers; a failure too unless `forget(error)` says otherwise.
 */
class SharedWork {
    entries = new Map();
    /** @throws the work's error, or `signal`'s reason when this caller leaves first */
    run(key, start, signal, forget = () => true) {
        signal?.throwIfAborted();
        let entry = this.entries.get(key);
        if (!entry) {
            const controller = new AbortController();
            const created = { controller, waiters: 0, settled: false, promise: Promise.resolve() };
            created.promise = start(controller.signal).then((value) => {
                created.settled = true;
                return value;
            }, (error) => {
                created.settled = true;
                if ((controller.signal.aborted || forget(error)) && this.entries.get(key) === created)
                    this.entries.delete(key);
                throw error;
            });
            created.promise.catch(() => { }); // every waiter handles it; this keeps an unwaited failure from being "unhandled"
            this.entries.set(key, created);
            entry = created;
        }
        return this.wait(key, entry, signal);
    }
    wait(key, entry, signal) {
        if (entry.settled)
            return entry.promise;
        // A caller without a signal never leaves, so it keeps the work alive until it settles.
        entry.waiters += 1;
        return new Promise((resolve, reject) => {
            const leave = () => {
                if (!signal)
                    return;
                entry.waiters -= 1;
                if (entry.waiters === 0 && !entry.settled) {
                    entry.controller.abort(signal.reason);
                    if (this.entries.get(key) === entry)
                        this.entries.delete(key);
                }
                reject(signal.reason ?? new Error('aborted'));
            };
            signal?.addEventListener('abort', leave, { once: true });
            entry.promise.then((value) => {
                signal?.removeEventListener('abort', leave);
                entry.waiters -= 1;
                resolve(value);
            }, (error) => {
                signal?.removeEventListener('abort', leave);
                entry.waiters -= 1;
                reject(error);
            });
        });
    }
}


/***/ }),

/***/ 7875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ oneShotServices),
/* harmony export */   ZO: () => (/* binding */ waitForStack)
/* harmony export */ });
/* unused harmony export readiness */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(737);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1915);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6479);






/*
 * What `docker compose up --wait` waits for, decided the way compose 2.26 decides it (pkg/compose/start.go,
 * convergence.go: isServiceHealthy, isServiceCompleted), without its cost: compose looks first after a
 * half-second ticker and then every 500 ms, so even a stack with nothing to wait for spent 0.5 s idle in every
 * trial. Here the containers are looked at as soon as `up -d` returns and again on each engine event of
 * theirs (start, die, health status), with a look every second as a safety net for a missed event.
 */
const COMPOSE_PROJECT = 'com.docker.compose.project';
const COMPOSE_SERVICE = 'com.docker.compose.service';
const COMPOSE_ONEOFF = 'com.docker.compose.oneoff';
/** A look every this many ms besides the events: an event the stream missed delays the answer by at most this. */
const SAFETY_LOOK_MS = 1000;
const InspectSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    Name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    Config: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
        Labels: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).nullish(),
        Healthcheck: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({ Test: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).nullish() }).nullish()
    }),
    State: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
        Status: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        ExitCode: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullish(),
        Health: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({ Status: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }).nullish()
    })
});
/** `depends_on` as `compose config` prints it: always the long form. */
const DependsOnSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({ condition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional() }).nullable());
/** Services some service depends on with `condition: service_completed_successfully`: they are waited for to exit 0. */
function oneShotServices(model) {
    const out = new Set();
    for (const service of Object.values(model.services)) {
        const deps = DependsOnSchema.safeParse(service.depends_on);
        if (!deps.success)
            continue;
        for (const [name, dep] of Object.entries(deps.data)) {
            if (dep?.condition === 'service_completed_successfully')
                out.add(name);
        }
    }
    return out;
}
/**
 * Whether the containers are what `up --wait` waits for: `done`, still `waiting`, or a `failure` compose
 * would stop at (its wording). Per container: a one-shot service must have exited 0; any other must not
 * have exited, must run, and, when its image or compose file defines a healthcheck, be healthy (starting:
 * wait; unhealthy: failure). A healthcheck disabled with `NONE` counts as none (compose 2.26 would fail
 * such a container as having no healthcheck).
 */
function readiness(containers, oneShot) {
    let waiting = false;
    for (const c of containers) {
        const name = c.Name.replace(/^\//, '');
        const service = c.Config.Labels?.[COMPOSE_SERVICE] ?? '';
        const status = c.State.Status;
        const code = c.State.ExitCode ?? 0;
        if (oneShot.has(service)) {
            if (status !== 'exited')
                waiting = true;
            else if (code !== 0)
                return { state: 'failed', failure: `service "${service}" didn't complete successfully: exit ${code}` };
            continue;
        }
        if (status === 'exited')
            return { state: 'failed', failure: `container ${name} exited (${code})` };
        const test = c.Config.Healthcheck?.Test ?? [];
        if (test.length === 0 || test[0] === 'NONE') {
            if (status !== 'running')
                waiting = true;
            continue;
        }
        const health = c.State.Health?.Status;
        if (health === 'unhealthy')
            return { state: 'failed', failure: `container ${name} is unhealthy` };
        if (health !== 'healthy')
            waiting = true;
    }
    return { state: waiting ? 'waiting' : 'done' };
}
/**
 * Returns once the project's containers are what `compose up --wait` waits for ({@link readiness}).
 * Engine calls: a `ps` and an `inspect`; when something is still starting, one `docker events` stream
 * (replayed from just before the first look, so nothing between the look and the stream is lost) and an
 * `inspect` per event of the project's containers.
 * @throws EnvironmentStartError(env_start) with compose's reason (a container exited or is unhealthy, or
 *   "application not healthy after <timeout>s"); RuntimeUnavailableError when the daemon is gone; the
 *   signal's reason when it fires
 */
async function waitForStack(cli, project, opts) {
    // A little before the first look: replaying more only adds looks, and a daemon whose clock lags ours by
    // up to that still replays every event since (a larger lag is covered by the look every second).
    const since = (Date.now() / 1000 - 2).toFixed(3);
    const filters = [`label=${COMPOSE_PROJECT}=${project}`, `label=${COMPOSE_ONEOFF}=False`];
    const listed = await cli.raw(['ps', '-a', '-q', '--no-trunc', ...filters.flatMap((f) => ['--filter', f])], { timeoutSec: 60, signal: opts.signal });
    if (listed.exitCode !== 0)
        fail('docker ps', listed.stderr || listed.stdout);
    const ids = listed.stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (ids.length === 0)
        return;
    const look = async () => {
        const inspected = await cli.raw(['inspect', '--type', 'container', '--format', '{{json .}}', ...ids], { timeoutSec: 60, signal: opts.signal });
        opts.signal?.throwIfAborted();
        if (inspected.exitCode !== 0)
            fail('docker inspect', inspected.stderr || inspected.stdout);
        const states = inspected.stdout.split('\n').filter((l) => l.trim() !== '').map(parseInspected);
        const wanted = opts.services ? states.filter((c) => opts.services?.includes(c.Config.Labels?.[COMPOSE_SERVICE] ?? '')) : states;
        return readiness(wanted, opts.oneShot);
    };
    const first = await look();
    if (first.state === 'failed')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentStartError */ .ch(first.failure, 'env_start', false);
    if (first.state === 'done')
        return;
    await untilReady(cli, look, { ...opts, since, filters });
}
/** The looks after the first, on each event of the project's containers (and every second), until done. */
function untilReady(cli, look, opts) {
    const args = ['events', '--since', opts.since, '--filter', 'type=container', ...opts.filters.flatMap((f) => ['--filter', f]),
        ...['start', 'die', 'health_status', 'restart'].flatMap((e) => ['--filter', `event=${e}`]), '--format', '{{.Action}}'];
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cli.binary, args, { env: cli.env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    return new Promise((resolve, reject) => {
        let settled = false;
        let looking = false;
        let again = false;
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            clearInterval(safety);
            opts.signal?.removeEventListener('abort', onAbort);
            if (child.pid !== undefined)
                (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .killGroup */ .i0)(child.pid, 'SIGKILL');
            if (error === undefined)
                resolve();
            else
                reject(error instanceof Error ? error : new Error(String(error)));
        };
        const check = () => {
            if (settled)
                return;
            if (looking) {
                again = true;
                return;
            }
            looking = true;
            look().then((r) => {
                looking = false;
                if (r.state === 'done')
                    finish();
                else if (r.state === 'failed')
                    finish(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentStartError */ .ch(r.failure, 'env_start', false));
                else if (again) {
                    again = false;
                    check();
                }
            }, (error) => finish(error));
        };
        const onAbort = () => finish(opts.signal?.reason ?? new Error('aborted'));
        const deadline = setTimeout(() => finish(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentStartError */ .ch(`application not healthy after ${opts.timeoutSec}s`, 'env_start', false)), opts.timeoutSec * 1000);
        const safety = setInterval(check, SAFETY_LOOK_MS);
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        if (opts.signal?.aborted)
            return onAbort();
        // The replay from `since` brings the events up to now, so the first lines cause the next look.
        (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: child.stdout }).on('line', check);
        child.on('error', () => { });
    });
}
/** One line of `docker inspect --format '{{json .}}'`. */
function parseInspected(line) {
    let json = null;
    try {
        json = JSON.parse(line);
    }
    catch {
        // Reported below with the line itself.
    }
    const parsed = InspectSchema.safeParse(json);
    return parsed.success ? parsed.data : fail('docker inspect', `unexpected output: ${line.slice(0, 300)}`);
}
function fail(what, output) {
    if ((0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyDockerFailure */ .Jx)(output) === 'daemon')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RuntimeUnavailableError */ .VT(`${what}: ${(0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .tail */ .RT)(output)}`);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentStartError */ .ch(`waiting for the stack: ${what} failed: ${(0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .tail */ .RT)(output)}`, 'env_start', true);
}


/***/ }),

/***/ 2557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ AGENT_GITCONFIG),
/* harmony export */   HT: () => (/* binding */ workspaceDiff),
/* harmony export */   rF: () => (/* binding */ writeAgentGitConfig),
/* harmony export */   sK: () => (/* binding */ createWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _harness_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(529);
/* harmony import */ var _harness_git_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6952);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6479);






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

/***/ 1150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ pathExists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);

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

/***/ 5760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TY: () => (/* binding */ killStrays),
/* harmony export */   o5: () => (/* binding */ endStrays)
/* harmony export */ });
/* unused harmony export strayProcesses */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_proc_stat_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4390);



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


/***/ }),

/***/ 2509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ tarOf),
/* harmony export */   Au: () => (/* binding */ STDIN_TAR_CAP),
/* harmony export */   XO: () => (/* binding */ tarWithin),
/* harmony export */   eh: () => (/* binding */ tarOfContent),
/* harmony export */   pZ: () => (/* binding */ parseOwner)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


// A tar writer for what the harness copies into a container in one call (`docker cp - <id>:/`): the
// entries carry their full container path and the owner the harness wants, so the engine creates the
// destination, the files and their ownership at once (no `mkdir -p` before, no `chown -R` after). Only
// directories, regular files and symlinks (as links) are written; ancestors of the destination get no
// entry, so directories that exist keep their owner and mode. pax records carry long names and sizes.
const BLOCK = 512;
const CHUNK = 1024 * 1024;
/** `uid:gid` as the docker runtime probes it; anything else is root. */
function parseOwner(user) {
    const m = /^(\d+):(\d+)$/.exec(user.trim());
    return m ? { uid: Number(m[1]), gid: Number(m[2]) } : { uid: 0, gid: 0 };
}
function octal(value, width) {
    return `${value.toString(8).padStart(width - 1, '0')}\0`;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(body) + 1;
    while (String(len).length + Buffer.byteLength(body) !== len)
        len = String(len).length + Buffer.byteLength(body);
    return Buffer.from(`${len}${body}`);
}
function header(name, kind, size, mode, mtime, owner, link = '') {
    const h = Buffer.alloc(BLOCK);
    h.write(name.slice(0, 100), 0, 100, 'utf8');
    h.write(octal(mode & 0o7777, 8), 100, 'ascii');
    h.write(octal(owner.uid, 8), 108, 'ascii');
    h.write(octal(owner.gid, 8), 116, 'ascii');
    h.write(octal(Math.min(size, 0o77777777777), 12), 124, 'ascii');
    h.write(octal(Math.max(0, Math.floor(mtime)), 12), 136, 'ascii');
    h.write('        ', 148, 'ascii');
    h.write(kind, 156, 'ascii');
    h.write(link.slice(0, 100), 157, 100, 'utf8');
    h.write('ustar\u000000', 257, 'ascii');
    let sum = 0;
    for (const byte of h)
        sum += byte;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    return h;
}
function padding(size) {
    const rest = size % BLOCK;
    return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}
/** One entry's header blocks: a pax header first when the name, the link or the size do not fit ustar. */
function entryHeader(name, kind, size, mode, mtime, owner, link = '') {
    const records = [];
    if (Buffer.byteLength(name) > 100)
        records.push(paxRecord('path', name));
    if (Buffer.byteLength(link) > 100)
        records.push(paxRecord('linkpath', link));
    if (size > 0o77777777777)
        records.push(paxRecord('size', String(size)));
    const out = [];
    if (records.length > 0) {
        const body = Buffer.concat(records);
        out.push(header('././@PaxHeader', 'x', body.length, 0o644, mtime, owner), body, padding(body.length));
    }
    out.push(header(name, kind, size, mode, mtime, owner, link));
    return out;
}
/**
 * The tar stream of `hostPath` named `name` in the archive (a directory with its whole tree, sorted; the
 * directory itself as mode 0755), every
 * entry owned by `owner`, ending with the two zero blocks. A file is read at the size lstat gave (a file
 * that grows meanwhile is cut, one that shrinks is padded with zeros): the host side is the harness's own.
 */
async function* tarOf(hostPath, name, owner) {
    yield* entries(hostPath, name.replace(/^\/+/, '').replace(/\/+$/, ''), owner, true);
    yield Buffer.alloc(BLOCK * 2);
}
async function* entries(hostPath, name, owner, top = false) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(hostPath);
    const mtime = st.mtimeMs / 1000;
    if (st.isDirectory()) {
        // The destination directory is made as `mkdir` would (0755), whatever mode the host's temp dir had.
        if (name !== '')
            yield* entryHeader(`${name}/`, '5', 0, top ? 0o755 : st.mode, mtime, owner);
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(hostPath)).sort();
        for (const child of names)
            yield* entries(node_path__WEBPACK_IMPORTED_MODULE_1__.join(hostPath, child), name === '' ? child : `${name}/${child}`, owner);
    }
    else if (st.isSymbolicLink()) {
        yield* entryHeader(name, '2', 0, 0o777, mtime, owner, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(hostPath));
    }
    else if (st.isFile()) {
        yield* entryHeader(name, '0', st.size, st.mode, mtime, owner);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(hostPath, 'r');
        try {
            let left = st.size;
            while (left > 0) {
                const buf = Buffer.alloc(Math.min(CHUNK, left));
                const { bytesRead } = await handle.read(buf, 0, buf.length, null);
                if (bytesRead === 0) {
                    yield Buffer.alloc(left);
                    break;
                }
                left -= bytesRead;
                yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
            }
        }
        finally {
            await handle.close();
        }
        yield padding(st.size);
    }
}
/** The tar stream of one file `name` holding `content` (mode 0644), owned by `owner`. */
function* tarOfContent(name, content, owner) {
    yield* entryHeader(name.replace(/^\/+/, ''), '0', content.length, 0o644, Date.now() / 1000, owner);
    yield content;
    yield padding(content.length);
    yield Buffer.alloc(BLOCK * 2);
}
/**
 * What the harness sends as one tar on an exec's stdin (the workspace's setup) at most: the exec's input is
 * held in memory; a larger tree goes by `docker cp`, which streams it.
 */
const STDIN_TAR_CAP = 64 * 1024 * 1024;
/** The whole stream as one buffer, or null past `cap` bytes. */
async function tarWithin(stream, cap) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > cap)
            return null;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}


/***/ })

};
