export const id = 149;
export const ids = [149];
export const modules = {

/***/ 2149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchCommand: () => (/* binding */ fetchCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _task_dataset_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9325);


const USAGE = `Usage: opsbench fetch hf://datasets/<owner>/<name>[@revision][/subdir]

Downloads a task set from the Hugging Face Hub (tree listing, then each file; LFS files followed to their
storage) into the cache ($OPSBENCH_CACHE_DIR, else ~/.cache/opsbench), keyed by the revision's commit sha,
and prints the local directory. HF_TOKEN is sent when set (gated or private datasets). \`run --tasks hf://...\`
does the same before running.
`;
/** `opsbench fetch REF`: the download of `run --tasks hf://...` alone. */
const fetchCommand = {
    name: 'fetch',
    usage: USAGE,
    async run(args, io) {
        const { positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: {}, allowPositionals: true, strict: true });
        if (positionals.length !== 1) {
            io.stderr.write(USAGE);
            return 1;
        }
        const dir = await (0,_task_dataset_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTasksArg */ .N)(positionals[0] ?? '', process.env, (line) => io.stderr.write(`${line}\n`));
        io.stdout.write(`${dir}\n`);
        return 0;
    }
};


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


/***/ })

};
