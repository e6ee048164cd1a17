export const id = 398;
export const ids = [398];
export const modules = {

/***/ 1817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/**
 * The lines of a file, streamed: memory holds one chunk and one line at a time whatever the file's size,
 * and each line comes with its byte offset so a caller can index the file and read the line again later.
 * With `maxLineBytes`, a longer line is kept to that length and flagged, so one giant line cannot exhaust
 * memory either.
 */
async function* readLines(file, opts = {}) {
    const max = opts.maxLineBytes ?? Infinity;
    let carry;
    let carryOffset = 0;
    let skipping = false;
    let pos = 0;
    let number = 0;
    const line = (data, start, end, offset, terminated, cut) => {
        const stop = !cut && end > start && data[end - 1] === 0x0d ? end - 1 : end;
        return { text: data.toString('utf8', start, stop), number: ++number, offset, bytes: stop - start, terminated, cut };
    };
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1 << 20 })) {
        let from = 0;
        for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
            if (skipping)
                skipping = false;
            else if (carry) {
                const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
                yield line(joined, 0, Math.min(joined.length, max), carryOffset, true, joined.length > max);
            }
            else if (nl - from > max)
                yield line(chunk, from, from + max, pos + from, true, true);
            else
                yield line(chunk, from, nl, pos + from, true, false);
            carry = undefined;
            from = nl + 1;
        }
        if (from < chunk.length && !skipping) {
            const rest = chunk.subarray(from);
            if (!carry)
                carryOffset = pos + from;
            carry = carry ? Buffer.concat([carry, rest]) : Buffer.from(rest);
            if (carry.length > max) {
                yield line(carry, 0, max, carryOffset, true, true);
                carry = undefined;
                skipping = true;
            }
        }
        pos += chunk.length;
    }
    if (carry)
        yield line(carry, 0, carry.length, carryOffset, false, false);
}


/***/ }),

/***/ 8669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X9: () => (/* binding */ TrialResultSchema),
/* harmony export */   tS: () => (/* binding */ RESULT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports TrialStatusSchema, StopReasonSchema, ErrorClassSchema, TestStatusSchema, LayerResultSchema, ProcessVerificationSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(737);

/** results.jsonl, one TrialResult per line (docs/architecture.md "Results", a **contract**: bump `schema` on change). */
const RESULT_SCHEMA_VERSION = 1;
const TrialStatusSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['passed', 'failed', 'error']);
const StopReasonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    'submitted',
    'agent_timeout',
    'step_limit',
    'token_limit',
    'cost_limit',
    'crashed'
]);
/** Error classes: why a trial is `error` rather than a verdict on the agent. */
const ErrorClassSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    'build',
    'daemon',
    'env_start',
    'env_unhealthy',
    'provider',
    'timeout_infra',
    'patch',
    'grade',
    'agent_setup',
    'cancelled',
    'skipped',
    // The task did not load (`path: field: problem` in error_message): the valid tasks of the set ran anyway.
    'invalid',
    'internal'
]);
const Count = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(), total: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() });
const TestStatusSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['passed', 'failed', 'skipped', 'error']);
/**
 * One layer of APEX-SWE's test_layers.json as graded in one trial (grade/layers.ts): passed when every one of
 * its tests passed (APEX's layer_passed). `threshold` is held against all trials in the report, not here.
 */
const LayerResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass@k', 'pass^k']), value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1) }),
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), status: TestStatusSchema, message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }))
});
/**
 * APEX-SWE's process verification of one trial (grade/process-checks.ts): each of test_metadata.json's
 * process_checks against the agent's conversation, with APEX's totals. Recorded, never part of the verdict.
 */
const ProcessVerificationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ service: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY() })),
    total: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    required_passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    required_total: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    all_required_passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
});
const TrialResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(RESULT_SCHEMA_VERSION),
    run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    task_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    family: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['integration', 'observability']),
    language: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    services: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    agent: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    status: TrialStatusSchema,
    error_class: ErrorClassSchema.nullable(),
    /** Human-readable reason for `error` (and for skips). Extra to the contract's minimum; readers ignore it. */
    error_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    stop_reason: StopReasonSchema.nullable(),
    fail_to_pass: Count,
    pass_to_pass: Count,
    correctness: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1),
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), status: TestStatusSchema })),
    durations_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        env: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        agent: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        grade: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        teardown: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        /** Time this trial waited for its task's FAIL_TO_PASS / PASS_TO_PASS to be computed (absent: given or cached). */
        f2p_p2p: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional()
    }),
    episodes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    tokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        input: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        output: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        cache_read: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        cache_write: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative()
    }),
    cost_usd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    finished_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    harness_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    task_hash: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Optional extras: how the environment was obtained, the test command's own time. */
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['built', 'reused', 'none']).optional(),
    test_command_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional(),
    /**
     * Optional extra: a short sha256 hex of the agent's settings (command line, model options, base URL, limits;
     * never a key), so resume keeps a result only for the same configuration. Absent in older results.
     */
    agent_config: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Optional extra: the task's test_layers.json layers, graded in this trial. Absent for tasks without layers. */
    layers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(LayerResultSchema).optional(),
    /** Optional extra: APEX's process_checks verified against the trajectory. Absent for tasks without them. */
    process_verification: ProcessVerificationSchema.optional(),
    /**
     * Optional extra: short codes of suspicious changes the agent made outside the test tree that reach into
     * the test runner (grade/flags.ts, e.g. `pytest-internals`). A flag never changes the verdict. Absent: none.
     */
    flags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional()
});


/***/ }),

/***/ 2010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ seededRandom)
/* harmony export */ });
/**
 * A small seeded PRNG (mulberry32) so bootstrap intervals and permutation p-values are the same on every
 * run of the same results: a report that changes when re-rendered would not be trusted.
 */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ }),

/***/ 2676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ forEachResult),
/* harmony export */   Q$: () => (/* binding */ dedupeResults),
/* harmony export */   x8: () => (/* binding */ readResults)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_read_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1817);
/* harmony import */ var _core_trial_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8669);
/* harmony import */ var _core_trial_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2774);






/**
 * Reads results.jsonl files (or directories holding them, e.g. downloaded shard artifacts), streamed line by
 * line so only the parsed results stay in memory. A line that is not
 * a TrialResult is an error naming file and line, except a trailing partial line, which a crash mid-write
 * can leave and which is skipped with a warning.
 */
