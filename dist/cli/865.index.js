export const id = 865;
export const ids = [865];
export const modules = {

/***/ 724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ isVerifier),
/* harmony export */   Hd: () => (/* binding */ LAYER_TOKENS),
/* harmony export */   Xc: () => (/* binding */ readTestLayers),
/* harmony export */   tx: () => (/* binding */ sameTest)
/* harmony export */ });
/* unused harmony export LAYER_THRESHOLD_KINDS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _read_structured_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9897);
/* harmony import */ var _task_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4401);



const LAYER_THRESHOLD_KINDS = ['pass@k', 'pass^k'];
const LAYER_TOKENS = { f2p: '@F2P', p2p: '@P2P' };
/** Whether a test entry is a verifier script (APEX: "tests/.../*.sh, executed directly"). */
const isVerifier = (id) => id.endsWith('.sh');
/**
 * Reads and checks test_layers.json when the task has one. Problems (one `path: field: problem` line each):
 * unreadable JSON, no `layers` list, a layer without a name (or a repeated one), without tests, an unknown
 * token, a verifier that is not a file under tests/ (anywhere else the agent could read it), a test id the
 * task's lists do not have (when they are known), a threshold of an unknown kind or outside 0..1.
 * @returns the layers, [] when the file is absent (a task without layers behaves as before), or undefined
 *   when there were problems
 */
async function readTestLayers(dir, problems, lists) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'test_layers.json');
    const paths = new _task_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .TaskPaths */ .CI(dir, file, problems);
    if ((await paths.optional('test_layers.json', 'file')) === null)
        return [];
    const before = problems.count;
    const parsed = await (0,_read_structured_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonFile */ .JE)(file, problems);
    if (!parsed)
        return undefined;
    const doc = parsed.value;
    const raw = isRecord(doc) ? doc.layers : undefined;
    if (!Array.isArray(raw)) {
        problems.add(file, 'layers', 'missing: a list of layers ({"name", "tests": [...], "threshold": {"pass^k": 1.0}})');
        return undefined;
    }
    const layers = [];
    const names = new Set();
    for (const [i, entry] of raw.entries()) {
        const at = `layers[${i}]`;
        if (!isRecord(entry)) {
            problems.add(file, at, 'must be an object with name, tests and threshold');
            continue;
        }
        const name = typeof entry.name === 'string' ? entry.name.trim() : '';
        if (name === '')
            problems.add(file, `${at}.name`, 'missing: every layer has a name');
        else if (names.has(name))
            problems.add(file, `${at}.name`, `"${name}" is used by an earlier layer: layer names must be unique`);
        names.add(name);
        const tests = await checkTests(entry.tests, `${at}.tests`, paths, lists);
        const threshold = checkThreshold(entry.threshold, `${at}.threshold`, file, problems);
        if (name && tests && threshold) {
            layers.push({ name, description: typeof entry.description === 'string' ? entry.description : '', tests, threshold });
        }
    }
    return problems.count === before ? layers : undefined;
}
async function checkTests(value, at, paths, lists) {
    const { problems, source: file } = paths;
    if (!Array.isArray(value) || value.length === 0) {
        problems.add(file, at, 'missing: a layer lists at least one test (a test id, a tests/...sh verifier, @F2P or @P2P)');
        return null;
    }
    const before = problems.count;
    const known = new Set([...lists.failToPass, ...lists.passToPass]);
    for (const [j, id] of value.entries()) {
        const where = `${at}[${j}]`;
        if (typeof id !== 'string' || id.trim() === '') {
            problems.add(file, where, 'must be a non-empty string');
        }
        else if (id.startsWith('@')) {
            if (id !== LAYER_TOKENS.f2p && id !== LAYER_TOKENS.p2p)
                problems.add(file, where, `unknown token "${id}" (APEX-SWE knows @F2P and @P2P)`);
            else if (!lists.hasLists)
                problems.add(file, where, `${id} names nothing here: this layout has no FAIL_TO_PASS / PASS_TO_PASS lists (name the tests instead)`);
        }
        else if (isVerifier(id)) {
            if (id.split('/')[0] !== 'tests')
                problems.add(file, where, `the verifier "${id}" must be under tests/ (hidden until grading; anywhere else the agent could read it)`);
            else
                await paths.resolve(id, where, 'file');
        }
        else if (known.size > 0 && !known.has(id) && ![...known].some((k) => sameTest(k, id))) {
            problems.add(file, where, `"${id}" is in neither FAIL_TO_PASS nor PASS_TO_PASS of test_metadata.json`);
        }
    }
    return problems.count === before ? value : null;
}
function checkThreshold(value, at, file, problems) {
    if (!isRecord(value) || Object.keys(value).length !== 1) {
        problems.add(file, at, 'must be one of {"pass@k": x} or {"pass^k": x}, x between 0 and 1');
        return null;
    }
    const [kind, x] = Object.entries(value)[0];
    if (!LAYER_THRESHOLD_KINDS.includes(kind)) {
        problems.add(file, at, `unknown threshold kind "${kind}" (APEX-SWE knows ${LAYER_THRESHOLD_KINDS.join(', ')})`);
        return null;
    }
    if (typeof x !== 'number' || !(x >= 0 && x <= 1)) {
        problems.add(file, `${at}.${kind}`, 'must be a number between 0 and 1');
        return null;
    }
    return { kind: kind, value: x };
}
/**
 * Whether two ids name the same test: equal, or equal once one loses a leading directory part (APEX writes
 * `tests/test_x.py::test_a`; pytest run from tests/ reports `test_x.py::test_a`).
 */
function sameTest(a, b) {
    if (a === b)
        return true;
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    return long.endsWith(`/${short}`);
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 9865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _o: () => (/* binding */ loadTask),
  cP: () => (/* binding */ loadTaskSet)
});

// UNUSED EXPORTS: findTaskDirs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
;// CONCATENATED MODULE: ./lib/task/apex-schema.js

/**
 * APEX-SWE's own task files (github.com/Mercor-Intelligence/apex-swe, arXiv 2601.08806), read as the
 * harness there reads them: integration/src/harness/executor.py (`_load_task_context`: task_data.get(...) of
 * instruction, max_agent_timeout_sec, max_test_timeout_sec) and observability/eval_runner/inspect_scorer.py
 * (metadata.get("test_command"), ...). Those loaders read the fields they need and ignore the rest, and real
 * tasks carry keys of their own (task_id, name, description, category, tags, test_scripts, process_checks):
 * so these schemas are loose, unlike OpsBench's own task.yaml. The fields OpsBench reads are still typed.
 */
const seconds = schemas/* number */.aig().positive();
/**
 * Integration task.yaml: the instruction is inline text; timeouts are seconds (APEX writes 3600.0).
 * `test_scripts` (Terminal-Bench's convention, which APEX's newer tasks use: `[setup-uv-pytest.sh,
 * run-uv-pytest.sh]`) names the grading scripts when the task has no run-tests.sh.
 */
