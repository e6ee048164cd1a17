export const id = 636;
export const ids = [636];
export const modules = {

/***/ 5396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ gatePower)
/* harmony export */ });
/* unused harmony export normalQuantile */
const Z_POWER_80 = 0.8416;
function gatePower(opts) {
    const { tasks, attempts, alpha } = opts;
    const size = `${tasks} task${tasks === 1 ? '' : 's'} x ${attempts} attempt${attempts === 1 ? '' : 's'}`;
    if (tasks === 0 || 2 ** -tasks >= alpha) {
        const need = Math.floor(Math.log2(1 / alpha)) + 1;
        return { tasks, attempts, alpha, minDetectableDrop: null, text: `With ${size} no drop is significant at alpha ${alpha}: the gate cannot fail. Add tasks (at least ${need}) or attempts.` };
    }
    const rates = opts.passRates && opts.passRates.length ? opts.passRates : [0.5];
    const variance = (2 * rates.reduce((a, p) => a + p * (1 - p), 0)) / rates.length / attempts;
    const statistical = ((normalQuantile(1 - alpha) + Z_POWER_80) * Math.sqrt(variance)) / Math.sqrt(tasks);
    const drop = Math.min(1, Math.max(statistical, opts.minDelta ?? 0));
    const pts = (drop * 100).toFixed(0);
    const advice = drop > 0.15 ? ' Add tasks or attempts to see smaller drops.' : '';
    return {
        tasks,
        attempts,
        alpha,
        minDetectableDrop: drop,
        text: `With ${size} the gate catches a Pass@1 drop of about ${pts} points or more (80% of the time, alpha ${alpha}); smaller drops pass unnoticed.${advice}`
    };
}
/** Acklam's rational approximation of the standard normal quantile (|error| < 1.2e-9). */
function normalQuantile(p) {
    const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
    const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
    const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const lo = 0.02425;
    const poly = (k, x) => k.reduce((acc, v) => acc * x + v, 0);
    if (p < lo) {
        const q = Math.sqrt(-2 * Math.log(p));
        return poly(c, q) / (poly(d, q) * q + 1);
    }
    if (p > 1 - lo)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return (poly(a, r) * q) / (poly(b, r) * r + 1);
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildReport)
});

// UNUSED EXPORTS: loadBaseline

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/report/compare.js + 2 modules
var compare = __webpack_require__(9732);
// EXTERNAL MODULE: ./lib/report/plan-check.js
var plan_check = __webpack_require__(9562);
// EXTERNAL MODULE: ./lib/report/read-results.js
var read_results = __webpack_require__(2676);
;// CONCATENATED MODULE: ./lib/report/report-row.js
/**
 * A result reduced to what the report reads: per-test statuses, services and the rest are most of a line's
 * size, and a report of 100,000 trials holding them all would need gigabytes.
 */
