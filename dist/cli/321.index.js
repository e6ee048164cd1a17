export const id = 321;
export const ids = [321];
export const modules = {

/***/ 2321:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9567);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/report/compare.js + 2 modules
var compare = __webpack_require__(9732);
// EXTERNAL MODULE: ./lib/report/summarize.js + 3 modules
var summarize = __webpack_require__(5580);
;// CONCATENATED MODULE: ./lib/report/plan-check.js

/**
 * Holds delivered results against the plan: every planned leg must have delivered every (task, attempt) it
 * owed. A leg that uploaded nothing is `missing`, one that uploaded part is `partial`, one that said it
 * skipped (a fork PR without secrets) is `skipped` with its reason. Missing trials are never counted: the
 * scores are over what ran, and the gate decides what a gap means.
 */
function checkAgainstPlan(plan, results, skipped = new Map()) {
    const delivered = new Set(results.map((r) => `${(0,summarize/* runKey */.r7)(r)}\0${r.task_id}\0${r.attempt}`));
    const legs = [];
    const missing = [];
    for (const leg of plan.legs) {
        const key = (0,summarize/* runKey */.r7)({ agent: leg.agent, model: leg.model });
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

// EXTERNAL MODULE: ./lib/report/report-schema.js
var report_schema = __webpack_require__(9524);
;// CONCATENATED MODULE: ./lib/report/build-report.js








/** Merge -> summarize -> check against the plan -> compare: the report job's whole engine side. */
async function buildReport(opts) {
    // Every leg skipping (a fork PR without secrets) leaves nothing to read, which is not an error.
    const results = opts.inputs.length || !opts.plan ? (0,read_results/* dedupeResults */.Q$)(await readReportRows(opts.inputs, opts.warn)) : [];
    let report = (0,summarize/* summarize */.eh)(results, opts.now);
    if (opts.plan)
        report = { ...report, plan_check: checkAgainstPlan(opts.plan, results, opts.skippedLegs) };
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
        const parsed = report_schema/* ReportSchema */.M9.safeParse(json);
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

// EXTERNAL MODULE: ./lib/trial/plan.js + 1 modules
var plan = __webpack_require__(6844);
;// CONCATENATED MODULE: ./lib/report/render-junit.js

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JUnit XML, one testsuite per agent/model and one testcase per trial, for CI systems that read JUnit. */
function renderJunit(results) {
    const suites = (0,summarize/* groupBy */.$z)(results, summarize/* runKey */.r7);
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites name="opsbench">'];
    for (const [key, rs] of [...suites].sort(([a], [b]) => a.localeCompare(b))) {
        const failures = rs.filter((r) => r.status === 'failed').length;
        const errors = rs.filter((r) => r.status === 'error' && r.error_class !== 'skipped').length;
        const skipped = rs.filter((r) => r.error_class === 'skipped').length;
        // An invalid task is an error of the task set, not of the agent: JUnit readers see it as an error.
        lines.push(`  <testsuite name="${esc(key)}" tests="${rs.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`);
        for (const r of [...rs].sort((a, b) => a.task_id.localeCompare(b.task_id) || a.attempt - b.attempt)) {
            const time = (Object.values(r.durations_ms).reduce((a, b) => a + b, 0) / 1000).toFixed(3);
            lines.push(`    <testcase classname="${esc(r.family)}" name="${esc(`${r.task_id} #${r.attempt}`)}" time="${time}">`);
            if (r.flags?.length)
                lines.push(`      <properties><property name="opsbench.flags" value="${esc(r.flags.join(','))}"/></properties>`);
            if (r.error_class === 'skipped')
                lines.push(`      <skipped message="${esc(r.error_message ?? 'skipped')}"/>`);
            else if (r.status === 'error')
                lines.push(`      <error type="${esc(r.error_class ?? 'error')}" message="${esc(r.error_message ?? '')}"/>`);
            else if (r.status === 'failed')
                lines.push(`      <failure message="${esc(`fail_to_pass ${r.fail_to_pass.passed}/${r.fail_to_pass.total}, pass_to_pass ${r.pass_to_pass.passed}/${r.pass_to_pass.total}, stop ${r.stop_reason ?? '-'}`)}"/>`);
            lines.push('    </testcase>');
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./lib/report/render-markdown.js + 1 modules
var render_markdown = __webpack_require__(1483);
// EXTERNAL MODULE: ./lib/core/trial-paths.js
var trial_paths = __webpack_require__(2774);
// EXTERNAL MODULE: ./lib/core/trial-result.js
var trial_result = __webpack_require__(8669);
;// CONCATENATED MODULE: ./lib/report/render-trajectories.js




const trajectoriesRenderer = {
    summary: 'one HTML page per trial (conversation, tool calls, timing, cost) and index.html; needs --out DIR',
    async render({ inputs, warn = () => { } }) {
        const trials = await findTrials(inputs, warn);
        const files = { 'index.html': renderIndex(trials) };
        for (const trial of trials)
            files[trial.page] = renderTrial(trial);
        return { files };
    }
};
/** Every trial folder (holding result.json) under the inputs' trials/ folders, in task and attempt order. */
async function findTrials(inputs, warn) {
    const roots = new Set();
    for (const input of inputs) {
        const dir = (await (0,promises_.stat)(input)).isDirectory() ? input : external_node_path_.dirname(input);
        for (const entry of await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true })) {
            if (entry.isFile() && (0,trial_paths/* isTrialFolder */.DK)(entry.parentPath, entry.name))
                roots.add(entry.parentPath);
        }
    }
    const trials = [];
    const pages = new Set();
    for (const root of [...roots].sort()) {
        const paths = (0,trial_paths/* pathsUnder */.pR)(root);
        const result = await readResult(paths.result, warn);
        if (!result)
            continue;
        const records = await readRecords(paths.trajectory);
        let page = `${slug(result.task_id)}/${slug([result.agent, result.model ?? ''].filter(Boolean).join('-'))}-${result.attempt}.html`;
        for (let n = 2; pages.has(page); n++)
            page = page.replace(/(-\d+)?\.html$/, `-${n}.html`);
        pages.add(page);
        trials.push({ result, records, page });
    }
    return trials.sort((a, b) => a.result.task_id.localeCompare(b.result.task_id) || a.result.attempt - b.result.attempt);
}
async function readResult(file, warn) {
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        warn(`${file}: not JSON (${error.message}); trial left out of the trajectory viewer`);
        return null;
    }
    const parsed = trial_result/* TrialResultSchema */.X9.safeParse(json);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    warn(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}; trial left out of the trajectory viewer`);
    return null;
}
async function readRecords(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return [];
    }
    const records = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            records.push(JSON.parse(line));
        }
        catch {
            records.push({ type: 'text', text: line });
        }
    }
    return records;
}
/** One path segment: never empty, never `.`/`..` or hidden (a leading dot becomes `_`). */
const slug = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\./, '_') || '_';
const render_trajectories_esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
// Numbers from trajectory.jsonl are not checked: whatever is there goes through Number(), never into the page as is.
const usd = (x) => `$${Number(x).toFixed(4)}`;
const secs = (ms) => `${(Number(ms) / 1000).toFixed(1)} s`;
const json = (v) => JSON.stringify(v, null, 2);
const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1f2328}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.25em .6em;text-align:left;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:.6em;border-radius:4px;margin:.3em 0}
.turn{border-left:3px solid #0969da;padding-left:1em;margin:1.2em 0}.err{border-color:#cf222e}.meta{color:#59636e;font-size:.9em}
.passed{color:#1a7f37}.failed{color:#cf222e}.error{color:#9a6700}`;
function page(title, body) {
    return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${render_trajectories_esc(title)}</title><style>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
}
function renderIndex(trials) {
    const rows = trials.map(({ result: r, page: href }) => {
        const total = Object.values(r.durations_ms).reduce((a, b) => a + b, 0);
        return `<tr><td><a href="${render_trajectories_esc(href)}">${render_trajectories_esc(r.task_id)}</a></td><td>${render_trajectories_esc(r.agent)}${r.model ? ` (${render_trajectories_esc(r.model)})` : ''}</td><td>${render_trajectories_esc(r.attempt)}</td><td class="${render_trajectories_esc(r.status)}">${render_trajectories_esc(r.status)}${r.error_class ? ` / ${render_trajectories_esc(r.error_class)}` : ''}</td><td>${render_trajectories_esc(r.stop_reason ?? '-')}</td><td>${render_trajectories_esc(r.episodes)}</td><td>${usd(r.cost_usd)}</td><td>${secs(total)}</td></tr>`;
    });
    const table = `<table><tr><th>task</th><th>agent</th><th>attempt</th><th>verdict</th><th>stop</th><th>turns</th><th>cost</th><th>time</th></tr>\n${rows.join('\n')}\n</table>`;
    return page('OpsBench trajectories', `<h1>OpsBench trajectories</h1>\n<p class="meta">${trials.length} trial(s); each row links to its conversation.</p>\n${trials.length ? table : '<p>No trial artifacts found beside these results.</p>'}`);
}
function renderTrial({ result: r, records, page: href }) {
    const up = '../'.repeat(href.split('/').length - 1);
    const d = r.durations_ms;
    const head = [
        `<p><a href="${up}index.html">all trials</a></p>`,
        `<h1>${render_trajectories_esc(r.task_id)} #${render_trajectories_esc(r.attempt)}</h1>`,
        '<table>',
        `<tr><th>agent</th><td>${render_trajectories_esc(r.agent)}${r.model ? ` (${render_trajectories_esc(r.model)})` : ''}</td></tr>`,
        `<tr><th>verdict</th><td class="${render_trajectories_esc(r.status)}">${render_trajectories_esc(r.status)}${r.error_class ? ` / ${render_trajectories_esc(r.error_class)}` : ''}${r.error_message ? `: ${render_trajectories_esc(r.error_message)}` : ''}</td></tr>`,
        `<tr><th>stop reason</th><td>${render_trajectories_esc(r.stop_reason ?? '-')}</td></tr>`,
        `<tr><th>tests</th><td>FAIL_TO_PASS ${render_trajectories_esc(r.fail_to_pass.passed)}/${render_trajectories_esc(r.fail_to_pass.total)}, PASS_TO_PASS ${render_trajectories_esc(r.pass_to_pass.passed)}/${render_trajectories_esc(r.pass_to_pass.total)}</td></tr>`,
        `<tr><th>time</th><td>env ${secs(d.env)}, agent ${secs(d.agent)}, grade ${secs(d.grade)}, teardown ${secs(d.teardown)}</td></tr>`,
        `<tr><th>cost</th><td>${usd(r.cost_usd)}; tokens in ${render_trajectories_esc(r.tokens.input)}, out ${render_trajectories_esc(r.tokens.output)}, cache read ${render_trajectories_esc(r.tokens.cache_read)}, cache write ${render_trajectories_esc(r.tokens.cache_write)}; ${render_trajectories_esc(r.episodes)} turn(s)</td></tr>`,
        '</table>'
    ];
    const body = records.length === 0 ? ['<p>This trial left no trajectory (the oracle and null agents keep none).</p>'] : records.map(renderRecordOrRaw);
    return page(`${r.task_id} #${r.attempt}`, [...head, '<h2>Trajectory</h2>', ...body].join('\n'));
}
/** A line whose shape is not what its `type` says (a hand-edited or forked artifact) is shown as its JSON, not a failed report. */
function renderRecordOrRaw(record) {
    try {
        return renderRecord(record);
    }
    catch {
        return `<pre>${render_trajectories_esc(json(record))}</pre>`;
    }
}
function renderRecord(record) {
    switch (record.type) {
        case 'start': {
            const s = record;
            return `<h3>Start</h3><p class="meta">model ${render_trajectories_esc(s.model)}; tools ${render_trajectories_esc(s.tools.join(', '))}; limits ${render_trajectories_esc(JSON.stringify(s.limits))}</p>\n<details><summary>system prompt</summary><pre>${render_trajectories_esc(s.system)}</pre></details>\n<h3>Instruction</h3><pre>${render_trajectories_esc(s.instruction)}</pre>`;
        }
        case 'turn':
            return renderTurn(record);
        case 'end': {
            const e = record;
            return `<h3>End: ${render_trajectories_esc(e.stop)}</h3><p>${render_trajectories_esc(e.detail)}</p><p class="meta">${render_trajectories_esc(e.turns)} turn(s), ${usd(e.costUsd)}, tokens in ${render_trajectories_esc(e.tokens.input)}, out ${render_trajectories_esc(e.tokens.output)}${e.error ? `; error ${render_trajectories_esc(e.error.errorClass)}: ${render_trajectories_esc(e.error.message)}` : ''}</p>`;
        }
        default:
            // A command agent's own JSON events: shown as they were logged.
            return `<pre>${render_trajectories_esc(record.type === 'text' ? record.text : json(record))}</pre>`;
    }
}
function renderTurn(t) {
    const out = [`<div class="turn${t.error || t.stop === 'crashed' ? ' err' : ''}">`, `<h3>Turn ${render_trajectories_esc(t.turn)}</h3>`];
    out.push(`<p class="meta">model ${render_trajectories_esc(t.timing.modelMs)} ms${t.timing.retries ? ` (${render_trajectories_esc(t.timing.retries)} retries)` : ''}, tools ${render_trajectories_esc(t.timing.toolsMs)} ms; ${usd(t.costUsd)} (total ${usd(t.totals.costUsd)}); tokens in ${render_trajectories_esc(t.usage.input)}, out ${render_trajectories_esc(t.usage.output)}</p>`);
    if (t.assistant.reasoning)
        out.push(`<details><summary>reasoning</summary><pre>${render_trajectories_esc(t.assistant.reasoning)}</pre></details>`);
    if (t.assistant.text)
        out.push(`<pre>${render_trajectories_esc(t.assistant.text)}</pre>`);
    const results = new Map(t.toolResults.map((r) => [r.id, r]));
    for (const call of t.toolCalls) {
        const res = results.get(call.id);
        out.push(`<p><b>${render_trajectories_esc(call.name)}</b>${call.invalid ? ` <span class="failed">invalid: ${render_trajectories_esc(call.invalid)}</span>` : ''}</p><pre>${render_trajectories_esc(json(call.input))}</pre>`);
        if (res)
            out.push(`<p class="meta">result${res.isError ? ' (error)' : ''}, ${render_trajectories_esc(res.ms)} ms</p><pre>${render_trajectories_esc(res.output)}</pre>`);
    }
    if (t.nudge)
        out.push(`<p class="meta">harness: ${render_trajectories_esc(t.nudge)}</p>`);
    if (t.stop)
        out.push(`<p class="meta">stop: ${render_trajectories_esc(t.stop)}${t.error ? `: ${render_trajectories_esc(t.error)}` : ''}</p>`);
    out.push('</div>');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./lib/report/renderers.js





/**
 * The report formats: the only list of them. `opsbench report --format` accepts exactly these keys, so a
 * new format is one file with its Renderer plus one line here.
 */
const renderers = {
    markdown: { summary: 'the job summary and PR comment', render: ({ report }) => (0,render_markdown/* renderMarkdown */.Gc)(report) },
    json: { summary: 'report.json, the merged report', render: ({ report }) => `${JSON.stringify(report, null, 2)}\n` },
    junit: { summary: 'JUnit XML, one testcase per trial', render: ({ results }) => renderJunit(results) },
    trajectories: trajectoriesRenderer
};
const REPORT_FORMATS = Object.keys(renderers);
/** Renders `input` in `format`. */
async function renderReport(format, input) {
    const renderer = renderers[format];
    return renderer.render(input);
}
/**
 * One document to the file `out`; a set of pages into the directory `out`. A page whose path would land
 * outside `out` (`..`, absolute) is refused before anything is written: page names may derive from artifacts.
 */
async function writeRendered(out, rendered) {
    if (typeof rendered === 'string') {
        await (0,promises_.mkdir)(external_node_path_.dirname(out), { recursive: true });
        await (0,promises_.writeFile)(out, rendered);
        return;
    }
    const dir = external_node_path_.resolve(out);
    const files = Object.entries(rendered.files).map(([rel, content]) => {
        const file = external_node_path_.resolve(dir, rel);
        const inside = external_node_path_.relative(dir, file);
        if (!inside || inside.startsWith('..') || external_node_path_.isAbsolute(inside))
            throw new Error(`refusing to write page "${rel}": it resolves outside ${out}`);
        return { file, content };
    });
    for (const { file, content } of files) {
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, content);
    }
}

;// CONCATENATED MODULE: ./lib/cli/commands/report.js










const usage = `Usage: opsbench report RESULTS... [--baseline FILE] [--format ${REPORT_FORMATS.join('|')}] [--out FILE]
                       [--fail-on-regression] [--min-delta 0.05] [--plan plan.json [--allow-missing]]

Merges results.jsonl files (or directories of them), computes Pass@1 with a 95% interval and pass@k,
compares with the baseline (a report.json or results.jsonl) and prints the report. With
--fail-on-regression, exits 1 when a regression is statistically significant and at least --min-delta.
With --plan (the file \`opsbench plan --out\` wrote), every planned leg must have delivered every trial: the
ones that did not are listed as missing (never counted as passed) and exit 1 unless --allow-missing.

Formats:
${Object.entries(renderers)
    .map(([name, r]) => `  ${name.padEnd(14)}${r.summary}`)
    .join('\n')}
A format that is a set of pages writes them into the directory --out names.`;
const Options = schemas/* object */.Ikc({
    baseline: schemas/* string */.YjP().optional(),
    format: schemas/* enum */.k5n(REPORT_FORMATS, { error: () => `--format must be one of ${REPORT_FORMATS.join(', ')}` }).default('markdown'),
    out: schemas/* string */.YjP().optional(),
    'fail-on-regression': schemas/* boolean */.zMY().default(false),
    'min-delta': coerce/* number */.ai({ error: () => '--min-delta must be a number between 0 and 1' }).min(0).max(1).default(0.05),
    plan: schemas/* string */.YjP().optional(),
    'allow-missing': schemas/* boolean */.zMY().default(false)
});
const reportCommand = {
    name: 'report',
    usage,
    async run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                baseline: { type: 'string' },
                format: { type: 'string' },
                out: { type: 'string' },
                'fail-on-regression': { type: 'boolean' },
                'min-delta': { type: 'string' },
                plan: { type: 'string' },
                'allow-missing': { type: 'boolean' }
            }
        });
        const parsed = Options.safeParse(values);
        if (!parsed.success)
            throw new errors/* UserInputError */.m2(parsed.error.issues.map((i) => i.message).join('; '));
        const opts = parsed.data;
        const plan = opts.plan ? await readPlan(opts.plan) : undefined;
        // Every leg skipping leaves nothing to read; with a plan that is a report of missing legs, not a usage error.
        if (positionals.length === 0 && !plan)
            throw new errors/* UserInputError */.m2('name at least one results.jsonl (or a directory of them)');
        if (!plan && opts['allow-missing'])
            throw new errors/* UserInputError */.m2('--allow-missing goes with --plan (it allows planned trials without results)');
        const warn = (line) => io.stderr.write(`warning: ${line}\n`);
        const { report, results } = await buildReport({ inputs: positionals, plan, baseline: opts.baseline, minDelta: opts['min-delta'], warn });
        const rendered = await renderReport(opts.format, { report, results, inputs: positionals, warn });
        if (typeof rendered !== 'string' && !opts.out)
            throw new errors/* UserInputError */.m2(`--format ${opts.format} writes a set of pages: name their directory with --out DIR`);
        if (opts.out) {
            try {
                await writeRendered(external_node_path_.resolve(opts.out), rendered);
            }
            catch (error) {
                throw new errors/* UserInputError */.m2(`--out ${opts.out}: cannot write the report (${error.code ?? error.message})`);
            }
            if (typeof rendered !== 'string')
                io.stdout.write(`wrote ${Object.keys(rendered.files).length} file(s) to ${opts.out}\n`);
        }
        else
            io.stdout.write(rendered);
        const missing = undeliveredLegs(report.plan_check);
        if (missing.length) {
            const owed = report.plan_check.missing.length;
            io.stderr.write(`opsbench report: ${missing.length} planned leg(s) did not deliver every trial (${owed} task(s) owe attempts): ${missing.map((l) => `${l.id} (${l.status}, ${l.delivered}/${l.planned})`).join(', ')}${opts['allow-missing'] ? '' : '; run them, or pass --allow-missing'}\n`);
        }
        const failsOnMissing = missing.length > 0 && !opts['allow-missing'];
        return failsOnMissing || (opts['fail-on-regression'] && (0,compare/* hasRealRegression */.oE)(report)) ? 1 : 0;
    }
};
async function readPlan(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UserInputError */.m2(`{plan} ${file}: cannot read it (${error.code ?? error.message})`);
    }
    return (0,plan/* parseRunPlan */.qZ)(text, `give the file opsbench plan --out wrote`);
}


