export const id = 132;
export const ids = [132];
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
    const rates = opts.passRates && opts.passRates.length ? opts.passRates.map((p) => (p * attempts + 0.5) / (attempts + 1)) : [0.5];
    const variance = (2 * rates.reduce((a, p) => a + p * (1 - p), 0)) / rates.length / attempts;
    const statistical = ((normalQuantile(1 - alpha) + Z_POWER_80) * Math.sqrt(variance)) / Math.sqrt(tasks);
    const fewestDropped = Math.ceil(Math.log2(1 / alpha)) / (tasks * attempts);
    const drop = Math.min(1, Math.max(statistical, fewestDropped, opts.minDelta ?? 0));
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

/***/ 1483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DJ: () => (/* binding */ fitMarkdown),
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: COMMENT_MARKER, commentMarker

// EXTERNAL MODULE: ./lib/metrics/power.js
var power = __webpack_require__(5396);
;// CONCATENATED MODULE: ./lib/report/markdown-escape.js
/**
 * Text from results and plans goes into a comment a trusted workflow posts: in the fork split (workflow_run)
 * a fork's run wrote those artifacts, so a task id, an agent or model name, a flag or a skip reason may hold
 * anything. These keep such text what it claims to be: one inline code span or one run of plain text, on
 * one line of a list or a table, with no link, image, HTML, mention or table cell of its own.
 */
/** One line: a newline would end the list item or the table row. */
const oneLine = (text) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');
/**
 * Inline code. A fence one backtick longer than the longest run inside keeps the span closed (CommonMark);
 * `|` is escaped because GitHub splits table cells before it parses code spans.
 */
