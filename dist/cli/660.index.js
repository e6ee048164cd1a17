export const id = 660;
export const ids = [660];
export const modules = {

/***/ 1535:
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
// EXTERNAL MODULE: ./lib/report/build-report.js + 2 modules
var build_report = __webpack_require__(8568);
// EXTERNAL MODULE: ./lib/report/compare.js + 2 modules
var compare = __webpack_require__(9732);
// EXTERNAL MODULE: ./lib/report/plan-check.js
var plan_check = __webpack_require__(9562);
// EXTERNAL MODULE: ./lib/trial/plan.js + 1 modules
var plan = __webpack_require__(6844);
// EXTERNAL MODULE: ./lib/report/summarize.js + 3 modules
var summarize = __webpack_require__(5580);
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

// EXTERNAL MODULE: ./lib/report/render-markdown.js
var render_markdown = __webpack_require__(2244);
// EXTERNAL MODULE: ./lib/core/trial-paths.js
var trial_paths = __webpack_require__(2774);
;// CONCATENATED MODULE: ./lib/report/render-trajectories.js



const trajectoriesRenderer = {
    summary: 'one HTML page per trial (conversation, tool calls, timing, cost) and index.html; needs --out DIR',
    async render({ inputs }) {
        const trials = await findTrials(inputs);
        const files = { 'index.html': renderIndex(trials) };
        for (const trial of trials)
            files[trial.page] = renderTrial(trial);
        return { files };
    }
};
/** Every trial folder (holding result.json) under the inputs' trials/ folders, in task and attempt order. */
async function findTrials(inputs) {
    const roots = new Set();
    for (const input of inputs) {
        const dir = (await (0,promises_.stat)(input)).isDirectory() ? input : external_node_path_.dirname(input);
        for (const entry of await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true })) {
            if (entry.isFile() && entry.name === 'result.json' && entry.parentPath.split(external_node_path_.sep).includes('trials'))
                roots.add(entry.parentPath);
        }
    }
    const trials = [];
    const pages = new Set();
    for (const root of [...roots].sort()) {
        const paths = (0,trial_paths/* pathsUnder */.pR)(root);
        const result = JSON.parse(await (0,promises_.readFile)(paths.result, 'utf8'));
        const records = await readRecords(paths.trajectory);
        let page = `${slug(result.task_id)}/${slug([result.agent, result.model ?? ''].filter(Boolean).join('-'))}-${result.attempt}.html`;
        for (let n = 2; pages.has(page); n++)
            page = page.replace(/(-\d+)?\.html$/, `-${n}.html`);
        pages.add(page);
        trials.push({ result, records, page });
    }
    return trials.sort((a, b) => a.result.task_id.localeCompare(b.result.task_id) || a.result.attempt - b.result.attempt);
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
const slug = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
const render_trajectories_esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const usd = (x) => `$${x.toFixed(4)}`;
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
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
        return `<tr><td><a href="${render_trajectories_esc(href)}">${render_trajectories_esc(r.task_id)}</a></td><td>${render_trajectories_esc(r.agent)}${r.model ? ` (${render_trajectories_esc(r.model)})` : ''}</td><td>${r.attempt}</td><td class="${render_trajectories_esc(r.status)}">${render_trajectories_esc(r.status)}${r.error_class ? ` / ${render_trajectories_esc(r.error_class)}` : ''}</td><td>${render_trajectories_esc(r.stop_reason ?? '-')}</td><td>${r.episodes}</td><td>${usd(r.cost_usd)}</td><td>${secs(total)}</td></tr>`;
    });
    const table = `<table><tr><th>task</th><th>agent</th><th>attempt</th><th>verdict</th><th>stop</th><th>turns</th><th>cost</th><th>time</th></tr>\n${rows.join('\n')}\n</table>`;
    return page('OpsBench trajectories', `<h1>OpsBench trajectories</h1>\n<p class="meta">${trials.length} trial(s); each row links to its conversation.</p>\n${trials.length ? table : '<p>No trial artifacts found beside these results.</p>'}`);
}
function renderTrial({ result: r, records, page: href }) {
    const up = '../'.repeat(href.split('/').length - 1);
    const d = r.durations_ms;
    const head = [
        `<p><a href="${up}index.html">all trials</a></p>`,
        `<h1>${render_trajectories_esc(r.task_id)} #${r.attempt}</h1>`,
        '<table>',
        `<tr><th>agent</th><td>${render_trajectories_esc(r.agent)}${r.model ? ` (${render_trajectories_esc(r.model)})` : ''}</td></tr>`,
        `<tr><th>verdict</th><td class="${render_trajectories_esc(r.status)}">${render_trajectories_esc(r.status)}${r.error_class ? ` / ${render_trajectories_esc(r.error_class)}` : ''}${r.error_message ? `: ${render_trajectories_esc(r.error_message)}` : ''}</td></tr>`,
        `<tr><th>stop reason</th><td>${render_trajectories_esc(r.stop_reason ?? '-')}</td></tr>`,
        `<tr><th>tests</th><td>FAIL_TO_PASS ${r.fail_to_pass.passed}/${r.fail_to_pass.total}, PASS_TO_PASS ${r.pass_to_pass.passed}/${r.pass_to_pass.total}</td></tr>`,
        `<tr><th>time</th><td>env ${secs(d.env)}, agent ${secs(d.agent)}, grade ${secs(d.grade)}, teardown ${secs(d.teardown)}</td></tr>`,
        `<tr><th>cost</th><td>${usd(r.cost_usd)}; tokens in ${r.tokens.input}, out ${r.tokens.output}, cache read ${r.tokens.cache_read}, cache write ${r.tokens.cache_write}; ${r.episodes} turn(s)</td></tr>`,
        '</table>'
    ];
    const body = records.length === 0 ? ['<p>This trial left no trajectory (the oracle and null agents keep none).</p>'] : records.map(renderRecord);
    return page(`${r.task_id} #${r.attempt}`, [...head, '<h2>Trajectory</h2>', ...body].join('\n'));
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
            return `<h3>End: ${render_trajectories_esc(e.stop)}</h3><p>${render_trajectories_esc(e.detail)}</p><p class="meta">${e.turns} turn(s), ${usd(e.costUsd)}, tokens in ${e.tokens.input}, out ${e.tokens.output}${e.error ? `; error ${render_trajectories_esc(e.error.errorClass)}: ${render_trajectories_esc(e.error.message)}` : ''}</p>`;
        }
        default:
            // A command agent's own JSON events: shown as they were logged.
            return `<pre>${render_trajectories_esc(record.type === 'text' ? record.text : json(record))}</pre>`;
    }
}
function renderTurn(t) {
    const out = [`<div class="turn${t.error || t.stop === 'crashed' ? ' err' : ''}">`, `<h3>Turn ${t.turn}</h3>`];
    out.push(`<p class="meta">model ${t.timing.modelMs} ms${t.timing.retries ? ` (${t.timing.retries} retries)` : ''}, tools ${t.timing.toolsMs} ms; ${usd(t.costUsd)} (total ${usd(t.totals.costUsd)}); tokens in ${t.usage.input}, out ${t.usage.output}</p>`);
    if (t.assistant.reasoning)
        out.push(`<details><summary>reasoning</summary><pre>${render_trajectories_esc(t.assistant.reasoning)}</pre></details>`);
    if (t.assistant.text)
        out.push(`<pre>${render_trajectories_esc(t.assistant.text)}</pre>`);
    const results = new Map(t.toolResults.map((r) => [r.id, r]));
    for (const call of t.toolCalls) {
        const res = results.get(call.id);
        out.push(`<p><b>${render_trajectories_esc(call.name)}</b>${call.invalid ? ` <span class="failed">invalid: ${render_trajectories_esc(call.invalid)}</span>` : ''}</p><pre>${render_trajectories_esc(json(call.input))}</pre>`);
        if (res)
            out.push(`<p class="meta">result${res.isError ? ' (error)' : ''}, ${res.ms} ms</p><pre>${render_trajectories_esc(res.output)}</pre>`);
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

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
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
        const { report, results } = await (0,build_report/* buildReport */.F)({
            inputs: positionals,
            plan,
            baseline: opts.baseline,
            minDelta: opts['min-delta'],
            warn: (line) => io.stderr.write(`warning: ${line}\n`)
        });
        const rendered = await renderReport(opts.format, { report, results, inputs: positionals });
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
        const missing = (0,plan_check/* undeliveredLegs */.X)(report.plan_check);
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
/** One document to the file `out`; a set of pages into the directory `out`. */
async function writeRendered(out, rendered) {
    if (typeof rendered === 'string') {
        await (0,promises_.mkdir)(external_node_path_.dirname(out), { recursive: true });
        await (0,promises_.writeFile)(out, rendered);
        return;
    }
    for (const [rel, content] of Object.entries(rendered.files)) {
        const file = external_node_path_.join(out, rel);
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, content);
    }
}


/***/ }),

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