const ApexIntegrationYamlSchema = schemas/* looseObject */._H3({
    instruction: schemas/* string */.YjP().trim().min(1, 'must not be empty'),
    parser_name: schemas/* string */.YjP().optional(),
    max_agent_timeout_sec: seconds.optional(),
    max_test_timeout_sec: seconds.optional(),
    test_scripts: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1, 'must not be empty')).optional()
});
/**
 * One entry of test_metadata.json's `process_checks`: evidence in the agent's conversation that it used a
 * service (observability/eval_runner/inspect_scorer.py, evaluate_process_from_messages: the service name must
 * appear, and `pattern`, a regex, must match when given).
 */
const ApexProcessCheckSchema = schemas/* looseObject */._H3({
    service: schemas/* string */.YjP().trim().min(1, 'must not be empty'),
    description: schemas/* string */.YjP().optional(),
    required: schemas/* boolean */.zMY().optional(),
    pattern: schemas/* string */.YjP()
        .refine((p) => compiles(p.toLowerCase()), 'is not a regular expression OpsBench can run (JavaScript syntax; Python-only forms such as (?P<name>...) are not)')
        .optional()
});
function compiles(pattern) {
    try {
        new RegExp(pattern);
        return true;
    }
    catch {
        return false;
    }
}
/** An observability dir may carry a task.yaml too; there the instruction is optional (problem_statement.md). */
const ApexObservabilityYamlSchema = ApexIntegrationYamlSchema.extend({
    instruction: schemas/* string */.YjP().trim().min(1, 'must not be empty').optional(),
    /** Read when test_metadata.json has none, as APEX's scorer does. */
    process_checks: schemas/* array */.YOg(ApexProcessCheckSchema).optional()
});
/** Keys only an APEX-SWE / Terminal-Bench task.yaml has: one of them (and no `family`) selects the APEX reader. */
const APEX_YAML_KEYS = [
    'task_id',
    'max_agent_timeout_sec',
    'max_test_timeout_sec',
    'parser_name',
    'run_tests_in_same_shell',
    'test_scripts',
    'disable_asciinema',
    'author_email',
    'author_name',
    'difficulty',
    'category',
    'expert_time_estimate_min',
    'junior_time_estimate_min',
    'estimated_duration_sec'
];
const testIds = schemas/* array */.YOg(schemas/* string */.YjP().min(1));
/**
 * test_metadata.json. APEX-SWE writes FAIL_TO_PASS / PASS_TO_PASS (SWE-bench style); the lowercase
 * spellings are accepted too. `test_framework` falls back to `language`, as eval_utils.py does.
 */
const ApexTestMetadataSchema = schemas/* looseObject */._H3({
    test_command: schemas/* string */.YjP().trim().min(1, 'must not be empty'),
    test_framework: schemas/* string */.YjP().min(1).optional(),
    language: schemas/* string */.YjP().min(1),
    test_files: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    FAIL_TO_PASS: testIds.optional(),
    PASS_TO_PASS: testIds.optional(),
    fail_to_pass: testIds.optional(),
    pass_to_pass: testIds.optional(),
    base_commit: schemas/* string */.YjP().optional(),
    instance_id: schemas/* string */.YjP().optional(),
    repo: schemas/* string */.YjP().optional(),
    version: schemas/* string */.YjP().optional(),
    created_at: schemas/* string */.YjP().optional(),
    process_checks: schemas/* array */.YOg(ApexProcessCheckSchema).optional()
});

// EXTERNAL MODULE: ./lib/frameworks/registry.js + 9 modules
var registry = __webpack_require__(2850);
// EXTERNAL MODULE: ./lib/task/read-structured.js + 1 modules
var read_structured = __webpack_require__(9897);
// EXTERNAL MODULE: ./lib/task/task-paths.js
var task_paths = __webpack_require__(4401);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/parse.js
var parse = __webpack_require__(3857);
;// CONCATENATED MODULE: ./lib/task/validate-patch.js


const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * Checks that `text` is a unified diff `git apply` can take: at least one file with `---`/`+++` headers and
 * at least one hunk, and every hunk as long as its header says. jsdiff's parsePatch accepts plain prose as a
 * patch of zero files and reports a short hunk only as "invalid line", so the hunk counts are checked here
 * first, where the header's line can be named.
 */
function checkPatchText(text) {
    if (text.trim() === '')
        return [{ line: null, message: 'is empty: expected a unified diff (git diff output)' }];
    const hunkProblems = checkHunks(text.split('\n').map((l) => l.replace(/\r$/, '')));
    if (hunkProblems.length > 0)
        return hunkProblems;
    let files;
    try {
        files = (0,parse/* parsePatch */.i)(text);
    }
    catch (error) {
        const message = error.message;
        const line = /line (\d+)/.exec(message);
        return [{ line: line ? Number(line[1]) : null, message: `not a valid unified diff: ${message}` }];
    }
    const named = files.filter((f) => f.oldFileName !== undefined || f.newFileName !== undefined);
    const escaping = named.flatMap((f) => [f.oldFileName, f.newFileName]).filter((n) => n !== undefined && leavesRepository(n));
    if (escaping.length > 0) {
        return [{ line: null, message: `path ${escaping[0]} leaves the repository (absolute or through ..): a patch may only change files inside it` }];
    }
    if (named.length === 0) {
        return [{ line: null, message: 'not a unified diff: no "--- a/<file>" / "+++ b/<file>" headers found (make it with git diff)' }];
    }
    if (named.every((f) => f.hunks.length === 0)) {
        return [{ line: null, message: 'has file headers but no "@@ -l,n +l,n @@" hunks: it changes nothing' }];
    }
    return [];
}
/** A patch file name (`a/x`, `b/x`, `/dev/null`) that points outside the repository. */
function leavesRepository(name) {
    if (name === '/dev/null' || name === '')
        return false;
    const rel = name.replace(/^[ab]\//, '');
    return rel.startsWith('/') || rel.split('/').includes('..');
}
function checkHunks(lines) {
    const problems = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.startsWith('@@'))
            continue;
        const header = HUNK_HEADER.exec(line);
        if (!header) {
            problems.push({ line: i + 1, message: `malformed hunk header "${line.slice(0, 60)}": expected "@@ -l,n +l,n @@"` });
            continue;
        }
        const wantOld = header[2] === undefined ? 1 : Number(header[2]);
        const wantNew = header[4] === undefined ? 1 : Number(header[4]);
        let gotOld = 0;
        let gotNew = 0;
        let j = i + 1;
        for (; j < lines.length && (gotOld < wantOld || gotNew < wantNew); j++) {
            const body = lines[j];
            const first = body[0];
            if (first === ' ' || (body === '' && j < lines.length - 1)) {
                gotOld++;
                gotNew++;
            }
            else if (first === '-')
                gotOld++;
            else if (first === '+')
                gotNew++;
            else if (first !== '\\')
                break;
        }
        if (gotOld !== wantOld || gotNew !== wantNew) {
            problems.push({
                line: i + 1,
                message: `hunk "${line}" is truncated or miscounted: its header promises ${wantOld} old and ${wantNew} new lines, the body has ${gotOld} and ${gotNew}`
            });
        }
        i = j - 1;
    }
    return problems;
}
/**
 * Reads and checks a patch file, recording problems against the patch file itself (`test.patch: line 7: ...`).
 * @returns whether the patch is usable
 */