function toReportRow(r) {
    // One object literal (one hidden class) rather than a loop over names: this runs once per trial read.
    const row = {
        task_id: r.task_id,
        family: r.family,
        language: r.language,
        agent: r.agent,
        model: r.model,
        attempt: r.attempt,
        status: r.status,
        error_class: r.error_class,
        stop_reason: r.stop_reason,
        fail_to_pass: r.fail_to_pass,
        pass_to_pass: r.pass_to_pass,
        correctness: r.correctness,
        durations_ms: r.durations_ms,
        tokens: r.tokens,
        cost_usd: r.cost_usd,
        finished_at: r.finished_at
    };
    if (r.error_message !== undefined)
        row.error_message = r.error_message;
    if (r.layers)
        row.layers = r.layers.map((l) => ({ name: l.name, threshold: l.threshold, passed: l.passed }));
    if (r.flags !== undefined && r.flags.length > 0)
        row.flags = r.flags;
    return row;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
;// CONCATENATED MODULE: ./lib/report/report-schema.js

/** report.json: the merged view of every leg (docs/architecture.md "Results"). Bump `schema` on change. */
const Counts = schemas/* object */.Ikc({ n: schemas/* number */.aig().int(), c: schemas/* number */.aig().int() });
const RunSummarySchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    agent: schemas/* string */.YjP(),
    model: schemas/* string */.YjP().nullable(),
    tasks: schemas/* number */.aig().int(),
    trials: schemas/* number */.aig().int(),
    passed: schemas/* number */.aig().int(),
    failed: schemas/* number */.aig().int(),
    errors: schemas/* number */.aig().int(),
    skipped: schemas/* number */.aig().int(),
    pass_at_1: schemas/* number */.aig(),
    ci95: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]),
    pass_at_k: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    /** pass^k: the chance that k attempts all pass (consistency, tau-bench), for the same k as pass@k. */
    pass_hat_k: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).default({}),
    mean_correctness: schemas/* number */.aig(),
    cost_usd: schemas/* number */.aig(),
    tokens: schemas/* object */.Ikc({ input: schemas/* number */.aig(), output: schemas/* number */.aig(), cache_read: schemas/* number */.aig(), cache_write: schemas/* number */.aig() }),
    by_family: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ tasks: schemas/* number */.aig().int(), pass_at_1: schemas/* number */.aig() })),
    error_classes: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int())
});
const TaskRowSchema = schemas/* object */.Ikc({
    task_id: schemas/* string */.YjP(),
    family: schemas/* string */.YjP(),
    language: schemas/* string */.YjP().nullable(),
    runs: schemas/* record */.g1P(schemas/* string */.YjP(), Counts.extend({
        skipped: schemas/* number */.aig().int(),
        errors: schemas/* number */.aig().int(),
        invalid: schemas/* number */.aig().int().optional(),
        /** The flag codes of this task's trials in this run (TrialResult.flags), each once; absent when none. */
        flags: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
    }))
});
const TaskChangeSchema = schemas/* object */.Ikc({
    task_id: schemas/* string */.YjP(),
    baseline: Counts,
    current: Counts,
    p_value: schemas/* number */.aig(),
    significant: schemas/* boolean */.zMY()
});
const RunComparisonSchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    baseline_pass_at_1: schemas/* number */.aig(),
    pass_at_1: schemas/* number */.aig(),
    delta: schemas/* number */.aig(),
    paired_tasks: schemas/* number */.aig().int(),
    p_value: schemas/* number */.aig(),
    /** Present when p_value was sampled (many paired tasks): its Monte Carlo standard error. Absent = exact. */
    p_value_error: schemas/* number */.aig().optional(),
    /** Significant at alpha AND a drop of at least min-delta: what gates the merge. */
    regression: schemas/* boolean */.zMY(),
    regressed_tasks: schemas/* array */.YOg(TaskChangeSchema),
    improved_tasks: schemas/* array */.YOg(TaskChangeSchema),
    /** Tasks the baseline ran for this key that this run did not: a shard that never reported shows up here. */
    unrun_tasks: schemas/* array */.YOg(schemas/* string */.YjP()).default([])
});
/** Delivered results held against the plan (plan-check.ts). */
const PlanCheckSchema = schemas/* object */.Ikc({
    suite_hash: schemas/* string */.YjP(),
    attempts: schemas/* number */.aig().int(),
    legs: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: schemas/* string */.YjP(),
        key: schemas/* string */.YjP(),
        shard: schemas/* string */.YjP(),
        status: schemas/* enum */.k5n(['complete', 'partial', 'missing', 'skipped']),
        planned: schemas/* number */.aig().int(),
        delivered: schemas/* number */.aig().int(),
        reason: schemas/* string */.YjP().optional()
    })),
    missing: schemas/* array */.YOg(schemas/* object */.Ikc({ leg: schemas/* string */.YjP(), key: schemas/* string */.YjP(), task_id: schemas/* string */.YjP(), attempts: schemas/* array */.YOg(schemas/* number */.aig().int()) }))
});
/** Where the baseline came from, so the reader can judge it (a cache entry of the base commit, a file). */
const BaselineSourceSchema = schemas/* object */.Ikc({
    /** e.g. "base commit abc1234", "newest default-branch report (commit def5678)", "file baseline.json". */
    label: schemas/* string */.YjP(),
    commit: schemas/* string */.YjP().nullable(),
    generated_at: schemas/* string */.YjP().nullable()
});
/** One APEX test layer of one task under one agent+model, over its trials (layers.ts). */
const LayerSummarySchema = schemas/* object */.Ikc({
    task_id: schemas/* string */.YjP(),
    key: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    threshold: schemas/* object */.Ikc({ kind: schemas/* enum */.k5n(['pass@k', 'pass^k']), value: schemas/* number */.aig() }),
    trials: schemas/* number */.aig().int(),
    passed: schemas/* number */.aig().int(),
    /** 1 when at least one trial passed the layer. */
    pass_at_k: schemas/* number */.aig(),
    /** 1 when every trial passed the layer. */
    pass_hat_k: schemas/* number */.aig(),
    pass_rate: schemas/* number */.aig(),
    /** The threshold held against pass^k (`pass^k: x`) or the pass rate (`pass@k: x`), as APEX-SWE does. */
    verdict: schemas/* enum */.k5n(['pass', 'fail'])
});
const ReportSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(1),
    generated_at: schemas/* string */.YjP(),
    harness_version: schemas/* string */.YjP(),
    runs: schemas/* array */.YOg(RunSummarySchema),
    tasks: schemas/* array */.YOg(TaskRowSchema),
    comparison: schemas/* object */.Ikc({ alpha: schemas/* number */.aig(), min_delta: schemas/* number */.aig(), runs: schemas/* array */.YOg(RunComparisonSchema), baseline: BaselineSourceSchema.optional() })
        .nullable(),
    /** Absent when no plan was given (the CLI on plain results files). */
    plan_check: PlanCheckSchema.nullable().optional(),
    /** Why there is no comparison, when there is none (no baseline found, baseline: none). */
    baseline_note: schemas/* string */.YjP().optional(),
    /** APEX-SWE test layers (test_layers.json) per task and run; absent when no task had layers. */
    layers: schemas/* array */.YOg(LayerSummarySchema).optional()
});