function code(text) {
    const body = oneLine(text).replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Plain text: the characters that open emphasis, links, images, HTML, entities or cells backslash-escaped,
 * and a zero-width space after `@`, in `://` and after `www.`: GitHub links mentions and bare URLs in the
 * rendered text, after escapes are undone, so only a broken pattern keeps them plain.
 */
function markdown_escape_text(value) {
    return oneLine(value)
        .replace(/[\\`*[\]<>|~&]/g, (c) => `\\${c}`)
        // An underscore inside a word never opens emphasis (GFM): ANTHROPIC_API_KEY reads as it is.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
        .replace(/@/g, '@\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200b.`);
}
/** A label inside a fenced block (the mermaid chart): no backtick to close the fence, one line. */
function fenced(value) {
    return oneLine(value).replace(/`/g, "'");
}

;// CONCATENATED MODULE: ./lib/report/render-markdown.js


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
        out.push(`| ${code(r.key)} | ${r.tasks} | ${r.trials} | **${pct(r.pass_at_1)}** | ${pct(r.ci95[0])} – ${pct(r.ci95[1])} | ${ks.map((k) => `${cell(r.pass_at_k[k])} | ${cell(r.pass_hat_k[k])}`).join(' | ')}${ks.length ? ' | ' : ''}${r.passed} / ${r.failed} / ${r.errors} / ${r.skipped} | $${r.cost_usd.toFixed(2)} |`);
    }
    out.push('');
    if (opts.trajectories) {
        const where = 'href' in opts.trajectories ? `[${opts.trajectories.href}](${opts.trajectories.href})` : opts.trajectories.note;
        out.push(`Every trial's conversation, tool calls and results, timing and cost: ${where}`, '');
    }
    if (report.runs.length > 1 || Object.keys(report.runs[0].by_family).length > 1)
        out.push(...renderChart(report), '');
    const errorClasses = report.runs.flatMap((r) => Object.entries(r.error_classes).map(([c, n]) => `${code(r.key)} ${c}: ${n}`));
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
        out.push(`| ${code(l.task_id)} | ${code(l.key)} | ${markdown_escape_text(l.name)} | ${l.threshold.kind} ≥ ${l.threshold.value} | ${l.passed}/${l.trials} | ${l.pass_at_k} | ${l.pass_hat_k} | ${verdict} |`);
    }
    return out;
}
/** The power note: what the suite can and cannot see at this size (metrics/power.ts). */
function renderPower(report) {
    const alpha = report.comparison?.alpha ?? 0.05;
    const attempts = Math.max(1, ...report.tasks.flatMap((t) => Object.values(t.runs).map((c) => c.n)));
    const tasks = Math.max(0, ...report.runs.map((r) => r.tasks));
    const rates = report.tasks.flatMap((t) => Object.values(t.runs).filter((c) => c.n > 0).map((c) => c.c / c.n));
    return [`> ${(0,power/* gatePower */.l)({ tasks, attempts, alpha, minDelta: report.comparison?.min_delta, passRates: rates }).text}`];
}
/** Legs and trials the plan promised and nobody delivered: listed, never counted as passed. */
function renderPlanCheck(check, max) {
    const bad = check.legs.filter((l) => l.status !== 'complete');
    if (bad.length === 0)
        return [];
    const out = ['### ⚠️ Missing results', '', `The plan had ${check.legs.length} leg(s); ${bad.length} did not deliver every trial. Missing trials are not counted in any score.`, ''];
    for (const l of bad) {
        const why = l.status === 'skipped' ? `skipped: ${l.reason === undefined ? 'no reason given' : markdown_escape_text(l.reason)}` : l.status === 'missing' ? 'missing: no results uploaded' : `partial: ${l.delivered}/${l.planned} trials`;
        out.push(`- leg ${code(l.id)} (${code(l.key)}, shard ${markdown_escape_text(l.shard)}): ${why}`);
    }
    const missing = check.missing.filter((m) => bad.some((l) => l.id === m.leg && l.status !== 'skipped'));
    const shown = missing.slice(0, max);
    for (const m of shown)
        out.push(`  - missing ${code(m.task_id)} (${code(m.key)}) attempt ${m.attempts.join(', ')}`);
    if (missing.length > shown.length)
        out.push(`  - … and ${missing.length - shown.length} more missing task(s)`);
    return [...out, ''];
}
/** A mermaid bar chart of Pass@1 per run and family: GitHub renders it in summaries and comments. */
function renderChart(report) {
    const families = [...new Set(report.runs.flatMap((r) => Object.keys(r.by_family)))].sort();
    const labels = report.runs.flatMap((r) => families.map((f) => fenced(`${r.key} ${f}`)));
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
        out.push(`- ${code(r.key)}: ${pct(r.baseline_pass_at_1)} → ${pct(r.pass_at_1)} (${signed(r.delta)}) over ${r.paired_tasks} paired tasks: ${verdict}`);
        out.push(...capped(r.regressed_tasks, max, 'regressed', (t) => `  - ${t.significant ? '🔴' : '🟠'} ${code(t.task_id)} ${t.baseline.c}/${t.baseline.n} → ${t.current.c}/${t.current.n} (p = ${t.p_value.toFixed(3)})`), ...capped(r.improved_tasks, max, 'improved', (t) => `  - 🟢 ${code(t.task_id)} ${t.baseline.c}/${t.baseline.n} → ${t.current.c}/${t.current.n}`), ...capped(r.unrun_tasks ?? [], max, 'unrun', (t) => `  - ⚪ ${code(t)} ran in the baseline, not in this run`));
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
        .map(([k, c]) => `${Object.keys(t.runs).length > 1 ? `${code(k)}: ` : ''}${c.flags.map((f) => code(f)).join(', ')}`)
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
    out.push(...capped(flagged, max, 'flagged', (t) => `| ${code(t.task_id)} | ${t.family} | ${flagsOf(t)} |`).map((l) => (l.startsWith('  - …') ? `| ${l.slice(4)} | | |` : l)));
    return [...out, ''];
}
function renderTasks(report) {
    const keys = report.runs.map((r) => r.key);
    const withFlags = report.tasks.some((t) => flagsOf(t) !== '');
    const out = [
        '<details><summary>Per task</summary>',
        '',
        `| task | family | ${keys.map((k) => code(k)).join(' | ')} |${withFlags ? ' flags |' : ''}`,
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
        out.push(`| ${code(t.task_id)} | ${t.family} | ${cells.join(' | ')} |${withFlags ? ` ${flagsOf(t)} |` : ''}`);
    }
    return [...out, '', '</details>'];
}


/***/ }),