async function validatePatchFile(file, problems) {
    const text = await (0,read_structured/* readText */.yR)(file, problems);
    if (text === undefined)
        return false;
    const found = checkPatchText(text);
    for (const p of found)
        problems.add(file, p.line === null ? 'patch' : `line ${p.line}`, p.message);
    return found.length === 0;
}

;// CONCATENATED MODULE: ./lib/task/task-checks.js





/**
 * Checks shared by every task layout: instruction text or file, patches, JSON side files.
 * Each records problems and returns null (never throws) so one load reports everything at once.
 */
const INSTRUCTION_FILE = /\.(md|txt)$/i;
/**
 * The instruction text. `value` is a file name when it ends in .md/.txt or names an existing file in the
 * task dir, otherwise inline text. A file that is missing or empty is a problem against `field`.
 */
async function resolveInstruction(paths, value, field) {
    const text = await instructionText(paths, value, field);
    if (text === null)
        return null;
    const bytes = Buffer.byteLength(text);
    if (bytes > INSTRUCTION_CAP_BYTES) {
        paths.problems.add(paths.source, field, `the instruction is ${bytes} bytes, over the cap of ${INSTRUCTION_CAP_BYTES} (agents get it in the OPSBENCH_INSTRUCTION variable, and Linux allows 128 KiB per variable); shorten it or move material into the repository`);
        return null;
    }
    return text;
}
/**
 * The most an instruction may hold, in bytes: the command agent gets it in an environment variable, where
 * Linux refuses more than 128 KiB (`spawn E2BIG`, which would read as the agent's failure).
 */
const INSTRUCTION_CAP_BYTES = 100_000;
async function instructionText(paths, value, field) {
    const text = value.trim();
    if (text === '') {
        paths.problems.add(paths.source, field, 'must not be empty: write what the agent is told, or name a file such as instruction.md');
        return null;
    }
    const oneLine = !text.includes('\n');
    const isFile = oneLine && (INSTRUCTION_FILE.test(text) || (await paths.optional(text, 'file')) !== null);
    if (!isFile)
        return text;
    const abs = await paths.resolve(text, field, 'file');
    if (abs === null)
        return null;
    const content = await (0,read_structured/* readText */.yR)(abs, paths.problems);
    if (content === undefined)
        return null;
    if (content.trim() === '') {
        paths.problems.add(paths.source, field, `file "${text}" is empty: write what the agent is told there`);
        return null;
    }
    return content;
}
/** Resolves a patch reference and checks it parses as a unified diff with at least one hunk. */
async function resolvePatch(paths, rel, field) {
    const abs = await paths.resolve(rel, field, 'file');
    if (abs === null)
        return null;
    return (await validatePatchFile(abs, paths.problems)) ? abs : null;
}
/** Resolves a JSON side file (chat, tracker, rubric) and checks it parses to an object or a list. */
async function resolveJson(paths, rel, field) {
    const abs = await paths.resolve(rel, field, 'file');
    if (abs === null)
        return null;
    const parsed = await (0,read_structured/* readJsonFile */.JE)(abs, paths.problems);
    if (!parsed)
        return null;
    if (parsed.value === null || typeof parsed.value !== 'object') {
        paths.problems.add(abs, '(top level)', 'expected a JSON object or list');
        return null;
    }
    return abs;
}
/**
 * Checks that the compose services hold the workspace and every service the task lists.
 * @returns false when something is missing (problems recorded against `source`)
 */
function checkServicesDefined(problems, source, composeName, defined, wanted) {
    let ok = true;
    for (const { name, field } of wanted) {
        if (defined.includes(name))
            continue;
        problems.add(source, field, `service "${name}" is not defined in ${composeName} (it defines: ${defined.join(', ') || 'nothing'})`);
        ok = false;
    }
    return ok;
}
/** A path as a problem line shows it: relative to the task dir, directories with a trailing slash. */
async function shown(dir, abs) {
    const isDir = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false })?.isDirectory() ?? false;
    return `${external_node_path_.relative(dir, abs) || '.'}${isDir ? '/' : ''}`;
}
/**
 * The workspace gets the repository directory as it is, so a repository that holds a hidden file (`repo: .`
 * holds task.yaml, test.patch and the solution) or lies inside a hidden directory shows the agent what it
 * must never see. Symlinks are resolved on both sides.
 * @param hidden absolute paths of the task's hidden files and directories (null entries are skipped)
 * @returns false when a problem was recorded against `field`
 */
async function checkRepoHidesNothing(paths, repo, field, hidden) {
    const real = async (p) => {
        try {
            return external_node_fs_.realpathSync.native(p);
        }
        catch {
            return external_node_path_.resolve(p);
        }
    };
    const repoReal = await real(repo);
    const inside = [];
    let around = null;
    for (const h of hidden) {
        if (h === null || h === '')
            continue;
        const hReal = await real(h);
        if ((0,task_paths/* isInside */.FK)(repoReal, hReal))
            inside.push(await shown(paths.dir, h));
        else if (around === null && (0,task_paths/* isInside */.FK)(hReal, repoReal))
            around = await shown(paths.dir, h);
    }
    const fix = 'move the repository into its own directory';
    if (inside.length > 0) {
        const what = inside.length === 1 ? `hidden file ${inside[0]}` : `hidden files ${inside.join(', ')}`;
        paths.problems.add(paths.source, field, `contains ${what}; ${fix}`);
        return false;
    }
    if (around !== null) {
        paths.problems.add(paths.source, field, `lies inside the hidden ${around}; ${fix}`);
        return false;
    }
    return true;
}
/** Inode identities (`dev:ino`) of every regular file at or under `p` (synchronous: see kindOf). */
function inodes(p, out = new Set()) {
    const st = (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false });
    if (st === undefined)
        return out;
    if (st.isFile())
        out.add(`${st.dev}:${st.ino}`);
    else if (st.isDirectory())
        for (const name of (0,external_node_fs_.readdirSync)(p))
            inodes(external_node_path_.join(p, name), out);
    return out;
}
/**
 * A file of the task directory that is a hard link to a hidden file (under another name, in repo/ or a
 * build context) hands the hidden content to the workspace: path-based hiding cannot see it.
 * @param hidden absolute paths of the task's hidden files and directories (null entries are skipped)
 * @returns false when a problem was recorded
 */
async function checkNoHardLinksToHidden(paths, hidden) {
    const hiddenPaths = hidden.filter((h) => h !== null && h !== '').map((h) => external_node_path_.resolve(h));
    const hiddenInodes = new Set();
    for (const h of hiddenPaths)
        inodes(h, hiddenInodes);
    let ok = true;
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const p = external_node_path_.join(dir, entry.name);
            if (hiddenPaths.some((h) => p === h || p.startsWith(`${h}${external_node_path_.sep}`)))
                continue;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    walk(p);
            }
            else if (entry.isFile()) {
                const st = (0,external_node_fs_.lstatSync)(p);
                if (st.nlink > 1 && hiddenInodes.has(`${st.dev}:${st.ino}`)) {
                    paths.problems.add(p, 'file', 'is a hard link to a hidden file (tests, patches, solution): the agent would read it; make it a copy of what it should hold, or remove it');
                    ok = false;
                }
            }
        }
    };
    walk(paths.dir);
    return ok;
}