// EXTERNAL MODULE: ./lib/report/summarize.js + 3 modules
var summarize = __webpack_require__(5580);
;// CONCATENATED MODULE: ./lib/report/build-report.js








/** Merge -> summarize -> check against the plan -> compare: the report job's whole engine side. */
async function buildReport(opts) {
    // Every leg skipping (a fork PR without secrets) leaves nothing to read, which is not an error.
    const results = opts.inputs.length || !opts.plan ? (0,read_results/* dedupeResults */.Q$)(await readReportRows(opts.inputs, opts.warn)) : [];
    let report = (0,summarize/* summarize */.eh)(results, opts.now);
    if (opts.plan)
        report = { ...report, plan_check: (0,plan_check/* checkAgainstPlan */.$)(opts.plan, results, opts.skippedLegs) };
    if (opts.baseline) {
        const baseline = typeof opts.baseline === 'string' ? await loadBaseline(opts.baseline, opts.warn) : opts.baseline;
        report = (0,compare/* compareReports */.ll)(report, baseline, { minDelta: opts.minDelta, alpha: opts.alpha });
        if (opts.baselineSource)
            report = { ...report, comparison: { ...report.comparison, baseline: opts.baselineSource } };
    }
    else if (opts.baselineNote) {
        report = { ...report, baseline_note: opts.baselineNote };
    }
    return { report, results };
}
async function loadBaseline(file, warn) {
    if (file.endsWith('.json')) {
        let json;
        try {
            json = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (error) {
            throw new errors/* ReportError */.$g(`${file}: baseline is not readable JSON (${error.message}); pass a report.json or results.jsonl`);
        }
        const parsed = ReportSchema.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* ReportError */.$g(`${file}: not an OpsBench report.json: ${issue.path.join('.')}: ${issue.message}`);
        }
        return parsed.data;
    }
    return (0,summarize/* summarize */.eh)((0,read_results/* dedupeResults */.Q$)(await readReportRows([file], warn)), undefined, { intervals: false });
}
async function readReportRows(inputs, warn = () => { }) {
    const rows = [];
    await (0,read_results/* forEachResult */.KE)(inputs, warn, (r) => rows.push(toReportRow(r)));
    return rows;
}


/***/ }),

/***/ 9732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ll: () => (/* binding */ compareReports),
  oE: () => (/* binding */ hasRealRegression)
});

// UNUSED EXPORTS: countRegressions

;// CONCATENATED MODULE: ./lib/metrics/regression.js

/** The p-value of signFlipTest (see there): exact where cheap, a seeded Monte Carlo otherwise. */
function pairedPermutationPValue(diffs, opts = {}) {
    return signFlipTest(diffs, opts).p;
}
/**
 * One-sided Fisher exact test for one task: P(current passes <= observed) given the pooled attempts, i.e.
 * how surprising a drop from baseline (cb/nb) to current (cc/nc) is under "nothing changed".
 */
function fisherOneSidedDrop(cb, nb, cc, nc) {
    const total = cb + cc;
    const logChoose = (n, k) => {
        if (k < 0 || k > n)
            return -Infinity;
        let s = 0;
        for (let i = 1; i <= k; i++)
            s += Math.log((n - k + i) / i);
        return s;
    };
    const denom = logChoose(nb + nc, total);
    let p = 0;
    for (let x = Math.max(0, total - nb); x <= Math.min(cc, total); x++) {
        p += Math.exp(logChoose(nc, x) + logChoose(nb, total - x) - denom);
    }
    return Math.min(1, p);
}

// EXTERNAL MODULE: ./lib/metrics/random.js
var metrics_random = __webpack_require__(2010);
;// CONCATENATED MODULE: ./lib/metrics/sign-flip.js

/** Enumeration over the groups besides the largest stays under this many combinations. */
const EXACT_BUDGET = 1 << 20;
/** Sums of differences are compared with this slack so float rounding never decides a tie. */
const TOL = 1e-9;
/**
 * One-sided paired sign-flip permutation test on per-task score differences (current - baseline): the chance
 * that a random relabelling of which run is "current" gives a sum at least as low as the one seen.
 *
 * Flipping the signs of the tasks in set F changes the sum by -2 sum(F), so the test asks how likely
 * sum over values v of v * B_v >= 0 is, where B_v ~ Binomial(m_v, 1/2) counts the flipped tasks among the m_v
 * with difference v. Tasks take few distinct differences (rates of a few attempts), so the distribution is
 * computed exactly by enumerating all groups but the largest (whose binomial tail closes the sum) when that
 * is cheap; otherwise it is sampled, seeded, each sample drawing one binomial per group from the bits of
 * 32-bit random words: the cost is samples x tasks / 32, not samples x tasks.
 */
