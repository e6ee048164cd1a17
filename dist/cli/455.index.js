export const id = 455;
export const ids = [455];
export const modules = {

/***/ 8455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkTasksCommand: () => (/* binding */ checkTasksCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/agent/registry.js + 3 modules
var registry = __webpack_require__(9803);
// EXTERNAL MODULE: ./lib/runtime/select.js
var runtime_select = __webpack_require__(5898);
// EXTERNAL MODULE: ./lib/task/load.js + 7 modules
var load = __webpack_require__(9865);
// EXTERNAL MODULE: ./lib/trial/progress.js
var progress = __webpack_require__(3341);
// EXTERNAL MODULE: ./lib/trial/scheduler.js + 22 modules
var scheduler = __webpack_require__(8933);
// EXTERNAL MODULE: ./lib/trial/text-table.js
var text_table = __webpack_require__(8052);
;// CONCATENATED MODULE: ./lib/trial/check-tasks.js



/**
 * Runs oracle and null `repeat` times on every task (both through the normal trial path, so a task that checks
 * out here grades the same way in `run`) and judges each task. Never resumes: a check is a fresh measurement.
 */
async function checkTasks(opts) {
    const outcome = await (0,scheduler/* runSchedule */.P)({
        ...opts,
        agents: [opts.oracle, opts.nullAgent],
        attempts: opts.repeat,
        resume: false
    });
    const checks = [...opts.tasks]
        .map((task) => task.id)
        .sort()
        .map((id) => {
        const mine = (agent) => outcome.ran.filter((r) => r.task_id === id && r.agent === agent).sort((a, b) => a.attempt - b.attempt);
        return judgeTask(id, mine(opts.oracle.name), mine(opts.nullAgent.name));
    });
    return { checks, cancelled: outcome.cancelled };
}
/**
 * The verdict, first match wins: skipped (the runtime cannot run it), error (a trial could not be judged),
 * invalid (the oracle never passes, or the null agent always passes: the tests do not tell a fix from no fix),
 * flaky (a verdict changed between repeats), ok.
 */
function judgeTask(taskId, oracle, nul) {
    const all = [...oracle, ...nul];
    const base = {
        taskId,
        oracle: { passed: oracle.filter((r) => r.status === 'passed').length, runs: oracle.length },
        null: { failed: nul.filter((r) => r.status === 'failed').length, runs: nul.length },
        flips: flips(oracle) + flips(nul)
    };
    const skip = all.find((r) => (0,progress/* statusLabel */.Rh)(r) === 'SKIP');
    if (all.length === 0)
        return { ...base, verdict: 'error', note: 'no trial finished (interrupted?)' };
    if (skip)
        return { ...base, verdict: 'skipped', note: skip.error_message ?? 'skipped' };
    const error = all.find((r) => r.status === 'error');
    if (error) {
        return { ...base, verdict: 'error', note: `${error.agent} #${error.attempt}: ${error.error_class}: ${error.error_message ?? ''}` };
    }
    if (base.oracle.passed === 0)
        return { ...base, verdict: 'invalid', note: 'the oracle (golden solution) fails' };
    if (base.null.failed === 0)
        return { ...base, verdict: 'invalid', note: 'the null agent passes: the tests do not detect the bug' };
    if (base.flips > 0)
        return { ...base, verdict: 'flaky', note: `verdict changed ${base.flips} time(s) across repeats` };
    return { ...base, verdict: 'ok', note: '' };
}
function flips(results) {
    let count = 0;
    for (let i = 1; i < results.length; i++)
        if (results[i].status !== results[i - 1].status)
            count += 1;
    return count;
}
/** A fixed-width table, one row per task. */
function renderCheckTable(checks) {
    const rows = [
        ['TASK', 'VERDICT', 'ORACLE', 'NULL', 'FLIPS', 'NOTE'],
        ...checks.map((c) => [
            c.taskId,
            c.verdict.toUpperCase(),
            `${c.oracle.passed}/${c.oracle.runs} pass`,
            `${c.null.failed}/${c.null.runs} fail`,
            String(c.flips),
            c.note.replace(/\s+/g, ' ').slice(0, 120)
        ])
    ];
    return (0,text_table/* renderTable */.b)(rows);
}

// EXTERNAL MODULE: ./lib/trial/run-config.js
var run_config = __webpack_require__(1376);
// EXTERNAL MODULE: ./lib/cli/host-ca.js
var host_ca = __webpack_require__(3419);
// EXTERNAL MODULE: ./lib/cli/flags.js
var flags = __webpack_require__(2529);
// EXTERNAL MODULE: ./lib/cli/commands/run.js + 3 modules
var run = __webpack_require__(2730);
;// CONCATENATED MODULE: ./lib/cli/commands/check-tasks.js











const usage = `Usage: opsbench check-tasks [options] [TASK_DIR...]

Checks that tasks grade what they claim: the oracle (golden solution) must pass every time and the null
agent (no change) must fail every time. A task whose verdict changes between repeats is FLAKY; one whose
oracle never passes or whose null agent always passes is INVALID.

Options:
  --repeat N          runs per agent and task (default: 1)
  --concurrency N     trials at once (default: 2)
  --runtime KIND      auto | docker | local (default: auto)
  --out DIR           artifacts of the check trials (default: .opsbench/check-tasks)
  --strict            a skipped task (runtime cannot run it) fails the check too
  -v, --verbose       print every trial's phase lines too

TASK_DIR defaults to tasks. Exit status: 1 when a task is invalid, flaky or could not be checked (error),
0 otherwise; 130 when interrupted.
`;
const checkTasksCommand = {
    name: 'check-tasks',
    usage,
    async run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            strict: true,
            allowPositionals: true,
            options: {
                repeat: { type: 'string' },
                concurrency: { type: 'string' },
                runtime: { type: 'string' },
                out: { type: 'string' },
                strict: { type: 'boolean' },
                verbose: { type: 'boolean', short: 'v' }
            }
        });
        // Reuses run's schema so --repeat/--concurrency/--runtime accept and reject exactly what run does.
        const config = (0,flags/* withFieldNames */.Fw)((field) => (field === 'attempts' ? '--repeat' : (0,flags/* cliFlag */.vM)(field)), () => (0,run_config/* parseRunConfig */.tn)({ attempts: values.repeat, concurrency: values.concurrency, runtime: values.runtime, out: values.out ?? '.opsbench/check-tasks' }));
        const dirs = positionals.length > 0 ? positionals : ['tasks'];
        const { tasks, problems } = await (0,load/* loadTaskSet */.cP)(dirs, { env: process.env });
        if (problems.length > 0) {
            for (const line of problems)
                io.stderr.write(`${line}\n`);
            io.stderr.write(`opsbench check-tasks: ${problems.length} problem(s); fix them first (opsbench validate lists the same)\n`);
            return 1;
        }
        const selected = await (0,runtime_select/* selectRuntime */.lf)(config.runtime, { hostEnv: await (0,host_ca/* withHostCaCerts */.S)(process.env) });
        io.stdout.write(`${(0,runtime_select/* describeRuntime */.mK)(selected)}\n`);
        io.stdout.write(`check-tasks: ${tasks.length} task(s), oracle and null x ${config.attempts}\n`);
        const line = (text) => io.stdout.write(`${text}\n`);
        const { checks, cancelled } = await (0,run.withCancelSignal)(io, async (signal) => checkTasks({
            tasks,
            oracle: await (0,registry/* resolveAgent */.cT)('oracle'),
            nullAgent: await (0,registry/* resolveAgent */.cT)('null'),
            repeat: config.attempts,
            runtime: selected.runtime,
            concurrency: config.concurrency,
            outDir: external_node_path_.resolve(config.out),
            runId: (0,scheduler/* newRunId */.F)(),
            log: line,
            verbose: values.verbose ? line : undefined,
            signal
        }));
        io.stdout.write(`\n${renderCheckTable(checks)}`);
        if (cancelled)
            return 130;
        const bad = checks.filter((c) => c.verdict === 'invalid' || c.verdict === 'flaky' || c.verdict === 'error');
        const skipped = checks.filter((c) => c.verdict === 'skipped');
        const ok = checks.length - bad.length - skipped.length;
        io.stdout.write(`\n${ok} ok, ${bad.length} not ok, ${skipped.length} skipped${values.strict && skipped.length ? ' (--strict: skips fail the check)' : ''}\n`);
        return bad.length > 0 || (values.strict === true && skipped.length > 0) ? 1 : 0;
    }
};


/***/ }),

/***/ 8052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTable)
/* harmony export */ });
/** Left-aligned fixed-width columns, two spaces apart, the first row as header; trailing spaces trimmed. */
function renderTable(rows) {
    const widths = (rows[0] ?? []).map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
    return rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}


/***/ })

};