/***/ }),

/***/ 2774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ ORACLE_LOG_FILE),
/* harmony export */   DK: () => (/* binding */ isTrialFolder),
/* harmony export */   NJ: () => (/* binding */ TRAJECTORY_FILE),
/* harmony export */   Zk: () => (/* binding */ trialPaths),
/* harmony export */   gm: () => (/* binding */ AGENT_LOG_FILE),
/* harmony export */   kp: () => (/* binding */ GRADE_FILES),
/* harmony export */   pF: () => (/* binding */ resultsFile),
/* harmony export */   pR: () => (/* binding */ pathsUnder),
/* harmony export */   yG: () => (/* binding */ RESULTS_FILE)
/* harmony export */ });
/* unused harmony exports RESULT_FILE, trialsDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/** The file an agent writes its trajectory to, inside the agent folder it is handed. */
const TRAJECTORY_FILE = 'trajectory.jsonl';
/** A command agent's whole output, beside its trajectory. */
const AGENT_LOG_FILE = 'agent.log';
/** The oracle's one line: how the solution went in. */
const ORACLE_LOG_FILE = 'oracle.log';
/** The run's results, one TrialResult per line; a report finds them by this name in the folders it is given. */
const RESULTS_FILE = 'results.jsonl';
/** One trial's TrialResult inside its folder; the trajectory viewer finds trial folders by it. */
const RESULT_FILE = 'result.json';
const TRIALS = 'trials';
/** What the grader writes into the grade folder it is handed. */
const GRADE_FILES = {
    /** The command, its exit and its output. */
    output: 'test-output.txt',
    /** The framework's own report files, as collected. */
    reportDir: 'report',
    /** The parsed tests and the run's summary. */
    tests: 'tests.json',
    /** One log per APEX-SWE layer verifier. */
    verifiers: 'verifiers'
};
/** The results file of a run's out dir. */
function resultsFile(outDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(outDir, RESULTS_FILE);
}
/** The trials folder of a run's out dir (results.jsonl sits beside it). */
function trialsDir(outDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(outDir, TRIALS);
}
/** True for a trial folder: it holds result.json and lies under a trials/ folder. */
function isTrialFolder(dir, fileName) {
    return fileName === RESULT_FILE && dir.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).includes(TRIALS);
}
/** The artifact paths of one trial. `variant` separates agents sharing one out dir (check-tasks runs oracle and null side by side). */
function trialPaths(outDir, taskId, attempt, variant) {
    return pathsUnder(node_path__WEBPACK_IMPORTED_MODULE_0__.join(trialsDir(outDir), taskId, variant ? `${variant}-${attempt}` : String(attempt)));
}
/** The artifact paths of a trial folder found on disk. */
function pathsUnder(root) {
    const agentDir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'agent');
    const logsDir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'logs');
    return {
        root,
        diff: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'agent.diff'),
        agentDir,
        trajectory: node_path__WEBPACK_IMPORTED_MODULE_0__.join(agentDir, TRAJECTORY_FILE),
        gradeDir: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'grade'),
        logsDir,
        trialLog: node_path__WEBPACK_IMPORTED_MODULE_0__.join(logsDir, 'trial.log'),
        result: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, RESULT_FILE)
    };
}