function sign_flip_signFlipTest(diffs, opts = {}) {
    const nonZero = diffs.filter((d) => d !== 0);
    if (nonZero.length === 0)
        return { p: 1, method: 'exact', error: 0 };
    if (nonZero.length <= 16)
        return { p: enumerateSigns(nonZero), method: 'exact', error: 0 };
    const groups = groupValues(nonZero);
    const largest = groups.reduce((best, g) => (g.count > best.count ? g : best));
    const others = groups.filter((g) => g !== largest);
    let combinations = 1;
    for (const g of others)
        combinations *= g.count + 1;
    if (combinations <= EXACT_BUDGET)
        return { p: Math.min(1, exactTail(others, largest)), method: 'exact', error: 0 };
    const samples = opts.samples ?? 20000;
    const p = sampleTail(groups, samples, opts.seed ?? 0x5eed);
    return { p, method: 'monte-carlo', error: Math.sqrt((p * (1 - p)) / samples) };
}
/** All 2^n relabellings, for small n (the report's historical exact branch, kept bit for bit). */
function enumerateSigns(values) {
    const n = values.length;
    const observed = values.reduce((a, b) => a + b, 0);
    let atLeastAsLow = 0;
    const total = 1 << n;
    for (let mask = 0; mask < total; mask++) {
        let sum = 0;
        for (let i = 0; i < n; i++)
            sum += mask & (1 << i) ? -values[i] : values[i];
        if (sum <= observed + 1e-12)
            atLeastAsLow++;
    }
    return atLeastAsLow / total;
}
function groupValues(values) {
    const byKey = new Map();
    for (const v of values) {
        const key = Math.round(v * 1e9);
        const g = byKey.get(key);
        if (g)
            g.count++;
        else
            byKey.set(key, { value: v, count: 1 });
    }
    return [...byKey.values()];
}
/** P(B = k) for B ~ Binomial(m, 1/2), k = 0..m, in log space so m in the hundred thousands does not underflow early. */
function binomialHalf(m) {
    const pmf = new Float64Array(m + 1);
    let log = -m * Math.LN2;
    for (let k = 0; k <= m; k++) {
        pmf[k] = Math.exp(log);
        log += Math.log((m - k) / (k + 1));
    }
    return pmf;
}
function exactTail(others, last) {
    const pmfs = others.map((g) => binomialHalf(g.count));
    const lastPmf = binomialHalf(last.count);
    // atLeast[k] = P(B_last >= k), atMost[k] = P(B_last <= k)
    const atLeast = new Float64Array(last.count + 2);
    for (let k = last.count; k >= 0; k--)
        atLeast[k] = atLeast[k + 1] + lastPmf[k];
    const closes = (partial) => {
        // P(last.value * B_last >= -partial)
        const bound = (-partial - TOL) / last.value;
        if (last.value > 0) {
            const k = Math.max(0, Math.ceil(bound));
            return k > last.count ? 0 : atLeast[k];
        }
        const k = Math.min(last.count, Math.floor(bound));
        return k < 0 ? 0 : 1 - atLeast[k + 1];
    };
    const walk = (i, partial, weight) => {
        if (i === others.length)
            return weight * closes(partial);
        const { value, count } = others[i];
        const pmf = pmfs[i];
        let p = 0;
        for (let k = 0; k <= count; k++)
            p += walk(i + 1, partial + value * k, weight * pmf[k]);
        return p;
    };
    return walk(0, 0, 1);
}
function sampleTail(groups, samples, seed) {
    const random = (0,metrics_random/* seededRandom */.I)(seed);
    const word = () => (random() * 4294967296) >>> 0;
    let atLeastAsLow = 1; // the observed labelling itself, so p is never 0
    for (let s = 0; s < samples; s++) {
        let sum = 0;
        for (const { value, count } of groups)
            sum += value * fairCoins(count, word);
        if (sum >= -TOL)
            atLeastAsLow++;
    }
    return atLeastAsLow / (samples + 1);
}
/** Binomial(m, 1/2): the number of set bits among m random bits. */
function fairCoins(m, word) {
    let heads = 0;
    let left = m;
    for (; left >= 32; left -= 32)
        heads += popcount(word());
    if (left > 0)
        heads += popcount(word() & ((1 << left) - 1));
    return heads;
}
function popcount(x) {
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

;// CONCATENATED MODULE: ./lib/report/compare.js


/**
 * Compares each run of `current` with the same agent/model key in `baseline` over the tasks both ran.
 * A run regresses only when the paired test over tasks is significant AND the drop is at least minDelta:
 * with a handful of tasks, noise alone moves Pass@1 by more than any threshold, so a threshold alone would
 * block merges at random.
 */
function compareReports(current, baseline, opts) {
    const alpha = opts.alpha ?? 0.05;
    const runs = [];
    const baselineTasks = new Map(baseline.tasks.map((t) => [t.task_id, t]));
    for (const run of current.runs) {
        // A baseline usually comes from the same agent and model; with a single run on each side, pair them.
        const base = baseline.runs.find((b) => b.key === run.key) ?? (baseline.runs.length === 1 && current.runs.length === 1 ? baseline.runs[0] : undefined);
        if (!base)
            continue;
        const diffs = [];
        const regressed = [];
        const improved = [];
        let curSum = 0;
        let baseSum = 0;
        for (const row of current.tasks) {
            const cur = row.runs[run.key];
            const prev = baselineTasks.get(row.task_id)?.runs[base.key];
            if (!cur || !prev || cur.n === 0 || prev.n === 0)
                continue;
            const curRate = cur.c / cur.n;
            const baseRate = prev.c / prev.n;
            curSum += curRate;
            baseSum += baseRate;
            diffs.push(curRate - baseRate);
            const current = { n: cur.n, c: cur.c };
            const previous = { n: prev.n, c: prev.c };
            if (curRate < baseRate) {
                const p = fisherOneSidedDrop(prev.c, prev.n, cur.c, cur.n);
                regressed.push({ task_id: row.task_id, baseline: previous, current, p_value: p, significant: p < alpha });
            }
            else if (curRate > baseRate) {
                const p = fisherOneSidedDrop(cur.c, cur.n, prev.c, prev.n);
                improved.push({ task_id: row.task_id, baseline: previous, current, p_value: p, significant: p < alpha });
            }
        }
        const ran = new Set(current.tasks.filter((row) => (row.runs[run.key]?.n ?? 0) > 0 || (row.runs[run.key]?.skipped ?? 0) > 0).map((row) => row.task_id));
        const unrun = baseline.tasks.filter((t) => (t.runs[base.key]?.n ?? 0) > 0 && !ran.has(t.task_id)).map((t) => t.task_id);
        const paired = diffs.length;
        const delta = paired ? (curSum - baseSum) / paired : 0;
        const test = sign_flip_signFlipTest(diffs);
        const p = test.p;
        runs.push({
            key: run.key,
            baseline_pass_at_1: paired ? baseSum / paired : base.pass_at_1,
            pass_at_1: paired ? curSum / paired : run.pass_at_1,
            delta,
            paired_tasks: paired,
            p_value: p,
            ...(test.method === 'monte-carlo' ? { p_value_error: test.error } : {}),
            regression: p < alpha && -delta >= opts.minDelta,
            regressed_tasks: regressed.sort((a, b) => a.p_value - b.p_value),
            improved_tasks: improved.sort((a, b) => a.p_value - b.p_value),
            unrun_tasks: unrun
        });
    }
    return { ...current, comparison: { alpha, min_delta: opts.minDelta, runs } };
}
/**
 * The Action's `regressions` output: tasks that dropped within runs whose drop is statistically real, plus any
 * single task whose own drop is significant. A task going 2/2 -> 0/2 is never significant on its own (Fisher
 * p = 1/6), so counting only per-task significance would report 0 for a run that lost everything.
 */
function countRegressions(report) {
    return report.comparison?.runs.reduce((n, r) => n + r.regressed_tasks.filter((t) => r.regression || t.significant).length, 0) ?? 0;
}
function hasRealRegression(report) {
    return report.comparison?.runs.some((r) => r.regression) ?? false;
}


/***/ }),