// EXTERNAL MODULE: ./lib/task/validate-compose.js
var validate_compose = __webpack_require__(818);
// EXTERNAL MODULE: ./lib/task/apex-conventions.js
var apex_conventions = __webpack_require__(6616);
// EXTERNAL MODULE: ./lib/task/apex-layers.js
var apex_layers = __webpack_require__(724);
// EXTERNAL MODULE: ./lib/task/compose-vars.js
var compose_vars = __webpack_require__(2568);
// EXTERNAL MODULE: ./lib/task/zod-issues.js
var zod_issues = __webpack_require__(2269);
;// CONCATENATED MODULE: ./lib/task/apex.js











/**
 * Readers for APEX-SWE's own layouts, loaded into the same Task as OpsBench's (docs/architecture.md "Task format").
 * The task id is the directory name, as in APEX-SWE. Timeouts default to APEX-SWE's own (agent 3600 s,
 * tests 900 s) rather than OpsBench's, since its tasks were calibrated against them.
 */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const COMPOSE_NAMES = ['docker-compose.yaml', 'docker-compose.yml', 'compose.yaml', 'compose.yml'];
const APEX_TIMEOUTS = { agentSec: 3600, testSec: 900, buildSec: 900 };
/** Loads an APEX-SWE integration dir: task.yaml, docker-compose.yaml, run-tests.sh, tests/, solution.sh. */
async function loadApexIntegrationTask(dir, problems, env = {}) {
    const source = external_node_path_.join(dir, 'task.yaml');
    const before = problems.count;
    const yaml = await parseWith(source, ApexIntegrationYamlSchema, problems);
    const paths = new task_paths/* TaskPaths */.CI(dir, source, problems);
    const id = checkDirId(dir, problems);
    if (yaml?.parser_name !== undefined && yaml.parser_name !== 'pytest') {
        problems.add(source, 'parser_name', `"${yaml.parser_name}" is not supported: APEX-SWE integration tasks are graded by pytest`);
    }
    const instruction = yaml ? await resolveInstruction(paths, yaml.instruction, 'instruction') : null;
    const compose = await findCompose(paths);
    if (compose === null)
        problems.add(dir, 'docker-compose.yaml', 'missing: an APEX-SWE integration task defines its services in docker-compose.yaml');
    const stack = compose === null ? null : await composeStack(compose, problems);
    if (compose !== null)
        await checkComposeVars(compose, problems, env);
    const testsDir = await paths.optional('tests', 'dir');
    const testScripts = yaml ? await findTestScripts(paths, yaml.test_scripts, testsDir) : [];
    if (testsDir === null)
        problems.add(dir, 'tests/', 'missing: the directory of the grader\'s pytest suite');
    // APEX-SWE's public tasks ship solution.py; Terminal-Bench's ship solution.sh. Either is the oracle.
    const solution = await firstOf(paths, ['solution.sh', 'solution.py'], 'file');
    if (solution === null)
        problems.add(dir, 'solution.sh', 'missing: the reference solution the oracle agent runs (solution.sh, or solution.py)');
    const rubric = await rubricOf(paths);
    const layers = await (0,apex_layers/* readTestLayers */.Xc)(dir, problems, { failToPass: [], passToPass: [], hasLists: false });
    if (problems.count !== before || !yaml || !stack || testScripts.length === 0 || !layers)
        return undefined;
    const runTests = testScripts.length === 1 ? (testScripts[0] ?? null) : null;
    const hidden = [external_node_path_.join(dir, 'task.yaml'), external_node_path_.join(dir, 'test_layers.json'), testsDir, solution, rubric, ...testScripts].filter((p) => p !== null);
    return {
        id,
        family: 'integration',
        language: null,
        services: stack.services,
        instruction: instruction ?? '',
        dir,
        layout: 'apex-integration',
        timeouts: timeoutsOf(yaml),
        environment: { compose, workspace: stack.workspace, repo: null, workdir: '/app' },
        tests: { framework: 'pytest', command: apexTestCommand(testScripts), failToPass: [], passToPass: [] },
        hidden: { testPatch: null, testsDir, runTests, solution: { script: solution ?? '' }, rubric },
        context: { logs: null, chat: null, tracker: null },
        mcp: [],
        apex: {
            testScripts,
            contextFiles: await (0,apex_conventions/* apexContextFiles */.tl)(dir, hidden),
            mcpRequired: (0,apex_conventions/* apexMcpRequirements */.Hy)(stack.services),
            processChecks: [],
            layers
        }
    };
}
/**
 * Names each `${VAR}` of the compose file that would be left unset (file and line): OpsBench sets APEX's
 * own variables per trial, the registry ones come from the runner's environment.
 */
async function checkComposeVars(compose, problems, env) {
    const provided = new Set(apex_conventions/* APEX_COMPOSE_VARS */.tg);
    const unset = await (0,compose_vars/* unsetComposeVars */.eC)(compose, (n) => provided.has(n) || ((0,apex_conventions/* isApexRegistryVar */.dF)(n) && env[n] !== undefined && env[n] !== ''));
    for (const ref of unset)
        problems.add(compose, `line ${ref.line}`, (0,apex_conventions/* describeUnsetVar */.Ue)(ref.name));
}
/**
 * The grading scripts: APEX's own rule first (evaluator.py: the first of run-tests.sh, test.sh, ... at the
 * task root), else task.yaml's `test_scripts`, each looked up in tests/ and then at the root.
 * @returns absolute paths in run order; empty with the problem recorded when there is none
 */
async function findTestScripts(paths, named, testsDir) {
    const root = await firstOf(paths, [...apex_conventions/* APEX_TEST_SCRIPT_NAMES */.BJ], 'file');
    if (root !== null)
        return [root];
    if (named === undefined || named.length === 0) {
        paths.problems.add(paths.dir, 'run-tests.sh', `missing: the script that runs the pytest suite at grading time (one of ${apex_conventions/* APEX_TEST_SCRIPT_NAMES */.BJ.join(', ')} at the task root, or test_scripts: in task.yaml naming scripts in tests/)`);
        return [];
    }
    const out = [];
    for (const [i, name] of named.entries()) {
        const found = (testsDir !== null && !name.includes('/') ? await paths.optional(`tests/${name}`, 'file') : null) ?? (await paths.resolve(name, `test_scripts[${i}]`, 'file'));
        if (found !== null)
            out.push(found);
    }
    return out.length === named.length ? out : [];
}
/**
 * What grading runs, in APEX's form (evaluator.py: `cd /tests && TEST_DIR=/tests bash /tests/<script>`).
 * Several test_scripts run in one shell in order, all but the last sourced, as Terminal-Bench's generated
 * run-tests.sh does (`source $TEST_DIR/setup-uv-pytest.sh; bash $TEST_DIR/run-uv-pytest.sh`), so the setup
 * script's PATH and virtualenv reach the run script.
 */