/***/ }),

/***/ 6844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qZ: () => (/* reexport */ parseRunPlan),
  nY: () => (/* binding */ planRun),
  fC: () => (/* binding */ suiteHash)
});

// UNUSED EXPORTS: MAX_MATRIX_JOBS, PlanLegSchema, RunPlanSchema, legId

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/trial/balance-shards.js
var balance_shards = __webpack_require__(5176);
// EXTERNAL MODULE: ./lib/trial/shard.js
var shard = __webpack_require__(8956);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
;// CONCATENATED MODULE: ./lib/core/run-plan.js


// The plan is a contract between the plan step (trial/plan.ts) and the report (report/plan-check.ts): it
// lives at the bottom so both can read it without either importing the other.
const PlanLegSchema = schemas/* object */.Ikc({
    /** Stable identity of the leg (agent, model, shard): artifact names and the report's plan check use it. */
    id: schemas/* string */.YjP(),
    agent: schemas/* string */.YjP(),
    model: schemas/* string */.YjP().nullable(),
    shard: schemas/* string */.YjP(),
    tasks: schemas/* array */.YOg(schemas/* string */.YjP())
});
/**
 * What `plan` promised: every leg and the tasks it owes, each run `attempts` times. The report holds the
 * delivered results against it, so a leg that never uploaded is a visible `missing`, not a silent 100%.
 */
const RunPlanSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(1),
    /** sha256 over the sorted task ids and content hashes: two plans of the same suite agree on it. */
    suite_hash: schemas/* string */.YjP(),
    attempts: schemas/* number */.aig().int().positive(),
    legs: schemas/* array */.YOg(PlanLegSchema)
});
/** A plan as `plan` wrote it (plan.json, the Action's plan output); a bad one is a problem naming `{plan}`. */
function parseRunPlan(text, hint) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* UserInputError */.m2(`{plan} is not JSON; ${hint}`);
    }
    const parsed = RunPlanSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UserInputError */.m2(`{plan}: ${issue.path.join('.') || '(root)'}: ${issue.message}; ${hint}`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./lib/trial/plan.js




/** GitHub runs at most 256 jobs from one matrix; a bigger matrix fails the workflow before any leg starts. */
const MAX_MATRIX_JOBS = 256;

function suiteHash(tasks) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const t of [...tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
        hash.update(`${t.id}\0${t.hash}\n`);
    return hash.digest('hex').slice(0, 16);
}
/** Artifact names and matrix ids allow no slashes or colons; model specs and shards have both. */
function legId(agent, model, shard) {
    return `${agent}-${model || 'default'}-${shard.replace('/', 'of')}`.replace(/[^A-Za-z0-9._-]+/g, '_');
}
/**
 * Plans the run: models x shards legs, at most 256 jobs, no leg without tasks. With recorded durations the
 * shards are balanced by longest-processing-time-first; without, the same round robin `--shard I/N` uses,
 * so a leg that derives its tasks itself agrees with the plan.
 * @throws UserInputError when the models alone exceed GitHub's matrix limit.
 */
function planRun(opts) {
    const notes = [];
    const models = opts.models.length > 0 ? opts.models : [''];
    if (models.length > MAX_MATRIX_JOBS)
        throw new errors/* UserInputError */.m2(`{models}: ${models.length} models exceed GitHub's limit of ${MAX_MATRIX_JOBS} jobs per matrix; split them over several workflows`);
    let shards = Math.max(1, Math.min(opts.shards, opts.tasks.length));
    if (shards < opts.shards)
        notes.push(`shards capped at ${shards}: there are only ${opts.tasks.length} tasks`);
    const perModel = Math.floor(MAX_MATRIX_JOBS / models.length);
    if (shards > perModel) {
        notes.push(`shards capped at ${perModel}: ${models.length} model(s) x ${shards} shards would exceed GitHub's ${MAX_MATRIX_JOBS}-job matrix limit`);
        shards = perModel;
    }
    const ids = opts.tasks.map((t) => ({ id: t.id }));
    const groups = opts.durations && opts.durations.size > 0 ? (0,balance_shards/* balanceShards */.y)(ids, shards, opts.durations) : Array.from({ length: shards }, (_, i) => (0,shard/* shardTasks */.bq)(ids, i + 1, shards));
    const legs = [];
    for (const model of models) {
        groups.forEach((group, i) => {
            const shard = `${i + 1}/${shards}`;
            legs.push({ id: legId(opts.agent, model || null, shard), agent: opts.agent, model: model || null, shard, tasks: group.map((t) => t.id) });
        });
    }
    return {
        plan: { schema: 1, suite_hash: suiteHash(opts.tasks), attempts: opts.attempts, legs },
        matrix: { include: legs.map((l) => ({ leg: l.id, model: l.model ?? '', shard: l.shard })) },
        notes
    };
}


/***/ }),