/***/ 9562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkAgainstPlan),
/* harmony export */   X: () => (/* binding */ undeliveredLegs)
/* harmony export */ });
/* harmony import */ var _summarize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5580);

/**
 * Holds delivered results against the plan: every planned leg must have delivered every (task, attempt) it
 * owed. A leg that uploaded nothing is `missing`, one that uploaded part is `partial`, one that said it
 * skipped (a fork PR without secrets) is `skipped` with its reason. Missing trials are never counted: the
 * scores are over what ran, and the gate decides what a gap means.
 */
function checkAgainstPlan(plan, results, skipped = new Map()) {
    const delivered = new Set(results.map((r) => `${(0,_summarize_js__WEBPACK_IMPORTED_MODULE_0__/* .runKey */ .r7)(r)}\0${r.task_id}\0${r.attempt}`));
    const legs = [];
    const missing = [];
    for (const leg of plan.legs) {
        const key = (0,_summarize_js__WEBPACK_IMPORTED_MODULE_0__/* .runKey */ .r7)({ agent: leg.agent, model: leg.model });
        let got = 0;
        const owed = [];
        for (const task of leg.tasks) {
            const attempts = [];
            for (let a = 1; a <= plan.attempts; a++) {
                if (delivered.has(`${key}\0${task}\0${a}`))
                    got++;
                else
                    attempts.push(a);
            }
            if (attempts.length)
                owed.push({ leg: leg.id, key, task_id: task, attempts });
        }
        const planned = leg.tasks.length * plan.attempts;
        const reason = skipped.get(leg.id);
        const status = got === planned ? 'complete' : reason !== undefined && got === 0 ? 'skipped' : got === 0 ? 'missing' : 'partial';
        legs.push({ id: leg.id, key, shard: leg.shard, status, planned, delivered: got, ...(reason !== undefined && { reason }) });
        missing.push(...owed);
    }
    return { suite_hash: plan.suite_hash, attempts: plan.attempts, legs, missing };
}
/** Legs that did not deliver and did not skip on purpose: what fails the gate unless `allow-missing`. */
function undeliveredLegs(check) {
    return check?.legs.filter((l) => l.status === 'missing' || l.status === 'partial') ?? [];
}