/***/ 2774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ TRAJECTORY_FILE),
/* harmony export */   Zk: () => (/* binding */ trialPaths),
/* harmony export */   pR: () => (/* binding */ pathsUnder)
/* harmony export */ });
/* unused harmony export trialsDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/** The file an agent writes its trajectory to, inside the agent folder it is handed. */
const TRAJECTORY_FILE = 'trajectory.jsonl';
/** The trials folder of a run's out dir (results.jsonl sits beside it). */
function trialsDir(outDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(outDir, 'trials');
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
        result: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'result.json')
    };
}


/***/ }),

/***/ 8669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X9: () => (/* binding */ TrialResultSchema),
/* harmony export */   tS: () => (/* binding */ RESULT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports TrialStatusSchema, StopReasonSchema, ErrorClassSchema, TestStatusSchema, LayerResultSchema */
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
        if (entry.isFile() && entry.name === 'results.jsonl')
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
 * Parses `I/N` (1 <= I <= N), as `--shard` and the Action's `shard` input take it.
 * @throws UserInputError naming `flag` and the accepted form.
 */
function parseShard(text, flag = '--shard') {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || total < 1 || index < 1 || index > total) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`${flag} must look like I/N with 1 <= I <= N, e.g. 2/4 (got "${text}")`);
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