function apexTestCommand(scripts) {
    const names = scripts.map((s) => `${apex_conventions/* APEX_TEST_DIR */.s0}/${external_node_path_.basename(s)}`);
    if (names.length === 1)
        return `cd ${apex_conventions/* APEX_TEST_DIR */.s0} && TEST_DIR=${apex_conventions/* APEX_TEST_DIR */.s0} bash ${names[0]}`;
    const last = names.at(-1) ?? `${apex_conventions/* APEX_TEST_DIR */.s0}/run-tests.sh`;
    const steps = [...names.slice(0, -1).map((n) => `source ${n}`), `bash ${last}`];
    return `cd ${apex_conventions/* APEX_TEST_DIR */.s0} && TEST_DIR=${apex_conventions/* APEX_TEST_DIR */.s0} bash -c '${steps.join('; ')}'`;
}
/** Loads an APEX-SWE observability dir: test_metadata.json, golden.patch, test.patch, repo/, problem_statement.md. */
async function loadApexObservabilityTask(dir, problems) {
    const before = problems.count;
    const metaFile = external_node_path_.join(dir, 'test_metadata.json');
    const yamlFile = external_node_path_.join(dir, 'task.yaml');
    const yaml = (await (0,task_paths/* kindOf */.I)(yamlFile)) === 'file' ? await parseWith(yamlFile, ApexObservabilityYamlSchema, problems) : {};
    const meta = await parseWith(metaFile, ApexTestMetadataSchema, problems, 'json');
    const id = checkDirId(dir, problems);
    const paths = new task_paths/* TaskPaths */.CI(dir, metaFile, problems);
    let framework = null;
    if (meta) {
        const value = meta.test_framework ?? meta.language;
        framework = (0,registry/* mapApexFramework */.hx)(value);
        if (framework === null) {
            const what = meta.test_framework === undefined ? `missing, and language "${value}" is not a test framework` : `"${value}" is not supported`;
            problems.add(metaFile, 'test_framework', `${what} (supported: ${registry/* FRAMEWORK_ALIAS_HELP */.kM})`);
        }
    }
    const instruction = await observabilityInstruction(new task_paths/* TaskPaths */.CI(dir, yamlFile, problems), yaml);
    const testPatch = await conventional(paths, 'test.patch', (p) => resolvePatch(paths, p, 'test.patch'), 'the patch that adds the FAIL_TO_PASS tests');
    const golden = await conventional(paths, 'golden.patch', (p) => resolvePatch(paths, p, 'golden.patch'), 'the reference fix (the oracle applies it)');
    const repo = await paths.optional('repo', 'dir');
    if (repo === null)
        problems.add(dir, 'repo/', 'missing: the repository at the base commit the agent edits');
    const compose = await findCompose(paths);
    const stack = compose === null ? { services: ['workspace'], workspace: 'workspace' } : await composeStack(compose, problems);
    const rubric = await rubricOf(paths);
    const failToPass = meta?.FAIL_TO_PASS ?? meta?.fail_to_pass ?? [];
    const passToPass = meta?.PASS_TO_PASS ?? meta?.pass_to_pass ?? [];
    const layers = await (0,apex_layers/* readTestLayers */.Xc)(dir, problems, { failToPass, passToPass, hasLists: true });
    const { badCutoff, ...context } = await (0,apex_conventions/* apexObservabilityContext */.Fu)(dir, (rel, kind) => paths.optional(rel, kind));
    if (badCutoff !== undefined) {
        problems.add(external_node_path_.join(dir, apex_conventions/* APEX_OBSERVABILITY_DATA */.K0.cutoff), 'time', `"${badCutoff.slice(0, 60)}" is not a time (APEX writes the commit's ISO time, e.g. 2024-05-01T10:00:00+00:00)`);
    }
    if (problems.count !== before || !meta || !yaml || !stack || framework === null || !layers)
        return undefined;
    return {
        id,
        family: 'observability',
        language: meta.language,
        services: stack.services,
        instruction: instruction ?? '',
        dir,
        layout: 'apex-observability',
        timeouts: timeoutsOf(yaml),
        environment: { compose, workspace: stack.workspace, repo, workdir: workdirOf(meta.test_command) },
        tests: {
            framework,
            command: meta.test_command,
            failToPass,
            passToPass
        },
        hidden: { testPatch, testsDir: null, runTests: null, solution: { patch: golden ?? '' }, rubric },
        // The Loki / Mattermost / Plane data APEX ships, served by OpsBench's own MCP servers (apex-conventions.ts).
        context,
        mcp: [],
        apex: { testScripts: [], contextFiles: [], mcpRequired: (0,apex_conventions/* apexMcpRequirements */.Hy)(stack.services), processChecks: meta.process_checks?.length ? meta.process_checks : (yaml.process_checks ?? []), layers }
    };
}
async function parseWith(file, schema, problems, kind = 'yaml') {
    const parsed = kind === 'yaml' ? await (0,read_structured/* readYamlFile */.kv)(file, problems) : await (0,read_structured/* readJsonFile */.JE)(file, problems);
    if (!parsed)
        return undefined;
    const result = schema.safeParse(parsed.value ?? {}, { error: zod_issues/* issueMessage */.bg });
    if (result.success)
        return result.data;
    for (const line of (0,zod_issues/* formatZodIssues */.tL)(result.error.issues, parsed.value, schema)) {
        const at = line.indexOf(': ');
        problems.add(file, line.slice(0, at), line.slice(at + 2));
    }
    return undefined;
}
/** In APEX-SWE the directory name is the task id, so it must already be a valid id. */
function checkDirId(dir, problems) {
    const id = external_node_path_.basename(dir);
    if (!ID_PATTERN.test(id)) {
        problems.add(dir, 'id', `the directory name "${id}" is the task id in the APEX-SWE layout: rename it to lowercase letters, digits and dashes ([a-z0-9-])`);
    }
    return id;
}
async function observabilityInstruction(paths, yaml) {
    // APEX-SWE's runner takes task.yaml's instruction first, then problem_statement.md.
    if (yaml?.instruction !== undefined)
        return resolveInstruction(paths, yaml.instruction, 'instruction');
    for (const name of ['problem_statement.md', 'prompt_statement.md']) {
        if ((await paths.optional(name, 'file')) !== null)
            return resolveInstruction(paths, name, name);
    }
    paths.problems.add(paths.dir, 'problem_statement.md', 'missing: the bug report the agent is given (or prompt_statement.md, or instruction: in task.yaml)');
    return null;
}
async function conventional(paths, name, check, what) {
    if ((await paths.optional(name, 'file')) === null) {
        paths.problems.add(paths.dir, name, `missing: ${what}`);
        return null;
    }
    return check(name);
}
async function findCompose(paths) {
    return firstOf(paths, COMPOSE_NAMES, 'file');
}
async function firstOf(paths, names, kind) {
    for (const name of names) {
        const abs = await paths.optional(name, kind);
        if (abs !== null)
            return abs;
    }
    return null;
}
async function rubricOf(paths) {
    const rel = (await paths.optional('rubric/rubric.json', 'file')) !== null ? 'rubric/rubric.json' : 'rubric.json';
    return (await paths.optional(rel, 'file')) === null ? null : resolveJson(paths, rel, 'rubric');
}
/**
 * The compose services, workspace first. The workspace is the service named `client` (APEX-SWE integration),
 * else `workspace` (OpsBench), else `default` or the one marked `x-default: true` (Inspect AI, which
 * APEX-SWE observability runs on), else the only service with a `build:`.
 */