/***/ }),

/***/ 2244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports COMMENT_MARKER, commentMarker */
/* harmony import */ var _metrics_power_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5396);

/** The marker the sticky PR comment is found by; also the first line of every rendered report. */
const COMMENT_MARKER = '<!-- opsbench-report -->';
/** `<!-- name -->`: one sticky comment per marker, so matrix and multi-suite workflows can keep several. */
const commentMarker = (name) => `<!-- ${name.replace(/--+/g, '-')} -->`;
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const cell = (x) => (x === undefined ? '–' : pct(x));
const signed = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pp`;
/** Pure: report -> markdown for the job summary and the PR comment. Snapshot-tested. */
function renderMarkdown(report, opts = {}) {
    const out = [opts.marker ?? COMMENT_MARKER, '## OpsBench', ''];
    const max = opts.maxListItems ?? Infinity;
    if (report.plan_check)
        out.push(...renderPlanCheck(report.plan_check, max));
    if (report.runs.length === 0) {
        out.push('No trials ran.', '');
        if (report.baseline_note)
            out.push(report.baseline_note, '');
        return out.join('\n') + '\n';
    }
    const ks = [...new Set(report.runs.flatMap((r) => Object.keys(r.pass_at_k)))].filter((k) => k !== '1').sort((a, b) => Number(a) - Number(b));
    out.push(`| agent | tasks | trials | Pass@1 | 95% CI | ${ks.map((k) => `pass@${k} | pass^${k}`).join(' | ')}${ks.length ? ' | ' : ''}passed / failed / error / skipped | cost |`, `|---|---:|---:|---:|---|${ks.map(() => '---:|---:|').join('')}---|---:|`);
    for (const r of report.runs) {
        out.push(`| \`${r.key}\` | ${r.tasks} | ${r.trials} | **${pct(r.pass_at_1)}** | ${pct(r.ci95[0])} – ${pct(r.ci95[1])} | ${ks.map((k) => `${cell(r.pass_at_k[k])} | ${cell(r.pass_hat_k[k])}`).join(' | ')}${ks.length ? ' | ' : ''}${r.passed} / ${r.failed} / ${r.errors} / ${r.skipped} | $${r.cost_usd.toFixed(2)} |`);
    }
    out.push('');
    if (report.runs.length > 1 || Object.keys(report.runs[0].by_family).length > 1)
        out.push(...renderChart(report), '');
    const errorClasses = report.runs.flatMap((r) => Object.entries(r.error_classes).map(([c, n]) => `\`${r.key}\` ${c}: ${n}`));
    if (errorClasses.length)
        out.push(`Errors and skips by class: ${errorClasses.join(', ')}`, '');
    if (report.comparison)
        out.push(...renderComparison(report, max));
    else if (report.baseline_note)
        out.push(report.baseline_note, '');
    out.push(...renderPower(report), '');
    if (report.layers?.length)
        out.push(...renderLayers(report), '');
    out.push(...renderFlagged(report, max));
    if (!opts.compact)
        out.push(...renderTasks(report));
    return out.join('\n') + '\n';
}
/** APEX-SWE's test layers: each task's layer against its own threshold over the trials (layers.ts). */
function renderLayers(report) {
    const out = [
        '### Test layers',
        '',
        '| task | agent | layer | threshold | trials passed | pass@k | pass^k | verdict |',
        '|---|---|---|---|---:|---:|---:|---|'
    ];
    for (const l of report.layers ?? []) {
        const verdict = l.verdict === 'pass' ? '✅ pass' : '❌ fail';
        out.push(`| \`${l.task_id}\` | \`${l.key}\` | ${l.name} | ${l.threshold.kind} ≥ ${l.threshold.value} | ${l.passed}/${l.trials} | ${l.pass_at_k} | ${l.pass_hat_k} | ${verdict} |`);
    }
    return out;
}
/** The power note: what the suite can and cannot see at this size (metrics/power.ts). */
function renderPower(report) {
    const alpha = report.comparison?.alpha ?? 0.05;
    const attempts = Math.max(1, ...report.tasks.flatMap((t) => Object.values(t.runs).map((c) => c.n)));
    const tasks = Math.max(0, ...report.runs.map((r) => r.tasks));
    const rates = report.tasks.flatMap((t) => Object.values(t.runs).filter((c) => c.n > 0).map((c) => c.c / c.n));
    return [`> ${(0,_metrics_power_js__WEBPACK_IMPORTED_MODULE_0__/* .gatePower */ .l)({ tasks, attempts, alpha, minDelta: report.comparison?.min_delta, passRates: rates }).text}`];
}
/** Legs and trials the plan promised and nobody delivered: listed, never counted as passed. */
function renderPlanCheck(check, max) {
    const bad = check.legs.filter((l) => l.status !== 'complete');
    if (bad.length === 0)
        return [];
    const out = ['### ⚠️ Missing results', '', `The plan had ${check.legs.length} leg(s); ${bad.length} did not deliver every trial. Missing trials are not counted in any score.`, ''];
    for (const l of bad) {
        const why = l.status === 'skipped' ? `skipped: ${l.reason ?? 'no reason given'}` : l.status === 'missing' ? 'missing: no results uploaded' : `partial: ${l.delivered}/${l.planned} trials`;
        out.push(`- leg \`${l.id}\` (\`${l.key}\`, shard ${l.shard}): ${why}`);
    }
    const missing = check.missing.filter((m) => bad.some((l) => l.id === m.leg && l.status !== 'skipped'));
    const shown = missing.slice(0, max);
    for (const m of shown)
        out.push(`  - missing \`${m.task_id}\` (\`${m.key}\`) attempt ${m.attempts.join(', ')}`);
    if (missing.length > shown.length)
        out.push(`  - … and ${missing.length - shown.length} more missing task(s)`);
    return [...out, ''];
}
/** A mermaid bar chart of Pass@1 per run and family: GitHub renders it in summaries and comments. */
function renderChart(report) {
    const families = [...new Set(report.runs.flatMap((r) => Object.keys(r.by_family)))].sort();
    const labels = report.runs.flatMap((r) => families.map((f) => `${r.key} ${f}`));
    const values = report.runs.flatMap((r) => families.map((f) => ((r.by_family[f]?.pass_at_1 ?? 0) * 100).toFixed(1)));
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Pass@1 by agent and family (%)"',
        `  x-axis [${labels.map((l) => JSON.stringify(l)).join(', ')}]`,
        '  y-axis "Pass@1 %" 0 --> 100',
        `  bar [${values.join(', ')}]`,
        '```'
    ];
}
function renderComparison(report, max) {
    const { runs, min_delta: minDelta, alpha, baseline } = report.comparison;
    const out = ['### Against the baseline', ''];
    if (baseline)
        out.push(`Baseline: ${baseline.label}${baseline.generated_at ? `, ${age(baseline.generated_at, report.generated_at)}` : ''}.`, '');
    if (runs.length === 0)
        return [...out, 'The baseline has no run with the same agent and model.', ''];
    for (const r of runs) {
        // A sampled p carries its Monte Carlo error so a reader can tell a near-threshold verdict from a clear one.
        const p = `${r.p_value.toFixed(3)}${r.p_value_error === undefined ? '' : ` ± ${r.p_value_error.toFixed(3)} (Monte Carlo)`}`;
        const verdict = r.regression
            ? `**regression** (one-sided paired permutation p = ${p} < ${alpha}, drop ≥ ${pct(minDelta)})`
            : r.delta < 0
                ? `not a significant regression (p = ${p})`
                : `no regression (p = ${p})`;
        out.push(`- \`${r.key}\`: ${pct(r.baseline_pass_at_1)} → ${pct(r.pass_at_1)} (${signed(r.delta)}) over ${r.paired_tasks} paired tasks: ${verdict}`);
        out.push(...capped(r.regressed_tasks, max, 'regressed', (t) => `  - ${t.significant ? '🔴' : '🟠'} \`${t.task_id}\` ${t.baseline.c}/${t.baseline.n} → ${t.current.c}/${t.current.n} (p = ${t.p_value.toFixed(3)})`), ...capped(r.improved_tasks, max, 'improved', (t) => `  - 🟢 \`${t.task_id}\` ${t.baseline.c}/${t.baseline.n} → ${t.current.c}/${t.current.n}`), ...capped(r.unrun_tasks ?? [], max, 'unrun', (t) => `  - ⚪ \`${t}\` ran in the baseline, not in this run`));
    }
    return [...out, ''];
}
function capped(items, max, what, line) {
    const shown = items.slice(0, max).map(line);
    if (items.length > shown.length)
        shown.push(`  - … and ${items.length - shown.length} more ${what} task(s)`);
    return shown;
}
function age(from, to) {
    const hours = (Date.parse(to) - Date.parse(from)) / 3_600_000;
    if (!Number.isFinite(hours))
        return `made ${from}`;
    return hours < 48 ? `${Math.max(0, Math.round(hours))} hour(s) old` : `${Math.round(hours / 24)} day(s) old`;
}
/**
 * The longest rendering that fits `limit` characters (GitHub refuses comment bodies over 65,536): the full
 * report, else the compact one (no per-task table) with task lists cut shorter and shorter, with `note`
 * (where the rest is) appended whenever anything was cut.
 */