async function readResults(inputs, warn = () => { }) {
    const results = [];
    await forEachResult(inputs, warn, (r) => results.push(r));
    return results;
}
/** readResults without the array: each valid result is handed to `onResult` as it is read. */
async function forEachResult(inputs, warn, onResult) {
    const files = [];
    for (const input of inputs)
        files.push(...(await resultFiles(input)));
    if (files.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`no results.jsonl found in ${inputs.join(', ')}: pass the files or the directories the run legs wrote`);
    for (const file of files) {
        for await (const line of (0,_core_read_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .readLines */ .S)(file)) {
            if (line.text.trim() === '')
                continue;
            let json;
            try {
                json = JSON.parse(line.text);
            }
            catch {
                if (!line.terminated) {
                    warn(`${file}: line ${line.number}: partial last line skipped (a run was cut off mid-write)`);
                    continue;
                }
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`${file}: line ${line.number}: not JSON; fix or delete the line`);
            }
            const parsed = _core_trial_result_js__WEBPACK_IMPORTED_MODULE_4__/* .TrialResultSchema */ .X9.safeParse(json);
            if (!parsed.success) {
                const issue = parsed.error.issues[0];
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`${file}: line ${line.number}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
            }
            onResult(parsed.data);
        }
    }
}
async function resultFiles(input) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(input);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportError */ .$g(`${input}: no such file or directory`);
    }
    if (info.isFile())
        return [input];
    const found = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(input, { withFileTypes: true, recursive: true })) {
        if (entry.isFile() && entry.name === _core_trial_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .RESULTS_FILE */ .yG)
            found.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(entry.parentPath, entry.name));
    }
    return found.sort();
}
/**
 * Merges shards and reruns: one result per (agent, model, task, attempt), the latest finished wins, so a
 * rerun of a leg replaces its earlier errors instead of double counting.
 */
function dedupeResults(results) {
    const byKey = new Map();
    for (const r of results) {
        // NUL never occurs in ids or names; a model of null and one named "null" must differ.
        const key = `${r.agent}\u0000${r.model === null ? '\u0001' : r.model}\u0000${r.task_id}\u0000${r.attempt}`;
        const prev = byKey.get(key);
        if (!prev || prev.finished_at < r.finished_at)
            byKey.set(key, r);
    }
    return [...byKey.values()];
}


/***/ }),

/***/ 5580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $z: () => (/* binding */ groupBy),
  r7: () => (/* binding */ runKey),
  eh: () => (/* binding */ summarize)
});

// UNUSED EXPORTS: taskCounts

// EXTERNAL MODULE: ./lib/metrics/random.js
var metrics_random = __webpack_require__(2010);
;// CONCATENATED MODULE: ./lib/metrics/intervals.js

/** Wilson score interval for a binomial proportion: well-behaved at 0 and 1, unlike the normal approximation. */
function wilsonInterval(successes, trials, z = 1.96) {
    if (trials === 0)
        return [0, 1];
    const p = successes / trials;
    const z2 = z * z;
    const denom = 1 + z2 / trials;
    const centre = (p + z2 / (2 * trials)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/**
 * Percentile bootstrap interval of the mean of per-task scores. Tasks are the unit of resampling because
 * attempts of one task are correlated; seeded so the same results always give the same interval.
 */
function bootstrapMeanInterval(scores, opts = {}) {
    const n = scores.length;
    if (n === 0)
        return [0, 1];
    if (n === 1)
        return [scores[0], scores[0]];
    const level = opts.level ?? 0.95;
    if (n > NORMAL_ABOVE && level === 0.95)
        return normalMeanInterval(scores);
    const resamples = opts.resamples ?? 4000;
    const random = (0,metrics_random/* seededRandom */.I)(opts.seed ?? 0x5eed);
    const means = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        let sum = 0;
        for (let i = 0; i < n; i++)
            sum += scores[Math.floor(random() * n)];
        means[r] = sum / n;
    }
    means.sort();
    const lo = means[Math.floor(((1 - level) / 2) * resamples)];
    const hi = means[Math.min(resamples - 1, Math.ceil(((1 + level) / 2) * resamples) - 1)];
    return [lo, hi];
}
/**
 * Past this many tasks the bootstrap distribution of the mean is normal to well within its own Monte Carlo
 * noise (4,000 resamples), and resampling would cost tasks x 4,000 draws per run: the normal interval is used.
 */
const NORMAL_ABOVE = 5000;
function normalMeanInterval(scores) {
    const n = scores.length;
    const mean = scores.reduce((a, b) => a + b, 0) / n;
    // Plug-in variance, as the bootstrap's resamples have.
    const variance = scores.reduce((a, s) => a + (s - mean) ** 2, 0) / n;
    const half = 1.959964 * Math.sqrt(variance / n);
    return [Math.max(0, mean - half), Math.min(1, mean + half)];
}
/**
 * The interval for Pass@1 over tasks: with one attempt per task the scores are 0/1 and Wilson is exact
 * enough and honest at the extremes; with several attempts, the task-level bootstrap.
 */
function passAt1Interval(scores, attemptsPerTask) {
    if (attemptsPerTask.every((n) => n === 1)) {
        const passed = scores.filter((s) => s === 1).length;
        return wilsonInterval(passed, scores.length);
    }
    return bootstrapMeanInterval(scores);
}

;// CONCATENATED MODULE: ./lib/metrics/pass-at-k.js
/**
 * The unbiased pass@k estimator (Chen et al. 2021): 1 - C(n-c, k) / C(n, k), computed as a product so it
 * stays exact-ish for large n instead of overflowing binomials.
 * @throws RangeError when the counts are impossible (c > n, k > n, negatives).
 */
function passAtK(n, c, k) {
    if (!(Number.isInteger(n) && Number.isInteger(c) && Number.isInteger(k)) || n < 0 || c < 0 || k < 1 || c > n || k > n) {
        throw new RangeError(`pass@k needs integers 0 <= c <= n and 1 <= k <= n (got n=${n}, c=${c}, k=${k})`);
    }
    if (n - c < k)
        return 1;
    let allFail = 1;
    for (let i = n - c + 1; i <= n; i++)
        allFail *= 1 - k / i;
    return 1 - allFail;
}
/** pass^k (tau-bench): the chance that k attempts drawn without replacement ALL pass, C(c,k)/C(n,k). */
function passHatK(n, c, k) {
    if (c > n || k > n || k < 1)
        throw new RangeError(`pass^k needs 0 <= c <= n and 1 <= k <= n (got n=${n}, c=${c}, k=${k})`);
    if (c < k)
        return 0;
    let p = 1;
    for (let i = 0; i < k; i++)
        p *= (c - i) / (n - i);
    return p;
}
/** Mean over tasks of the per-task estimator; tasks with fewer than k attempts are left out. */
function meanPassAtK(tasks, k, estimator = passAtK) {
    const eligible = tasks.filter((t) => t.n >= k);
    if (eligible.length === 0)
        return { value: 0, tasks: 0 };
    const sum = eligible.reduce((acc, t) => acc + estimator(t.n, t.c, k), 0);
    return { value: sum / eligible.length, tasks: eligible.length };
}

// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
;// CONCATENATED MODULE: ./lib/report/layers.js
/**
 * APEX-SWE's per-layer aggregation over a task's trials (common/trials.py, aggregate_trials), per agent and
 * model: pass@k is 1 when at least one trial passed the layer, pass^k is 1 when every trial did, the pass
 * rate is the share that did. The verdict holds the layer's declared threshold against one of them, as APEX
 * does: `pass^k: x` against pass^k, `pass@k: x` against the pass rate. Every counted trial of the task is an
 * attempt (an error before grading recorded no layers and passed none), skips and invalid tasks are not.
 */
function summarizeLayers(results, keyOf, isSkip) {
    const groups = new Map();
    for (const r of results) {
        if (isSkip(r))
            continue;
        const key = keyOf(r);
        const id = `${r.task_id}\u0000${key}`;
        const g = groups.get(id) ?? { task_id: r.task_id, key, rows: [] };
        g.rows.push(r);
        groups.set(id, g);
    }
    const out = [];
    for (const g of groups.values()) {
        const layers = new Map();
        for (const r of g.rows)
            for (const l of r.layers ?? [])
                layers.set(l.name, l);
        for (const layer of layers.values()) {
            const n = g.rows.length;
            const c = g.rows.filter((r) => r.layers?.some((l) => l.name === layer.name && l.passed)).length;
            const passAtK = c >= 1 ? 1 : 0;
            const passHatK = c === n ? 1 : 0;
            const rate = n ? c / n : 0;
            const measured = layer.threshold.kind === 'pass^k' ? passHatK : rate;
            out.push({
                task_id: g.task_id,
                key: g.key,
                name: layer.name,
                threshold: layer.threshold,
                trials: n,
                passed: c,
                pass_at_k: passAtK,
                pass_hat_k: passHatK,
                pass_rate: rate,
                verdict: measured >= layer.threshold.value ? 'pass' : 'fail'
            });
        }
    }
    return out.sort((a, b) => a.task_id.localeCompare(b.task_id) || a.key.localeCompare(b.key));
}

;// CONCATENATED MODULE: ./lib/report/summarize.js




/** agent + model names one evaluated configuration; the report has one row per key. */
function runKey(r) {
    return r.model ? `${r.agent}:${r.model}` : r.agent;
}
/**
 * Skips (a task this runtime cannot run) are left out of every rate: they say nothing about the agent.
 * Other errors count as attempts that did not pass, as SWE-bench counts them, and are shown separately so an
 * infrastructure storm is visible rather than silently lowering the score.
 */
const isSkip = (r) => r.status === 'error' && (r.error_class === 'skipped' || r.error_class === 'invalid');
function taskCounts(results) {
    const byTask = new Map();
    for (const r of results) {
        if (isSkip(r))
            continue;
        const t = byTask.get(r.task_id) ?? { taskId: r.task_id, n: 0, c: 0 };
        t.n += 1;
        if (r.status === 'passed')
            t.c += 1;
        byTask.set(r.task_id, t);
    }
    return [...byTask.values()].sort((a, b) => a.taskId.localeCompare(b.taskId));
}
function summarizeRun(key, results, intervals) {
    const counts = taskCounts(results);
    const scores = counts.map((t) => t.c / t.n);
    const passAt1 = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
    const maxN = counts.reduce((max, t) => Math.max(max, t.n), 0);
    const passAtK = {};
    const passHat = {};
    for (const k of [1, 2, 3, 5, 10]) {
        if (k > maxN)
            continue;
        passAtK[String(k)] = meanPassAtK(counts, k).value;
        passHat[String(k)] = meanPassAtK(counts, k, passHatK).value;
    }
    const counted = results.filter((r) => !isSkip(r));
    const families = groupBy(counted, (r) => r.family);
    const errorClasses = {};
    for (const r of results)
        if (r.error_class)
            errorClasses[r.error_class] = (errorClasses[r.error_class] ?? 0) + 1;
    const sum = (f) => results.reduce((a, r) => a + f(r), 0);
    const first = results[0];
    return {
        key,
        agent: first.agent,
        model: first.model,
        tasks: counts.length,
        trials: counted.length,
        passed: counted.filter((r) => r.status === 'passed').length,
        failed: counted.filter((r) => r.status === 'failed').length,
        errors: counted.filter((r) => r.status === 'error').length,
        skipped: results.length - counted.length,
        pass_at_1: passAt1,
        ci95: intervals ? passAt1Interval(scores, counts.map((t) => t.n)) : [0, 1],
        pass_at_k: passAtK,
        pass_hat_k: passHat,
        mean_correctness: counted.length ? counted.reduce((a, r) => a + r.correctness, 0) / counted.length : 0,
        cost_usd: sum((r) => r.cost_usd),
        tokens: {
            input: sum((r) => r.tokens.input),
            output: sum((r) => r.tokens.output),
            cache_read: sum((r) => r.tokens.cache_read),
            cache_write: sum((r) => r.tokens.cache_write)
        },
        by_family: Object.fromEntries([...families].map(([family, rs]) => {
            const fc = taskCounts(rs);
            return [family, { tasks: fc.length, pass_at_1: fc.reduce((a, t) => a + t.c / t.n, 0) / Math.max(1, fc.length) }];
        })),
        error_classes: errorClasses
    };
}
/**
 * Groups in one pass, each result pushed onto its key's list: the report is linear in the results (copying
 * a group per result made 100,000 trials take most of a minute).
 */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}
/** Builds the merged report (without a baseline comparison; see compare.ts). */
function summarize(results, now = new Date(), opts = {}) {
    const byRun = groupBy(results, runKey);
    const runs = [...byRun].sort(([a], [b]) => a.localeCompare(b)).map(([key, rs]) => summarizeRun(key, rs, opts.intervals ?? true));
    const rows = new Map();
    for (const r of results) {
        const key = runKey(r);
        let row = rows.get(r.task_id);
        if (!row)
            rows.set(r.task_id, (row = { task_id: r.task_id, family: r.family, language: r.language, runs: {} }));
        const cell = (row.runs[key] ??= { n: 0, c: 0, skipped: 0, errors: 0 });
        if (r.error_class === 'invalid')
            cell.invalid = (cell.invalid ?? 0) + 1;
        if (r.flags?.length)
            cell.flags = [...new Set([...(cell.flags ?? []), ...r.flags])].sort();
        if (isSkip(r))
            cell.skipped += 1;
        else {
            cell.n += 1;
            if (r.status === 'passed')
                cell.c += 1;
            if (r.status === 'error')
                cell.errors += 1;
        }
    }
    const layers = summarizeLayers(results, runKey, isSkip);
    return {
        schema: 1,
        generated_at: now.toISOString(),
        harness_version: version/* HARNESS_VERSION */.C,
        runs,
        tasks: [...rows.values()].sort((a, b) => a.task_id.localeCompare(b.task_id)),
        comparison: null,
        ...(layers.length > 0 ? { layers } : {})
    };
}


/***/ })

};