async function composeStack(compose, problems) {
    // Hardening allows what APEX's files read: the dataset root (`..` contexts, ../shared/), not only the task dir.
    const services = await (0,validate_compose/* readComposeServices */.F9)(compose, problems, (0,apex_conventions/* apexReadableRoot */.j7)(external_node_path_.dirname(compose)));
    if (!services)
        return undefined;
    const workspace = pickWorkspace(services);
    if (workspace === null) {
        problems.add(compose, 'services', `cannot tell which service the agent works in (${services.map((s) => s.name).join(', ')}): name it "client" or "workspace", or mark it x-default: true`);
        return undefined;
    }
    return { services: [workspace, ...services.map((s) => s.name).filter((n) => n !== workspace)], workspace };
}
function pickWorkspace(services) {
    for (const name of ['client', 'workspace', 'default'])
        if (services.some((s) => s.name === name))
            return name;
    const marked = services.filter((s) => s.xDefault);
    if (marked.length === 1)
        return marked[0]?.name ?? null;
    const built = services.filter((s) => s.build);
    return built.length === 1 ? (built[0]?.name ?? null) : null;
}
function timeoutsOf(yaml) {
    return {
        agentSec: Math.ceil(yaml.max_agent_timeout_sec ?? APEX_TIMEOUTS.agentSec),
        testSec: Math.ceil(yaml.max_test_timeout_sec ?? APEX_TIMEOUTS.testSec),
        buildSec: APEX_TIMEOUTS.buildSec
    };
}
/** APEX-SWE runs tests in /app/repo unless the command starts with `cd /some/dir &&` (parser/evaluator.py). */
function workdirOf(testCommand) {
    return /^cd\s+(\/[^\s&;]+)\s*&&/.exec(testCommand)?.[1] ?? '/app/repo';
}

;// CONCATENATED MODULE: ./lib/task/schema.js


/**
 * The task.yaml contract (docs/architecture.md, "Task format"). Strict everywhere: an unknown key is an error
 * that names the key, because a misspelt field silently ignored is a task graded wrongly.
 */
const FrameworkSchema = schemas/* enum */.k5n(registry/* FRAMEWORKS */.i);
const FAMILIES = ['integration', 'observability'];
const FamilySchema = schemas/* enum */.k5n(FAMILIES);
const relPath = schemas/* string */.YjP().min(1, 'must not be empty');
const TimeoutsSchema = schemas/* strictObject */.rej({
    agent_sec: schemas/* number */.aig().int().positive().default(1800),
    test_sec: schemas/* number */.aig().int().positive().default(300),
    build_sec: schemas/* number */.aig().int().positive().default(900)
})
    .default({ agent_sec: 1800, test_sec: 300, build_sec: 900 });
const EnvironmentSpecSchema = schemas/* strictObject */.rej({
    compose: relPath.optional(),
    workspace: schemas/* string */.YjP().min(1).default('workspace'),
    repo: relPath.default('repo'),
    workdir: schemas/* string */.YjP().startsWith('/', 'must be an absolute path inside the workspace').default('/app/repo'),
    /** Per-service limits above the runner's defaults (runtime/docker/limits.ts), up to the runner's ceiling. */
    limits: schemas/* strictObject */.rej({
        pids: schemas/* number */.aig().int().positive().optional(),
        memory: schemas/* string */.YjP().regex(/^\d+(\.\d+)?[kmg]?$/i, 'a size such as 4g, 512m or 1073741824').optional(),
        cpus: schemas/* number */.aig().positive().optional()
    })
        .optional()
})
    .default({ workspace: 'workspace', repo: 'repo', workdir: '/app/repo' });
const TestsSpecSchema = schemas/* strictObject */.rej({
    framework: FrameworkSchema,
    command: schemas/* string */.YjP().trim().min(1, 'must not be empty'),
    test_patch: relPath.optional(),
    /** Integration: the directory of the grader's test suite, copied in only at grading time. */
    dir: relPath.optional(),
    fail_to_pass: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    pass_to_pass: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([])
});
const SolutionSchema = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({ patch: relPath }),
    schemas/* strictObject */.rej({ script: relPath })
]);
const ContextSchema = schemas/* strictObject */.rej({
    logs: relPath.optional(),
    chat: relPath.optional(),
    tracker: relPath.optional()
});
const McpServerSpecSchema = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({
        name: schemas/* string */.YjP().regex(/^[a-z0-9_-]+$/, 'use [a-z0-9_-]'),
        command: schemas/* string */.YjP().min(1),
        args: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
        env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional()
    }),
    schemas/* strictObject */.rej({
        name: schemas/* string */.YjP().regex(/^[a-z0-9_-]+$/, 'use [a-z0-9_-]'),
        // Streamable HTTP: an http(s) URL, not any scheme z.url() accepts ("tracker:8080" parses as scheme tracker:).
        url: schemas/* url */.OZ5({ protocol: /^https?$/ })
    })
]);
const TaskFileSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes ([a-z0-9-])'),
    family: FamilySchema,
    language: schemas/* string */.YjP().min(1).optional(),
    services: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(['workspace']),
    instruction: schemas/* string */.YjP().trim().min(1, 'must not be empty'),
    timeouts: TimeoutsSchema,
    environment: EnvironmentSpecSchema,
    tests: TestsSpecSchema,
    solution: SolutionSchema,
    context: ContextSchema.optional(),
    rubric: relPath.optional(),
    mcp: schemas/* array */.YOg(McpServerSpecSchema).default([])
});

;// CONCATENATED MODULE: ./lib/task/detect-layout.js





const OPSBENCH_KEYS = Object.keys(TaskFileSchema.shape).filter((k) => k !== 'instruction');
/**
 * Which reader a directory needs. The rule, in order:
 * 1. task.yaml with `family` (or any other OpsBench-only key such as id, tests, solution) -> opsbench;
 * 2. test_metadata.json -> apex-observability (APEX-SWE observability dirs may carry a task.yaml too);
 * 3. a task.yaml that is empty or not a mapping -> opsbench, whose reader says so;
 * 4. golden.patch + repo/ without test_metadata.json -> a problem that says so;
 * 5. task.yaml with an APEX-SWE / Terminal-Bench key (max_agent_timeout_sec, parser_name, ...) -> apex-integration;
 * 6. any other task.yaml -> opsbench, whose schema then names the missing fields.
 * @returns the layout, or undefined with the problem recorded
 */