function fitMarkdown(report, limit, note, opts = {}) {
    const full = renderMarkdown(report, opts);
    if (full.length <= limit)
        return { markdown: full, cut: false };
    const tail = `\n> ${note}\n`;
    for (const max of [Infinity, 200, 50, 20, 5, 0]) {
        const md = renderMarkdown(report, { ...opts, compact: true, maxListItems: max }) + tail;
        if (md.length <= limit)
            return { markdown: md, cut: true };
    }
    const head = `${opts.marker ?? COMMENT_MARKER}\n## OpsBench\n\n`;
    return { markdown: head + renderMarkdown(report, { ...opts, compact: true, maxListItems: 0 }).slice(head.length, limit - tail.length - head.length) + tail, cut: true };
}
/** The flags of a task's trials across runs (`run: code, code`), or '' when none. */
function flagsOf(t) {
    return Object.entries(t.runs)
        .filter(([, c]) => c.flags?.length)
        .map(([k, c]) => `${Object.keys(t.runs).length > 1 ? `\`${k}\`: ` : ''}${c.flags.map((f) => `\`${f}\``).join(', ')}`)
        .join('; ');
}
/**
 * Trials whose change outside the test tree reaches into the test runner (grade/flags.ts): a column of
 * their own, only when some trial has flags. A flag is for a human to look at; the verdict stays the tests'.
 */
function renderFlagged(report, max) {
    const flagged = report.tasks.filter((t) => flagsOf(t) !== '');
    if (flagged.length === 0)
        return [];
    const out = ['### Flagged for review', '', 'Changes outside the test tree that reach into the test runner. The verdict stays the tests\'; look at the diff.', '', '| task | family | flags |', '|---|---|---|'];
    out.push(...capped(flagged, max, 'flagged', (t) => `| \`${t.task_id}\` | ${t.family} | ${flagsOf(t)} |`).map((l) => (l.startsWith('  - …') ? `| ${l.slice(4)} | | |` : l)));
    return [...out, ''];
}
function renderTasks(report) {
    const keys = report.runs.map((r) => r.key);
    const withFlags = report.tasks.some((t) => flagsOf(t) !== '');
    const out = [
        '<details><summary>Per task</summary>',
        '',
        `| task | family | ${keys.map((k) => `\`${k}\``).join(' | ')} |${withFlags ? ' flags |' : ''}`,
        `|---|---|${keys.map(() => '---|').join('')}${withFlags ? '---|' : ''}`
    ];
    for (const t of report.tasks) {
        const cells = keys.map((k) => {
            const c = t.runs[k];
            if (!c)
                return '–';
            if (c.n === 0)
                return c.invalid ? 'invalid' : c.skipped ? 'skipped' : '–';
            return `${c.c}/${c.n}${c.errors ? ` (${c.errors} error)` : ''}`;
        });
        out.push(`| \`${t.task_id}\` | ${t.family} | ${cells.join(' | ')} |${withFlags ? ` ${flagsOf(t)} |` : ''}`);
    }
    return [...out, '', '</details>'];
}