/***/ 9524:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ ReportSchema)
/* harmony export */ });
/* unused harmony exports RunSummarySchema, TaskRowSchema, TaskChangeSchema, RunComparisonSchema, PlanCheckSchema, BaselineSourceSchema, LayerSummarySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(737);

/** report.json: the merged view of every leg (docs/architecture.md "Results"). Bump `schema` on change. */
const Counts = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ n: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(), c: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int() });
const RunSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    agent: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    trials: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    failed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    skipped: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    pass_at_1: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    ci95: zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]),
    pass_at_k: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    /** pass^k: the chance that k attempts all pass (consistency, tau-bench), for the same k as pass@k. */
    pass_hat_k: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()).default({}),
    mean_correctness: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    cost_usd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    tokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ input: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), output: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), cache_read: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), cache_write: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }),
    by_family: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(), pass_at_1: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() })),
    error_classes: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int())
});
const TaskRowSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    task_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    family: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    language: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), Counts.extend({
        skipped: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        invalid: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
        /** The flag codes of this task's trials in this run (TrialResult.flags), each once; absent when none. */
        flags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional()
    }))
});
const TaskChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    task_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    baseline: Counts,
    current: Counts,
    p_value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    significant: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
});
const RunComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    baseline_pass_at_1: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    pass_at_1: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    paired_tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    p_value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** Present when p_value was sampled (many paired tasks): its Monte Carlo standard error. Absent = exact. */
    p_value_error: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    /** Significant at alpha AND a drop of at least min-delta: what gates the merge. */
    regression: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    regressed_tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TaskChangeSchema),
    improved_tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TaskChangeSchema),
    /** Tasks the baseline ran for this key that this run did not: a shard that never reported shows up here. */
    unrun_tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([])
});
/** Delivered results held against the plan (plan-check.ts). */
const PlanCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    suite_hash: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    legs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        shard: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['complete', 'partial', 'missing', 'skipped']),
        planned: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        delivered: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
    })),
    missing: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ leg: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), task_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int()) }))
});
/** Where the baseline came from, so the reader can judge it (a cache entry of the base commit, a file). */
const BaselineSourceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** e.g. "base commit abc1234", "newest default-branch report (commit def5678)", "file baseline.json". */
    label: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    generated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable()
});
/** One APEX test layer of one task under one agent+model, over its trials (layers.ts). */
const LayerSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    task_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass@k', 'pass^k']), value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }),
    trials: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    /** 1 when at least one trial passed the layer. */
    pass_at_k: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** 1 when every trial passed the layer. */
    pass_hat_k: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    pass_rate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** The threshold held against pass^k (`pass^k: x`) or the pass rate (`pass@k: x`), as APEX-SWE does. */
    verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail'])
});
const ReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    generated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    harness_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(RunSummarySchema),
    tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(TaskRowSchema),
    comparison: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ alpha: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), min_delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(RunComparisonSchema), baseline: BaselineSourceSchema.optional() })
        .nullable(),
    /** Absent when no plan was given (the CLI on plain results files). */
    plan_check: PlanCheckSchema.nullable().optional(),
    /** Why there is no comparison, when there is none (no baseline found, baseline: none). */
    baseline_note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** APEX-SWE test layers (test_layers.json) per task and run; absent when no task had layers. */
    layers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(LayerSummarySchema).optional()
});


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