async function detectLayout(dir, problems) {
    const yamlFile = external_node_path_.join(dir, 'task.yaml');
    const hasYaml = (await (0,task_paths/* kindOf */.I)(yamlFile)) === 'file';
    let keys = [];
    let mapping = false;
    if (hasYaml) {
        const parsed = await (0,read_structured/* readYamlFile */.kv)(yamlFile, problems);
        if (!parsed)
            return undefined;
        const value = parsed.value;
        mapping = value !== null && typeof value === 'object' && !Array.isArray(value);
        if (mapping)
            keys = Object.keys(value);
        if (keys.some((k) => OPSBENCH_KEYS.includes(k)))
            return 'opsbench';
    }
    if ((await (0,task_paths/* kindOf */.I)(external_node_path_.join(dir, 'test_metadata.json'))) === 'file')
        return 'apex-observability';
    if (hasYaml && !mapping)
        return 'opsbench';
    if ((await (0,task_paths/* kindOf */.I)(external_node_path_.join(dir, 'golden.patch'))) === 'file' && (await (0,task_paths/* kindOf */.I)(external_node_path_.join(dir, 'repo'))) === 'dir') {
        problems.add(dir, 'test_metadata.json', 'missing: this looks like an APEX-SWE observability task (it has golden.patch and repo/), which needs test_metadata.json with test_command, test_framework and language');
        return undefined;
    }
    if (keys.some((k) => APEX_YAML_KEYS.includes(k)))
        return 'apex-integration';
    if (hasYaml)
        return 'opsbench';
    problems.add(dir, 'task.yaml', 'missing: a task directory holds task.yaml (or APEX-SWE\'s test_metadata.json)');
    return undefined;
}
/** Whether expanding a directory tree should stop here and treat the directory as one task. */
async function looksLikeTaskDir(dir) {
    if ((await (0,task_paths/* kindOf */.I)(external_node_path_.join(dir, 'task.yaml'))) === 'file')
        return true;
    if ((await (0,task_paths/* kindOf */.I)(external_node_path_.join(dir, 'test_metadata.json'))) === 'file')
        return true;
    return (await (0,task_paths/* kindOf */.I)(external_node_path_.join(dir, 'golden.patch'))) === 'file' && (await (0,task_paths/* kindOf */.I)(external_node_path_.join(dir, 'repo'))) === 'dir';
}

// EXTERNAL MODULE: ./lib/task/hash.js
var hash = __webpack_require__(9077);
;// CONCATENATED MODULE: ./lib/task/opsbench-task.js







/**
 * Loads a task in OpsBench's own layout (task.yaml with `family`, docs/architecture.md "Task format"): the
 * schema first, then everything the schema cannot see (files exist and parse, compose defines the services).
 * @returns the task, or undefined when a problem was recorded
 */
async function loadOpsbenchTask(dir, problems) {
    const source = external_node_path_.join(dir, 'task.yaml');
    const parsed = await (0,read_structured/* readYamlFile */.kv)(source, problems);
    if (!parsed)
        return undefined;
    if (parsed.value === null || parsed.value === undefined) {
        problems.add(source, 'file', 'is empty: see docs/architecture.md "Task format" for the fields');
        return undefined;
    }
    const result = TaskFileSchema.safeParse(parsed.value, { error: zod_issues/* issueMessage */.bg });
    if (!result.success) {
        for (const line of (0,zod_issues/* formatZodIssues */.tL)(result.error.issues, parsed.value, TaskFileSchema))
            problems.add(source, ...splitLine(line));
        return undefined;
    }
    const before = problems.count;
    const task = await resolveOpsbenchTask(result.data, parsed.value, new task_paths/* TaskPaths */.CI(dir, source, problems));
    return problems.count === before ? task : undefined;
}
/** `tests.command: required` -> ['tests.command', 'required'] so Problems can put the file in front. */
function splitLine(line) {
    const at = line.indexOf(': ');
    return at < 0 ? ['(top level)', line] : [line.slice(0, at), line.slice(at + 2)];
}
async function resolveOpsbenchTask(tf, raw, paths) {
    const { problems, source, dir } = paths;
    const observability = tf.family === 'observability';
    const instruction = await resolveInstruction(paths, tf.instruction, 'instruction');
    if (observability && tf.language === undefined) {
        problems.add(source, 'language', 'required for observability tasks (e.g. go, python, typescript, java, cpp)');
    }
    const workspace = tf.environment.workspace;
    if (!tf.services.includes(workspace)) {
        problems.add(source, 'services', `must include the workspace service "${workspace}" (environment.workspace)`);
    }
    const compose = await resolveCompose(tf, paths);
    // repo/ is the base commit the agent edits: observability tasks are a bug in it, so it must exist; an
    // integration task may build from nothing, unless task.yaml names a repo explicitly.
    const rawEnv = raw.environment;
    const repo = observability || rawEnv?.repo !== undefined
        ? await paths.resolve(tf.environment.repo, 'environment.repo', 'dir')
        : await paths.optional(tf.environment.repo, 'dir');
    let testPatch = null;
    if (tf.tests.test_patch !== undefined)
        testPatch = await resolvePatch(paths, tf.tests.test_patch, 'tests.test_patch');
    else if (observability)
        problems.add(source, 'tests.test_patch', 'required for observability tasks: the patch that adds the FAIL_TO_PASS tests');
    let testsDir = null;
    if (tf.tests.dir !== undefined)
        testsDir = await paths.resolve(tf.tests.dir, 'tests.dir', 'dir');
    else if (!observability)
        testsDir = await paths.optional('tests', 'dir');
    const solution = 'patch' in tf.solution
        ? { patch: (await resolvePatch(paths, tf.solution.patch, 'solution.patch')) ?? '' }
        : { script: (await paths.resolve(tf.solution.script, 'solution.script', 'file')) ?? '' };
    const context = {
        logs: tf.context?.logs === undefined ? null : await paths.resolve(tf.context.logs, 'context.logs', 'any'),
        chat: tf.context?.chat === undefined ? null : await resolveJson(paths, tf.context.chat, 'context.chat'),
        tracker: tf.context?.tracker === undefined ? null : await resolveJson(paths, tf.context.tracker, 'context.tracker')
    };
    const rubric = tf.rubric === undefined ? null : await resolveJson(paths, tf.rubric, 'rubric');
    checkMcpNames(tf, paths);
    const solutionFile = ('patch' in solution ? solution.patch : solution.script) || null;
    const hidden = [testPatch, testsDir, solutionFile, rubric, source];
    if (repo !== null)
        await checkRepoHidesNothing(paths, repo, 'environment.repo', hidden);
    await checkNoHardLinksToHidden(paths, hidden);
    return {
        id: tf.id,
        family: tf.family,
        language: tf.language ?? null,
        services: tf.services,
        instruction: instruction ?? '',
        dir,
        layout: 'opsbench',
        timeouts: { agentSec: tf.timeouts.agent_sec, testSec: tf.timeouts.test_sec, buildSec: tf.timeouts.build_sec },
        environment: { compose, workspace, repo, workdir: tf.environment.workdir, ...(tf.environment.limits ? { limits: tf.environment.limits } : {}) },
        tests: {
            framework: tf.tests.framework,
            command: tf.tests.command,
            failToPass: tf.tests.fail_to_pass,
            passToPass: tf.tests.pass_to_pass
        },
        hidden: { testPatch, testsDir, runTests: null, solution, rubric },
        context,
        mcp: tf.mcp
    };
}
/** The compose file, checked to define the workspace and every listed service; absent means workspace only. */
async function resolveCompose(tf, paths) {
    const { problems, source } = paths;
    const workspace = tf.environment.workspace;
    if (tf.environment.compose === undefined) {
        tf.services.forEach((name, i) => {
            if (name !== workspace) {
                problems.add(source, (0,zod_issues/* fieldPath */.cn)(['services', i]), `service "${name}" needs a compose file that defines it: set environment.compose`);
            }
        });
        return null;
    }
    const compose = await paths.resolve(tf.environment.compose, 'environment.compose', 'file');
    if (compose === null)
        return null;
    const defined = await (0,validate_compose/* readComposeServices */.F9)(compose, problems, paths.dir);
    if (!defined)
        return compose;
    const names = defined.map((s) => s.name);
    const wanted = [
        { name: workspace, field: 'environment.workspace' },
        ...tf.services.map((name, i) => ({ name, field: (0,zod_issues/* fieldPath */.cn)(['services', i]) })).filter((w) => w.name !== workspace)
    ];
    checkServicesDefined(problems, source, tf.environment.compose, names, wanted);
    return compose;
}
function checkMcpNames(tf, paths) {
    const seen = new Map();
    tf.mcp.forEach((server, i) => {
        const first = seen.get(server.name);
        if (first !== undefined) {
            paths.problems.add(paths.source, (0,zod_issues/* fieldPath */.cn)(['mcp', i, 'name']), `"${server.name}" is already the name of mcp[${first}]: names must be unique`);
        }
        else {
            seen.set(server.name, i);
        }
    });
}