/***/ }),

/***/ 5176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ balanceShards),
/* harmony export */   z: () => (/* binding */ makespan)
/* harmony export */ });
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8956);

/**
 * Longest-processing-time-first: the longest task goes to the least loaded shard, and so on down. Its
 * makespan is within 4/3 of the optimum in theory and, with many short tasks, within a few percent of the
 * lower bound max(total / shards, longest task) in practice (`opsbench bench --gate` measures it). A task
 * with no recorded duration counts as the median of the recorded ones. Ties break on the id, so the same
 * durations always give the same shards.
 */
function balanceShards(tasks, shards, durations) {
    const known = [...durations.values()].filter((d) => Number.isFinite(d) && d > 0).sort((a, b) => a - b);
    const fallback = known.length ? known[Math.floor(known.length / 2)] : 1;
    const weight = (t) => {
        const d = durations.get(t.id);
        return d !== undefined && Number.isFinite(d) && d > 0 ? d : fallback;
    };
    const order = [...tasks].sort((a, b) => weight(b) - weight(a) || (0,_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a, b));
    const groups = Array.from({ length: shards }, () => []);
    const load = new Array(shards).fill(0);
    for (const task of order) {
        let best = 0;
        for (let i = 1; i < shards; i++)
            if (load[i] < load[best])
                best = i;
        groups[best].push(task);
        load[best] += weight(task);
    }
    return groups.map((g) => g.sort(_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H));
}
/** The makespan of a sharding and the lower bound no sharding can beat. */
function makespan(groups, durations) {
    const d = (t) => durations.get(t.id) ?? 0;
    const loads = groups.map((g) => g.reduce((a, t) => a + d(t), 0));
    const all = groups.flat().map(d);
    const total = all.reduce((a, b) => a + b, 0);
    return { makespan: Math.max(0, ...loads), lowerBound: Math.max(total / Math.max(1, groups.length), ...all) };
}


/***/ })

};