/***/ 8956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ byId),
/* harmony export */   bq: () => (/* binding */ shardTasks),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/**
 * Parses `I/N` (1 <= I <= N), as the run configuration's `shard` field takes it (`--shard`, the Action's
 * `shard` input).
 * @throws UserInputError naming the field and the accepted form.
 */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || total < 1 || index < 1 || index > total) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{shard} must look like I/N with 1 <= I <= N, e.g. 2/4 (got "${text}")`);
    }
    return { index, total };
}
/**
 * The tasks of shard `index` of `total`: sort by id, then take every total-th task starting at index-1
 * (round robin). Deterministic from the ids alone, so the `plan` job and every `run --shard` leg agree
 * without talking to each other, and shards differ in size by at most one task. Adding a task moves
 * later tasks between shards; that is fine because each run is planned afresh.
 */
function shardTasks(tasks, index, total) {
    if (!Number.isInteger(total) || total < 1 || !Number.isInteger(index) || index < 1 || index > total) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`shard ${index}/${total}: need 1 <= I <= N`);
    }
    const sorted = [...tasks].sort(byId);
    return sorted.filter((_, i) => i % total === index - 1);
}
/** Code-unit order of ids (not locale order), so every machine sorts the same way. */
function byId(a, b) {
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}


/***/ }),

/***/ 9567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ai: () => (/* binding */ number)
/* harmony export */ });
/* unused harmony exports string, boolean, bigint, date */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(737);


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedNumber */ .qG(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodNumber */ .rSt, params);
}
function boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}


/***/ })

};