// EXTERNAL MODULE: ./lib/task/problems.js
var task_problems = __webpack_require__(5301);
;// CONCATENATED MODULE: ./lib/task/load.js









const READERS = {
    opsbench: loadOpsbenchTask,
    'apex-integration': loadApexIntegrationTask,
    'apex-observability': loadApexObservabilityTask
};
/** Skipped while looking for tasks: VCS data, dependencies, and hidden directories. */
const SKIP_DIRS = new Set(['node_modules', '__pycache__']);
const MAX_DEPTH = 8;
const PARALLEL = 4;
/**
 * Loads and validates one task directory in any layout (OpsBench, APEX-SWE integration or observability).
 * @throws TaskLoadError whose `problems` lists every problem found, one `path: field: problem` line each
 */
async function loadTask(dir, options = {}) {
    const problems = new task_problems/* Problems */.Zw(options.cwd);
    const abs = await taskRoot(dir, problems);
    const task = abs === undefined ? undefined : await loadOne(abs, problems, options.env ?? {});
    if (!task || problems.count > 0)
        throw new errors/* TaskLoadError */.OF(problems.lines.join('\n'), problems.lines);
    return task;
}
/**
 * Loads a set of tasks. A directory that is not itself a task is searched for task directories (`tasks/`
 * gives tasks/integration/* and tasks/observability/*). Never throws for bad input: every problem of every
 * task is returned, and ids must be unique across the whole set.
 */
async function loadTaskSet(dirs, options = {}) {
    const problems = new task_problems/* Problems */.Zw(options.cwd);
    const taskDirs = await collectTaskDirs(dirs, problems);
    const results = [];
    for (let i = 0; i < taskDirs.length; i += PARALLEL) {
        const batch = taskDirs.slice(i, i + PARALLEL).map(async (dir) => {
            const own = new task_problems/* Problems */.Zw(options.cwd);
            return { task: await loadOne(dir, own, options.env ?? {}), problems: own };
        });
        results.push(...(await Promise.all(batch)));
    }
    const tasks = [];
    const invalid = [];
    const byId = new Map();
    for (const [i, r] of results.entries()) {
        problems.lines.push(...r.problems.lines);
        const dir = taskDirs[i] ?? '';
        if (!r.task) {
            invalid.push({ dir, id: external_node_path_.basename(dir), problems: r.problems.lines });
            continue;
        }
        const first = byId.get(r.task.id);
        if (first) {
            const own = new task_problems/* Problems */.Zw(options.cwd);
            own.add(r.task.dir, 'id', `"${r.task.id}" is also the id of ${problems.display(first.dir)}: task ids must be unique`);
            problems.lines.push(...own.lines);
            invalid.push({ dir: r.task.dir, id: r.task.id, problems: own.lines });
            continue;
        }
        byId.set(r.task.id, r.task);
        tasks.push(r.task);
    }
    return { tasks, problems: problems.lines, invalid };
}
/**
 * The task directories a set names, found by their marker files alone (nothing parsed or hashed): what
 * `plan` needs, since its matrix depends only on how many tasks there are. Never throws; problems are
 * `path: field: problem` lines (unreadable or empty directories).
 */
async function findTaskDirs(dirs, options = {}) {
    const problems = new Problems(options.cwd);
    return { dirs: await collectTaskDirs(dirs, problems), problems: problems.lines };
}
async function collectTaskDirs(dirs, problems) {
    const taskDirs = [];
    const seen = new Set();
    for (const dir of dirs) {
        const abs = await taskRoot(dir, problems);
        if (abs === undefined)
            continue;
        const found = (await looksLikeTaskDir(abs)) ? [abs] : await searchTaskDirs(abs, problems, 0);
        if (found.length === 0)
            problems.add(abs, 'directory', 'no tasks found: a task directory holds task.yaml (or APEX-SWE\'s test_metadata.json)');
        // `validate tasks tasks/observability/x` names x twice: load it once, not as a duplicate id.
        for (const f of found) {
            const real = external_node_fs_.realpathSync.native(f);
            if (!seen.has(real))
                taskDirs.push(f);
            seen.add(real);
        }
    }
    return taskDirs;
}
async function loadOne(dir, problems, env) {
    const layout = await detectLayout(dir, problems);
    if (layout === undefined)
        return undefined;
    const task = await READERS[layout](dir, problems, env);
    if (!task)
        return undefined;
    return { ...task, hash: await (0,hash/* hashTaskDir */.D)(dir) };
}
/** The real absolute path of a directory the user named, or undefined with a one-line problem. */
async function taskRoot(dir, problems) {
    const abs = external_node_path_.resolve(dir);
    let info;
    try {
        info = (0,external_node_fs_.statSync)(abs);
    }
    catch (error) {
        problems.add(abs, 'directory', (0,read_structured/* describeFsError */.TQ)(error));
        return undefined;
    }
    if (!info.isDirectory()) {
        const name = external_node_path_.basename(abs);
        const hint = name === 'task.yaml' || name === 'test_metadata.json' ? `: pass its directory (${problems.display(external_node_path_.dirname(abs))})` : '';
        problems.add(abs, 'directory', `is a file, not a task directory${hint}`);
        return undefined;
    }
    return abs;
}
/** Task directories under `dir`, sorted; a task directory is not searched further. */
async function searchTaskDirs(dir, problems, depth) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        problems.add(dir, 'directory', `cannot be read (${(0,read_structured/* describeFsError */.TQ)(error)})`);
        return [];
    }
    const subdirs = entries
        .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name))
        .map((e) => e.name)
        .sort();
    const out = [];
    for (const name of subdirs) {
        const child = external_node_path_.join(dir, name);
        if (await looksLikeTaskDir(child))
            out.push(child);
        else if (depth < MAX_DEPTH)
            out.push(...(await searchTaskDirs(child, problems, depth + 1)));
    }
    return out;
}


/***/ })

};
