export const id = 429;
export const ids = [429];
export const modules = {

/***/ 1429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  benchCommand: () => (/* binding */ benchCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/runtime/docker/runtime.js + 13 modules
var docker_runtime = __webpack_require__(2825);
// EXTERNAL MODULE: ./lib/runtime/docker/images.js + 1 modules
var docker_images = __webpack_require__(1354);
// EXTERNAL MODULE: ./lib/task/load.js + 7 modules
var load = __webpack_require__(9865);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/trial/text-table.js
var text_table = __webpack_require__(8052);
;// CONCATENATED MODULE: ./lib/bench/docker-bench-task.js


/**
 * The Docker benchmark's task: the workspace and an HTTP service with a healthcheck (a small python3
 * http.server), the shape of every integration task, on the smallest image that has python3. Written out
 * at run time so `opsbench bench --docker` works from the bundled CLI anywhere.
 */
const DOCKER_BENCH_TASK_ID = 'bench-docker-two-service';
const FILES = {
    'task.yaml': `id: ${DOCKER_BENCH_TASK_ID}
family: integration
services: [workspace, api]
instruction: instruction.md
timeouts: { agent_sec: 60, test_sec: 60, build_sec: 900 }
environment:
  compose: compose.yaml
tests:
  framework: pytest
  command: 'pytest -q "$TEST_DIR"'
solution: { script: solution.sh }
`,
    'instruction.md': 'Nothing to do: the bench measures the environment, not the agent.\n',
    'compose.yaml': `services:
  workspace:
    build: &py
      context: image
      args:
        BASE_IMAGE: \${BASE_IMAGE:-debian:bookworm-slim}
    command: ["sleep", "infinity"]
    environment:
      API_URL: http://api:8000
  api:
    build: *py
    init: true
    command: ["python3", "-m", "http.server", "8000", "--directory", "/srv"]
    healthcheck:
      test: ["CMD", "python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/', timeout=2)"]
      interval: 1s
      timeout: 3s
      retries: 30
  # Its own idle grader, so the bench never builds the full one (it does not grade).
  grader:
    build: *py
    profiles: ["grader"]
    init: true
    command: ["sleep", "infinity"]
`,
    'image/Dockerfile': `ARG BASE_IMAGE=debian:bookworm-slim
FROM \${BASE_IMAGE}
RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*
`,
    'tests/test_api.py': 'import urllib.request\n\n\ndef test_api_answers():\n    urllib.request.urlopen("http://api:8000/", timeout=5)\n',
    'solution.sh': '#!/bin/bash\ntrue\n'
};
/** Writes the task under `dir` and returns its directory. */
async function writeDockerBenchTask(dir) {
    const taskDir = external_node_path_.join(dir, DOCKER_BENCH_TASK_ID);
    for (const [rel, text] of Object.entries(FILES)) {
        const file = external_node_path_.join(taskDir, rel);
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, text, { mode: rel.endsWith('.sh') ? 0o755 : 0o644 });
    }
    return taskDir;
}

// EXTERNAL MODULE: ./lib/agent/registry.js + 3 modules
var registry = __webpack_require__(9803);
// EXTERNAL MODULE: ./lib/trial/scheduler.js + 22 modules
var scheduler = __webpack_require__(8933);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
;// CONCATENATED MODULE: ./lib/bench/bench-task.js


/**
 * The benchmark's task: a two-function Python repo, a two-test pytest suite. Small on purpose, so a
 * trial's time is the harness's (workspace, git, patching, process spawns, parsing), not the task's.
 * Written out at run time so `opsbench bench` works from the bundled CLI anywhere.
 */
const BENCH_TASK_ID = 'bench-python-calc';
const bench_task_FILES = {
    'task.yaml': `id: ${BENCH_TASK_ID}
family: observability
language: python
instruction: instruction.md
timeouts: { agent_sec: 60, test_sec: 60, build_sec: 60 }
tests:
  framework: pytest
  command: "python3 -m pytest -q -p no:cacheprovider tests"
  test_patch: test.patch
solution: { patch: golden.patch }
`,
    'instruction.md': 'add(2, 3) returns -1; it should return 5.\n',
    'repo/calc.py': 'def add(a, b):\n    return a - b\n\n\ndef sub(a, b):\n    return a - b\n',
    'test.patch': `diff --git a/tests/test_calc.py b/tests/test_calc.py
new file mode 100644
--- /dev/null
+++ b/tests/test_calc.py
@@ -0,0 +1,9 @@
+from calc import add, sub
+
+
+def test_add():
+    assert add(2, 3) == 5
+
+
+def test_sub():
+    assert sub(5, 3) == 2
`,
    'golden.patch': `diff --git a/calc.py b/calc.py
--- a/calc.py
+++ b/calc.py
@@ -1,5 +1,5 @@
 def add(a, b):
-    return a - b
+    return a + b
 
 
 def sub(a, b):
`
};
/** Writes the benchmark task as `<dir>/<id>/` and returns that directory (tests write several under new ids). */
async function writeBenchTask(dir, id = BENCH_TASK_ID) {
    const taskDir = external_node_path_.join(dir, id);
    for (const [rel, text] of Object.entries(bench_task_FILES)) {
        const file = external_node_path_.join(taskDir, rel);
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, rel === 'task.yaml' ? text.replace(`id: ${BENCH_TASK_ID}`, `id: ${id}`) : text);
    }
    return taskDir;
}

;// CONCATENATED MODULE: ./lib/bench/run-bench.js










const GOAL_P50_MS = 500;
/**
 * Measures the harness's own cost per trial: the null agent on a tiny pytest task, `trials` trials at each
 * concurrency level, through the same scheduler and trial code as `opsbench run`. One untimed warm-up trial
 * first fills the FAIL_TO_PASS cache and the OS's file cache.
 * A cancelled bench returns the levels finished so far.
 * @throws OpsBenchError when the bench task does not grade here (e.g. no python3 with pytest) or a trial errs.
 */
async function runBench(opts) {
    const log = opts.log ?? (() => { });
    const workDir = opts.workDir ?? (await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'opsbench-bench-')));
    const task = await (0,load/* loadTask */._o)(await writeBenchTask(external_node_path_.join(workDir, 'tasks')));
    const agent = await (0,registry/* resolveAgent */.cT)('null');
    const common = {
        tasks: [task],
        agents: [agent],
        runtime: opts.runtime,
        resume: false,
        cacheDir: external_node_path_.join(workDir, 'cache'),
        signal: opts.signal,
        grader: opts.grader,
        log: () => { }
    };
    const levels = [];
    try {
        const warm = await (0,scheduler/* runSchedule */.P)({ ...common, attempts: 1, concurrency: 1, outDir: external_node_path_.join(workDir, 'warm-up'), runId: (0,scheduler/* newRunId */.F)() });
        const first = warm.ran[0];
        if (warm.cancelled)
            return benchReport(opts, task.id, agent.name, levels);
        if (!first || first.status === 'error') {
            throw benchError(`the bench task did not grade (${first?.error_class}: ${first?.error_message})`);
        }
        for (const concurrency of opts.concurrency) {
            const outDir = external_node_path_.join(workDir, `c${concurrency}`);
            const start = performance.now();
            const outcome = await (0,scheduler/* runSchedule */.P)({ ...common, attempts: opts.trials, concurrency, outDir, runId: (0,scheduler/* newRunId */.F)() });
            const wallMs = performance.now() - start;
            if (outcome.cancelled)
                break;
            const level = summarizeLevel(concurrency, outcome.ran, wallMs);
            levels.push(level);
            log(`concurrency ${concurrency}: ${level.trials} trials in ${(wallMs / 1000).toFixed(1)}s, overhead p50 ${level.overheadMs.p50} ms p95 ${level.overheadMs.p95} ms, ${level.throughput.toFixed(2)} trials/s`);
        }
    }
    finally {
        if (!opts.workDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
    return benchReport(opts, task.id, agent.name, levels);
}
/** Where a bench ran: figures from a 2-core runner and a 16-core laptop are not comparable without it. */
function benchHost() {
    return {
        schema: 1,
        harness_version: version/* HARNESS_VERSION */.C,
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        cpus: external_node_os_.availableParallelism()
    };
}
function benchReport(opts, taskId, agentName, levels) {
    return {
        ...benchHost(),
        runtime: opts.runtime.kind,
        task: taskId,
        agent: agentName,
        generated_at: new Date().toISOString(),
        goal: { p50OverheadMs: GOAL_P50_MS, met: levels.length > 0 && levels.every((l) => l.overheadMs.p50 <= GOAL_P50_MS) },
        levels
    };
}
function summarizeLevel(concurrency, results, wallMs) {
    const errors = results.filter((r) => r.status === 'error');
    if (errors.length > 0)
        throw benchError(`${errors.length} bench trial(s) ended in error, e.g. ${errors[0].error_class}: ${errors[0].error_message}`);
    const wall = (r) => Date.parse(r.finished_at) - Date.parse(r.started_at);
    const phase = (key) => percentiles(results.map((r) => r.durations_ms[key])).p50;
    return {
        concurrency,
        trials: results.length,
        wallMs: Math.round(wallMs),
        throughput: results.length / (wallMs / 1000),
        overheadMs: percentiles(results.map((r) => wall(r) - (r.test_command_ms ?? 0))),
        testCommandMs: percentiles(results.map((r) => r.test_command_ms ?? 0)),
        phasesP50Ms: { env: phase('env'), agent: phase('agent'), grade: phase('grade'), teardown: phase('teardown') }
    };
}
/** A bench that cannot measure (no python3/pytest, a broken runtime): one line, no stack trace. */
function benchError(message) {
    return new errors/* OpsBenchError */.bc(`bench: ${message}`, { phase: 'config', errorClass: 'internal' });
}
/** Nearest-rank percentiles, rounded to whole milliseconds. */
function percentiles(values) {
    if (values.length === 0)
        return { p50: 0, p95: 0, mean: 0 };
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
    return {
        p50: Math.round(rank(0.5)),
        p95: Math.round(rank(0.95)),
        mean: Math.round(sorted.reduce((a, b) => a + b, 0) / sorted.length)
    };
}
function renderBenchTable(report) {
    const rows = [
        ['CONCURRENCY', 'TRIALS', 'OVERHEAD P50', 'OVERHEAD P95', 'TEST CMD P50', 'ENV/AGENT/GRADE/TEARDOWN P50', 'TRIALS/S'],
        ...report.levels.map((l) => [
            String(l.concurrency),
            String(l.trials),
            `${l.overheadMs.p50} ms`,
            `${l.overheadMs.p95} ms`,
            `${l.testCommandMs.p50} ms`,
            `${l.phasesP50Ms.env}/${l.phasesP50Ms.agent}/${l.phasesP50Ms.grade}/${l.phasesP50Ms.teardown} ms`,
            l.throughput.toFixed(2)
        ])
    ];
    const table = (0,text_table/* renderTable */.b)(rows);
    const verdict = report.goal.met ? 'met' : 'NOT met';
    return `${table}\nharness overhead = trial wall time - test command time; goal p50 <= ${report.goal.p50OverheadMs} ms: ${verdict}\n`;
}

;// CONCATENATED MODULE: ./lib/bench/docker-bench.js











const GOAL_START_TEARDOWN_P50_MS = 6000;
const GOAL_SPEEDUP = 5;
/**
 * The Docker runtime's own cost on the two-service bench task: `trials` warm environment cycles (create,
 * `up` with healthchecks, `down -v`) after an untimed warm-up that builds the images if needed, then one
 * cold cycle with every image rebuilt with --no-cache. The agent and the grader are not involved.
 * @throws OpsBenchError naming the step when an environment does not start; the signal's reason on cancel
 */
async function runDockerBench(opts) {
    const log = opts.log ?? (() => { });
    const workDir = opts.workDir ?? (await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'opsbench-bench-docker-')));
    try {
        const task = await (0,load/* loadTask */._o)(await writeDockerBenchTask(external_node_path_.join(workDir, 'tasks')));
        const runId = `bench${Date.now().toString(36)}`;
        const warmRuntime = new docker_runtime.DockerRuntime(opts.runtime);
        const cycle = (runtime, name) => envCycle(runtime, task, { runId, trialId: `${runId}-${name}`, scratchDir: external_node_path_.join(workDir, 'scratch') }, opts.signal);
        log('docker bench: warm-up (builds the images unless they exist)');
        await cycle(warmRuntime, 'warmup');
        const warm = [];
        for (let i = 1; i <= opts.trials; i++) {
            const c = await cycle(warmRuntime, `warm${i}`);
            warm.push(c);
            log(`warm ${i}/${opts.trials}: start ${c.startMs} ms, teardown ${c.teardownMs} ms`);
        }
        log('docker bench: cold (every image rebuilt with --no-cache)');
        const cold = await cycle(new docker_runtime.DockerRuntime({ ...opts.runtime, noCache: true }), 'cold');
        log(`cold: start ${cold.startMs} ms, teardown ${cold.teardownMs} ms`);
        await pruneReplacedImages();
        return report(task.id, warm, cold);
    }
    finally {
        if (!opts.workDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
async function envCycle(runtime, task, ids, signal) {
    const env = runtime.create(task, ids);
    const started = performance.now();
    try {
        await env.up({ signal });
    }
    catch (error) {
        await env.down({ interrupted: true });
        if (signal?.aborted)
            throw error;
        throw new errors/* OpsBenchError */.bc(`bench: the bench environment did not start: ${error.message}`, { phase: 'config', errorClass: 'internal', cause: error });
    }
    const up = performance.now();
    await env.down();
    return { startMs: Math.round(up - started), teardownMs: Math.round(performance.now() - up) };
}
/** The cold rebuild leaves the images it replaced untagged; they are garbage. */
function pruneReplacedImages() {
    return new Promise((resolve) => (0,external_node_child_process_.execFile)('docker', ['image', 'prune', '-f', '--filter', `label=${docker_images/* HASH_LABEL */.m}`], { timeout: 120_000 }, () => resolve()));
}
function report(task, warm, cold) {
    const startMs = percentiles(warm.map((c) => c.startMs));
    const teardownMs = percentiles(warm.map((c) => c.teardownMs));
    const startTeardownMs = percentiles(warm.map((c) => c.startMs + c.teardownMs));
    const speedup = startMs.p50 > 0 ? Math.round((cold.startMs / startMs.p50) * 10) / 10 : 0;
    return {
        ...benchHost(),
        task,
        generated_at: new Date().toISOString(),
        trials: warm.length,
        warm: { startMs, teardownMs, startTeardownMs },
        cold,
        speedup,
        goal: {
            startTeardownP50Ms: GOAL_START_TEARDOWN_P50_MS,
            speedup: GOAL_SPEEDUP,
            met: warm.length > 0 && startTeardownMs.p50 <= GOAL_START_TEARDOWN_P50_MS && speedup >= GOAL_SPEEDUP
        }
    };
}
function renderDockerBench(r) {
    const ms = (p) => [`${p.p50} ms`, `${p.p95} ms`];
    const table = (0,text_table/* renderTable */.b)([
        ['PHASE', 'P50', 'P95'],
        ['warm start (up --wait)', ...ms(r.warm.startMs)],
        ['warm teardown (down -v)', ...ms(r.warm.teardownMs)],
        ['warm start + teardown', ...ms(r.warm.startTeardownMs)],
        ['cold start (--no-cache build)', `${r.cold.startMs} ms`, '']
    ]);
    const verdict = r.goal.met ? 'met' : 'NOT met';
    return `${table}warm over cold start: ${r.speedup}x over ${r.trials} warm trials; goals start+teardown p50 <= ${r.goal.startTeardownP50Ms} ms and >= ${r.goal.speedup}x: ${verdict}\n`;
}

// EXTERNAL MODULE: ./lib/core/trial-result.js
var trial_result = __webpack_require__(8669);
// EXTERNAL MODULE: ./lib/metrics/power.js
var metrics_power = __webpack_require__(5396);
// EXTERNAL MODULE: ./lib/metrics/random.js
var metrics_random = __webpack_require__(2010);
// EXTERNAL MODULE: ./lib/report/compare.js + 2 modules
var compare = __webpack_require__(9732);
// EXTERNAL MODULE: ./lib/report/report-schema.js
var report_schema = __webpack_require__(9524);
// EXTERNAL MODULE: ./lib/report/render-markdown.js + 1 modules
var render_markdown = __webpack_require__(1483);
// EXTERNAL MODULE: ./lib/report/summarize.js + 3 modules
var summarize = __webpack_require__(5580);
// EXTERNAL MODULE: ./lib/trial/balance-shards.js
var balance_shards = __webpack_require__(5176);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./lib/bench/measure-child.js




const MARK = 'OPSBENCH_PEAK_RSS_KB';
/**
 * A file preloaded (`--import`) into measured children: at exit they write their own peak RSS to stderr.
 * Node offers no rusage of a child to its parent, and /proc is gone by the time the child is reaped.
 */
async function writeRssProbe(dir) {
    const file = external_node_path_.join(dir, 'rss-probe.mjs');
    await (0,promises_.writeFile)(file, `import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '\\n${MARK} ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n`);
    return (0,external_node_url_.pathToFileURL)(file).href;
}
/** The node argv that starts the CLI with `args`, with the RSS probe preloaded. */
function cliArgv(cli, probe, args) {
    return [...cli.execArgv, '--import', probe, cli.entry, ...args];
}
/** Runs the CLI once to completion and measures it. @throws Error with its stderr when it exits non-zero. */
function measureCli(cli, probe, args) {
    const start = performance.now();
    const child = (0,external_node_child_process_.spawn)(cli.node, cliArgv(cli, probe, args), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    return new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => {
            const figures = { wallMs: performance.now() - start, ...probeFigures(stderr), exitCode: code ?? -1, stdout, stderr };
            if (code !== 0)
                reject(new Error(`opsbench ${args.join(' ')} exited ${code}: ${stderr.trim().slice(-500)}`));
            else
                resolve(figures);
        });
    });
}
/** The probe's figures in a child's stderr; NaN when missing (the child was killed). */
function probeFigures(stderr) {
    const match = new RegExp(`${MARK} (\\d+) (\\d+)`).exec(stderr);
    return match ? { peakRssMb: Math.round(Number(match[1]) / 1024), cpuMs: Math.round(Number(match[2]) / 1000) } : { peakRssMb: NaN, cpuMs: NaN };
}
function median(values) {
    if (values.length === 0)
        return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

;// CONCATENATED MODULE: ./lib/bench/gate-bench.js












/** GitHub's limit on a comment body (the report step cuts to it). */
const COMMENT_LIMIT = 65_536;
/**
 * The gate's own error rates and the report job's cost, by simulation through the real report code
 * (summarize -> compareReports; the report job as the CLI in a child process), and the plan's shard balance.
 * Per-task pass probabilities come from a Beta(2, 5) (mean 0.29, most tasks hard, a few easy), as on agent
 * suites; both runs of an A/A pair draw from the same probabilities.
 */
async function runGateBench(opts) {
    const alpha = opts.alpha ?? 0.05;
    const minDelta = opts.minDelta ?? 0.05;
    const random = (0,metrics_random/* seededRandom */.I)(opts.seed ?? 20261204);
    const log = opts.log ?? (() => { });
    const attempts = 3;
    const loadAverage = external_node_os_.loadavg()[0];
    let regressions = 0;
    let significant = 0;
    for (let i = 0; i < opts.comparisons; i++) {
        const p = Array.from({ length: 50 }, () => beta25(random));
        const c = gate_bench_compare(rows(p, attempts, random), rows(p, attempts, random), alpha, minDelta);
        if (c.regression)
            regressions++;
        if (c.p_value < alpha)
            significant++;
    }
    const falseAlarm = { tasks: 50, attempts, comparisons: opts.comparisons, regressions, rate: regressions / opts.comparisons, significantOnly: significant / opts.comparisons };
    log(`A/A: ${regressions}/${opts.comparisons} false alarms (${pct(falseAlarm.rate)}); p < alpha alone ${pct(falseAlarm.significantOnly)}`);
    const power = [];
    for (const tasks of [50, 200]) {
        let detected = 0;
        for (let i = 0; i < opts.comparisons; i++) {
            const p = Array.from({ length: tasks }, () => beta25(random));
            const mean = p.reduce((a, b) => a + b, 0) / tasks;
            // A true drop of 10 points: every task's probability scaled so the suite's mean falls by exactly 0.10.
            const dropped = p.map((x) => (x * Math.max(0, mean - 0.1)) / mean);
            if (gate_bench_compare(rows(dropped, attempts, random), rows(p, attempts, random), alpha, minDelta).regression)
                detected++;
        }
        const predicted = (0,metrics_power/* gatePower */.l)({ tasks, attempts, alpha, minDelta, passRates: [2 / 7] }).minDetectableDrop;
        power.push({ tasks, attempts, drop: 0.1, comparisons: opts.comparisons, detected, rate: detected / opts.comparisons, predictedMinDrop: predicted });
        log(`power, 10-point drop, ${tasks} tasks x ${attempts}: ${pct(detected / opts.comparisons)}`);
    }
    const reportJob = await reportJobBench(random, minDelta, opts.cli);
    log(`report job 200 x 3 x 3 with a baseline: ${reportJob.wallMs.toFixed(0)} ms (CPU ${reportJob.cpuMs} ms), peak RSS ${reportJob.peakRssMb.toFixed(0)} MB, comment ${reportJob.commentChars} chars`);
    const plan = planBench(random);
    log(`plan 1,000 tasks over 8 shards: makespan / lower bound ${plan.ratio.toFixed(3)} (round robin ${plan.roundRobinRatio.toFixed(3)})`);
    return { loadAverage, falseAlarm, power, reportJob, plan };
}
function gate_bench_compare(current, baseline, alpha, minDelta) {
    const report = (0,compare/* compareReports */.ll)((0,summarize/* summarize */.eh)(current, undefined, { intervals: false }), (0,summarize/* summarize */.eh)(baseline, undefined, { intervals: false }), { alpha, minDelta });
    return report.comparison.runs[0];
}
/** Gamma(2) / (Gamma(2) + Gamma(5)), each an integer-shape Gamma as a sum of exponentials. */
function beta25(random) {
    const gamma = (k) => {
        let s = 0;
        for (let i = 0; i < k; i++)
            s -= Math.log(1 - random());
        return s;
    };
    const x = gamma(2);
    return x / (x + gamma(5));
}
function rows(p, attempts, random, model = 'sim:model') {
    const out = [];
    p.forEach((prob, t) => {
        for (let a = 1; a <= attempts; a++)
            out.push(row(`task-${String(t).padStart(4, '0')}`, a, random() < prob, model));
    });
    return out;
}
function row(taskId, attempt, passed, model) {
    return {
        schema: trial_result/* RESULT_SCHEMA_VERSION */.tS,
        run_id: 'bench',
        task_id: taskId,
        family: 'observability',
        language: 'python',
        services: ['workspace'],
        agent: 'model',
        model,
        attempt,
        status: passed ? 'passed' : 'failed',
        error_class: null,
        error_message: null,
        stop_reason: 'submitted',
        fail_to_pass: { passed: passed ? 1 : 0, total: 1 },
        pass_to_pass: { passed: 1, total: 1 },
        correctness: passed ? 1 : 0,
        tests: [],
        durations_ms: { env: 1000, agent: 60_000, grade: 2000, teardown: 500 },
        episodes: 10,
        tokens: { input: 1000, output: 100, cache_read: 0, cache_write: 0 },
        cost_usd: 0.01,
        started_at: '2026-12-01T00:00:00.000Z',
        finished_at: '2026-12-01T00:01:00.000Z',
        harness_version: 'bench',
        task_hash: 'h'
    };
}
/**
 * The report job's work in a process of its own (the simulations above would own this process's peak RSS):
 * `opsbench report` on 200 tasks x 3 attempts x 3 models against a baseline of the same size, timed from spawn
 * to exit (node's start included) with the child's own peak RSS; the comment is that report cut to GitHub's limit.
 */
async function reportJobBench(random, minDelta, cli) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'opsbench-gate-bench-'));
    try {
        const models = ['openai:gpt-a', 'anthropic:claude-b', 'google:gemini-c'];
        const p = Array.from({ length: 200 }, () => beta25(random));
        const lines = (rs) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';
        const results = external_node_path_.join(dir, 'results.jsonl');
        const baseline = external_node_path_.join(dir, 'baseline.jsonl');
        await (0,promises_.writeFile)(results, lines(models.flatMap((m) => rows(p, 3, random, m))));
        await (0,promises_.writeFile)(baseline, lines(models.flatMap((m) => rows(p, 3, random, m))));
        const probe = await writeRssProbe(dir);
        const child = await measureCli(cli, probe, ['report', results, '--baseline', baseline, '--min-delta', String(minDelta), '--format', 'json']);
        const report = report_schema/* ReportSchema */.M9.parse(JSON.parse(child.stdout));
        const full = (0,render_markdown/* fitMarkdown */.DJ)(report, Infinity, '').markdown;
        const comment = (0,render_markdown/* fitMarkdown */.DJ)(report, COMMENT_LIMIT, 'Cut to fit GitHub\'s size limit: the full report is in the job summary and the report artifact.').markdown;
        return { tasks: 200, attempts: 3, models: 3, trials: 1800, wallMs: child.wallMs, cpuMs: child.cpuMs, peakRssMb: child.peakRssMb, fullMarkdownChars: full.length, commentChars: comment.length };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** 1,000 tasks with log-normal recorded durations (median 4 min, a long tail up to the agent's timeout). */
function planBench(random) {
    const tasks = Array.from({ length: 1000 }, (_, i) => ({ id: `task-${String(i).padStart(4, '0')}` }));
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const durations = new Map(tasks.map((t) => [t.id, Math.min(3_600_000, 240_000 * Math.exp(0.8 * normal()))]));
    const shards = 8;
    const balanced = (0,balance_shards/* makespan */.z)((0,balance_shards/* balanceShards */.y)(tasks, shards, durations), durations);
    const roundRobin = (0,balance_shards/* makespan */.z)(Array.from({ length: shards }, (_, s) => tasks.filter((_, i) => i % shards === s)), durations);
    return {
        tasks: 1000,
        shards,
        makespanMin: balanced.makespan / 60_000,
        lowerBoundMin: balanced.lowerBound / 60_000,
        ratio: balanced.makespan / balanced.lowerBound,
        roundRobinRatio: roundRobin.makespan / roundRobin.lowerBound
    };
}
const pct = (x) => `${(x * 100).toFixed(1)}%`;
function renderGateBench(r) {
    return [
        `load average at start ${r.loadAverage.toFixed(2)} (${external_node_os_.cpus().length} CPUs)`,
        `A/A false alarms (${r.falseAlarm.tasks} tasks x ${r.falseAlarm.attempts}, ${r.falseAlarm.comparisons} comparisons): ${pct(r.falseAlarm.rate)} (p < alpha alone: ${pct(r.falseAlarm.significantOnly)})`,
        ...r.power.map((p) => `power for a true 10-point drop, ${p.tasks} tasks x ${p.attempts}: ${pct(p.rate)} (the power note's 80% drop: ${p.predictedMinDrop === null ? 'none' : `${(p.predictedMinDrop * 100).toFixed(0)} points`})`),
        `report job, ${r.reportJob.tasks} tasks x ${r.reportJob.attempts} attempts x ${r.reportJob.models} models with a baseline (opsbench report in a child): ${r.reportJob.wallMs.toFixed(0)} ms wall, ${r.reportJob.cpuMs} ms CPU, peak RSS ${r.reportJob.peakRssMb.toFixed(0)} MB, full markdown ${r.reportJob.fullMarkdownChars} chars, comment ${r.reportJob.commentChars} chars`,
        `plan, ${r.plan.tasks} tasks over ${r.plan.shards} shards: makespan ${r.plan.makespanMin.toFixed(0)} min vs lower bound ${r.plan.lowerBoundMin.toFixed(0)} min (x${r.plan.ratio.toFixed(3)}; round robin x${r.plan.roundRobinRatio.toFixed(3)})`,
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 1 modules
var esm_client = __webpack_require__(3018);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js
var stdio = __webpack_require__(42);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./lib/bench/synthetic-logs.js




const SERVICES = ['api', 'checkout', 'payments', 'worker', 'auth', 'search', 'billing', 'gateway'];
const START_MS = Date.UTC(2026, 10, 21, 8);
/**
 * Production-shaped JSON log lines (about 150 bytes each: time, level, service, message, request id) into
 * `files` files named app-NN.log, each in time order, the files interleaved in time as services' logs are.
 * The input of the logs benchmark and of the logs server's size tests. Returns the file paths.
 */
async function writeSyntheticLogs(dir, opts) {
    const files = opts.files ?? 1;
    const errorEvery = opts.errorEvery ?? 10_000;
    await (0,promises_.mkdir)(dir, { recursive: true });
    const paths = Array.from({ length: files }, (_, i) => external_node_path_.join(dir, `app-${String(i).padStart(2, '0')}.log`));
    const streams = paths.map((p) => (0,external_node_fs_.createWriteStream)(p));
    for (let i = 0; i < opts.lines; i++) {
        const error = i % errorEvery === errorEvery - 1;
        const service = error ? 'payments' : SERVICES[i % SERVICES.length];
        const line = JSON.stringify({
            ts: new Date(START_MS + i * 10).toISOString(),
            level: error ? 'error' : i % 97 === 0 ? 'warn' : 'info',
            service,
            msg: error ? `upstream timeout after 30000ms calling ledger (attempt ${1 + (i % 3)})` : `handled request GET /v1/${service}/items/${i % 5000} status=200`,
            request_id: `req-${i.toString(36).padStart(8, '0')}`,
            duration_ms: (i * 7919) % 900
        });
        const out = streams[i % files];
        if (!out.write(`${line}\n`))
            await (0,external_node_events_.once)(out, 'drain');
    }
    await Promise.all(streams.map(async (s) => {
        s.end();
        await (0,external_node_events_.once)(s, 'finish');
    }));
    return paths;
}

;// CONCATENATED MODULE: ./lib/bench/synthetic-results.js






const FAMILIES = ['observability', 'integration'];
const LANGUAGES = ['python', 'go', 'typescript', 'cpp', 'java'];
const ERROR_CLASSES = ['build', 'timeout_infra', 'env_unhealthy', 'provider'];
/**
 * Results lines shaped like a real run's (several models, attempts, errors, skips, reruns, per-test
 * statuses), deterministic from the seeds: the input of the report benchmark and of the report's pinned
 * before/after fixture. Most tasks always pass or always fail, as on real task sets, so a run and a
 * baseline with another seed differ on the mixed tasks only.
 */
function* syntheticResults(opts) {
    const models = opts.models ?? ['openai:gpt-a', 'anthropic:claude-b'];
    const attempts = opts.attempts ?? 3;
    const tasks = Math.max(1, Math.ceil(opts.trials / (models.length * attempts)));
    const outcome = (0,metrics_random/* seededRandom */.I)(opts.seed ?? 1);
    const taskRandom = (0,metrics_random/* seededRandom */.I)(opts.taskSeed ?? 7);
    const kind = Array.from({ length: tasks }, () => taskRandom());
    const start = Date.UTC(2026, 10, 21);
    let produced = 0;
    for (let t = 0; t < tasks && produced < opts.trials; t++) {
        const taskId = `task-${String(t).padStart(6, '0')}`;
        const family = FAMILIES[t % FAMILIES.length];
        for (const model of models) {
            for (let attempt = 1; attempt <= attempts && produced < opts.trials; attempt++) {
                const k = kind[t];
                const roll = outcome();
                const skipped = k > 0.98;
                const passProb = k < 0.4 ? 0.97 : k < 0.8 ? 0.03 : 0.5;
                const error = !skipped && roll > 0.97;
                const status = skipped || error ? 'error' : outcome() < passProb ? 'passed' : 'failed';
                const errorClass = skipped ? 'skipped' : error ? ERROR_CLASSES[Math.floor(roll * 1000) % ERROR_CLASSES.length] : null;
                const testCount = 1 + (t % 4);
                const passedTests = status === 'passed' ? testCount : Math.floor(outcome() * testCount);
                const finished = start + produced * 1000;
                produced++;
                yield {
                    schema: trial_result/* RESULT_SCHEMA_VERSION */.tS,
                    run_id: `run-${opts.seed ?? 1}`,
                    task_id: taskId,
                    family,
                    language: family === 'integration' ? null : LANGUAGES[t % LANGUAGES.length],
                    services: family === 'integration' ? ['workspace', 'postgres', 'grader'] : ['workspace'],
                    agent: 'model',
                    model,
                    attempt,
                    status,
                    error_class: errorClass,
                    error_message: skipped ? 'needs Docker' : error ? `${errorClass} failed <at> "step" & retried` : null,
                    stop_reason: skipped ? null : 'submitted',
                    fail_to_pass: { passed: Math.min(1, passedTests), total: 1 },
                    pass_to_pass: { passed: Math.max(0, passedTests - 1), total: testCount - 1 },
                    correctness: passedTests / testCount,
                    tests: Array.from({ length: testCount }, (_, i) => ({ id: `tests/test_${taskId}.py::test_${i}`, status: i < passedTests ? 'passed' : 'failed' })),
                    durations_ms: { env: 800 + (t % 7) * 10, agent: 20000 + attempt * 333, grade: 1500, teardown: 300 },
                    episodes: 5 + (t % 9),
                    tokens: { input: 10000 + t, output: 900 + attempt, cache_read: 5000, cache_write: 100 },
                    cost_usd: 0.0125 * attempt,
                    started_at: new Date(finished - 30000).toISOString(),
                    finished_at: new Date(finished).toISOString(),
                    harness_version: '0.1.0',
                    task_hash: `hash-${t}`
                };
            }
        }
    }
}
/** Writes syntheticResults as a results.jsonl (creating its directory), streaming so 100k lines need no buffer. */
async function writeSyntheticResults(file, opts) {
    await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
    const out = (0,external_node_fs_.createWriteStream)(file);
    for (const result of syntheticResults(opts)) {
        if (!out.write(`${JSON.stringify(result)}\n`))
            await (0,external_node_events_.once)(out, 'drain');
    }
    out.end();
    await (0,external_node_events_.once)(out, 'finish');
}

;// CONCATENATED MODULE: ./lib/bench/scale-bench.js











const SELECTIVE = '{service="payments",level="error"} |= "upstream timeout"';
const BROAD = '|= "status=200"';
const LIMIT = 100;
/**
 * Post-processing and the logs server at the sizes users reach, each measured as the user runs it: the
 * real CLI in a child process (its wall time and its own peak RSS), medians of `repeats` runs.
 * - report of synthetic results (two models, three attempts, errors) in every format, and against a baseline;
 * - plan of 1,000 task directories;
 * - the logs MCP server over stdio on a million JSON lines in one file and in 16: the first call, and the
 *   p50 of a selective query (a label pair and a literal, ~100 matches) and a broad one capped at 100 lines
 *   (a literal on nearly every line, so the count of the rest is exact).
 */
async function runScaleBench(opts) {
    const log = opts.log ?? (() => { });
    const repeats = opts.repeats ?? 3;
    const workDir = opts.workDir ?? (await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'opsbench-scale-')));
    const loadAverage = external_node_os_.loadavg()[0];
    try {
        const probe = await writeRssProbe(workDir);
        const run = async (args) => {
            const runs = [];
            for (let i = 0; i < repeats; i++)
                runs.push(await measureCli(opts.cli, probe, args));
            return {
                wallMs: Math.round(median(runs.map((r) => r.wallMs))),
                cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
                peakRssMb: Math.max(...runs.map((r) => r.peakRssMb))
            };
        };
        const report = [];
        for (const trials of opts.reportSizes ?? [1000, 10_000, 100_000]) {
            const dir = external_node_path_.join(workDir, `results-${trials}`);
            const current = external_node_path_.join(dir, 'current', 'results.jsonl');
            const baseline = external_node_path_.join(dir, 'baseline', 'results.jsonl');
            await writeSyntheticResults(current, { trials, seed: 1 });
            await writeSyntheticResults(baseline, { trials, seed: 2 });
            const out = external_node_path_.join(dir, 'out');
            for (const variant of ['markdown', 'json', 'junit', 'markdown+baseline']) {
                const args = ['report', current, '--out', out, '--format', variant === 'markdown+baseline' ? 'markdown' : variant];
                if (variant === 'markdown+baseline')
                    args.push('--baseline', baseline);
                const figure = { trials, variant, ...(await run(args)) };
                report.push(figure);
                log(`report ${trials} trials ${variant}: ${figure.wallMs} ms (CPU ${figure.cpuMs} ms), peak RSS ${figure.peakRssMb} MB`);
            }
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
        const planTasks = opts.planTasks ?? 1000;
        const taskDir = external_node_path_.join(workDir, 'tasks');
        // Distinct ids: a suite with repeated ids is refused by plan, as it should be.
        for (let i = 0; i < planTasks; i++)
            await writeBenchTask(taskDir, `bench-python-calc-${String(i).padStart(4, '0')}`);
        const plan = { tasks: planTasks, ...(await run(['plan', '--tasks', taskDir, '--models', 'openai:a,anthropic:b', '--shards', '8'])) };
        log(`plan ${planTasks} tasks: ${plan.wallMs} ms (CPU ${plan.cpuMs} ms), peak RSS ${plan.peakRssMb} MB`);
        await (0,promises_.rm)(taskDir, { recursive: true, force: true });
        const logs = [];
        const lines = opts.logLines ?? 1_000_000;
        for (const files of opts.logFiles ?? [1, 16]) {
            const dir = external_node_path_.join(workDir, `logs-${files}`);
            await writeSyntheticLogs(dir, { lines, files });
            const figure = await measureLogsServer(opts.cli, probe, dir, { lines, files, repeats: Math.max(5, repeats * 3) });
            logs.push(figure);
            log(`logs ${lines} lines in ${files} file(s): first call ${figure.firstCallMs} ms, selective p50 ${figure.selectiveP50Ms} ms, broad p50 ${figure.broadP50Ms} ms, peak RSS ${figure.peakRssMb} MB`);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
        return {
            ...benchHost(),
            generated_at: new Date().toISOString(),
            loadAverage,
            report,
            plan,
            logs,
            queries: { selective: SELECTIVE, broad: BROAD, limit: LIMIT },
            goals: goals(report, plan, logs)
        };
    }
    finally {
        if (!opts.workDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
async function measureLogsServer(cli, probe, dir, o) {
    const transport = new stdio/* StdioClientTransport */.oQ({ command: cli.node, args: cliArgv(cli, probe, ['mcp', 'logs', '--source', dir]), stderr: 'pipe' });
    let stderr = '';
    transport.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    const client = new esm_client/* Client */.K({ name: 'opsbench-bench', version: '1' });
    await client.connect(transport);
    const exited = new Promise((resolve) => (transport.onclose = () => resolve()));
    const timed = async (query) => {
        const start = performance.now();
        const result = await client.callTool({ name: 'query_logs', arguments: { query, limit: LIMIT } });
        if (result.isError)
            throw new Error(`logs bench: ${query}: ${JSON.stringify(result.content)}`);
        return performance.now() - start;
    };
    try {
        const firstCallMs = await timed(SELECTIVE);
        const selective = [];
        const broad = [];
        for (let i = 0; i < o.repeats; i++) {
            selective.push(await timed(SELECTIVE));
            broad.push(await timed(BROAD));
        }
        await client.close();
        await exited;
        // The probe writes at exit; give the pipe a moment to deliver the last line.
        for (let i = 0; i < 20 && !/OPSBENCH_PEAK_RSS_KB/.test(stderr); i++)
            await new Promise((r) => setTimeout(r, 50));
        return {
            lines: o.lines,
            files: o.files,
            firstCallMs: Math.round(firstCallMs),
            selectiveP50Ms: Math.round(median(selective)),
            broadP50Ms: Math.round(median(broad)),
            peakRssMb: probeFigures(stderr).peakRssMb
        };
    }
    finally {
        await client.close().catch(() => { });
    }
}
function goals(report, plan, logs) {
    const out = [];
    const at = (trials, variant) => report.find((r) => r.trials === trials && r.variant === variant);
    const slowest = (trials) => report.filter((r) => r.trials === trials && r.variant !== 'markdown+baseline').sort((a, b) => b.wallMs - a.wallMs)[0];
    const big = slowest(100_000);
    if (big) {
        out.push({ name: 'report 100k trials, slowest format, no baseline', target: '< 5000 ms', value: `${big.wallMs} ms (${big.variant})`, met: big.wallMs < 5000 });
        const rss = Math.max(...report.filter((r) => r.trials === 100_000 && r.variant !== 'markdown+baseline').map((r) => r.peakRssMb));
        out.push({ name: 'report 100k trials, peak RSS, no baseline', target: '< 600 MB', value: `${rss} MB`, met: rss < 600 });
    }
    const withBase = at(100_000, 'markdown+baseline');
    if (withBase)
        out.push({ name: 'report 100k trials with a baseline', target: '< 8000 ms', value: `${withBase.wallMs} ms`, met: withBase.wallMs < 8000 });
    const small = at(10_000, 'markdown');
    const large = at(100_000, 'markdown');
    if (small && large) {
        const growth = large.wallMs / small.wallMs;
        out.push({ name: 'report growth 10k -> 100k (markdown)', target: '<= 12x', value: `${growth.toFixed(1)}x`, met: growth <= 12 });
    }
    out.push({ name: `plan ${plan.tasks} tasks`, target: '< 1000 ms', value: `${plan.wallMs} ms`, met: plan.wallMs < 1000 });
    const one = logs.find((l) => l.files === 1);
    if (one) {
        out.push({ name: `logs ${one.lines} lines, 1 file, selective p50`, target: '< 100 ms', value: `${one.selectiveP50Ms} ms`, met: one.selectiveP50Ms < 100 });
        out.push({ name: `logs ${one.lines} lines, 1 file, broad capped p50`, target: '< 300 ms', value: `${one.broadP50Ms} ms`, met: one.broadP50Ms < 300 });
        out.push({ name: `logs ${one.lines} lines, 1 file, peak RSS`, target: '< 300 MB', value: `${one.peakRssMb} MB`, met: one.peakRssMb < 300 });
    }
    return out;
}
function renderScaleBench(r) {
    const reportRows = [
        ['TRIALS', 'VARIANT', 'WALL (median)', 'CPU (median)', 'PEAK RSS'],
        ...r.report.map((f) => [String(f.trials), f.variant, `${f.wallMs} ms`, `${f.cpuMs} ms`, `${f.peakRssMb} MB`])
    ];
    const logRows = [
        ['LINES', 'FILES', 'FIRST CALL', 'SELECTIVE P50', 'BROAD P50', 'PEAK RSS'],
        ...r.logs.map((l) => [String(l.lines), String(l.files), `${l.firstCallMs} ms`, `${l.selectiveP50Ms} ms`, `${l.broadP50Ms} ms`, `${l.peakRssMb} MB`])
    ];
    const goalRows = [['GOAL', 'TARGET', 'MEASURED', ''], ...r.goals.map((g) => [g.name, g.target, g.value, g.met ? 'met' : 'NOT met'])];
    return [
        `report (synthetic results, 2 models x 3 attempts):\n${(0,text_table/* renderTable */.b)(reportRows)}`,
        `plan: ${r.plan.tasks} tasks in ${r.plan.wallMs} ms (CPU ${r.plan.cpuMs} ms), peak RSS ${r.plan.peakRssMb} MB`,
        `logs server over stdio (selective: ${r.queries.selective}; broad: ${r.queries.broad}; limit ${r.queries.limit}):\n${(0,text_table/* renderTable */.b)(logRows)}`,
        `load average at start: ${r.loadAverage.toFixed(2)} on ${r.cpus} CPUs (goals are judged on wall time; CPU time is what an idle machine would show)\n${(0,text_table/* renderTable */.b)(goalRows)}`
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/runtime/docker/cli.js
var docker_cli = __webpack_require__(1915);
// EXTERNAL MODULE: ./lib/runtime/docker/files.js + 1 modules
var files = __webpack_require__(9786);
// EXTERNAL MODULE: ./lib/runtime/docker/isolation.js
var isolation = __webpack_require__(1617);
// EXTERNAL MODULE: ./lib/runtime/docker/model.js
var docker_model = __webpack_require__(9044);
// EXTERNAL MODULE: ./lib/runtime/docker/stack-ready.js
var stack_ready = __webpack_require__(7875);
// EXTERNAL MODULE: ./lib/runtime/toolchain.js
var toolchain = __webpack_require__(6623);
// EXTERNAL MODULE: ./lib/runtime/process-exec.js
var process_exec = __webpack_require__(6479);
;// CONCATENATED MODULE: ./lib/bench/bare-recipe.js




/** The suite's report-directory prelude (grade/run-suite.ts suitePrelude) for a grading scratch directory. */
const SUITE_PRELUDE = /^mkdir -p -- '[^']*\/opsbench-grade\.[^']*' \|\| exit 125$/m;
/**
 * The oracle's solution run (grade/solution.ts): solution.sh on stdin of an exec whose shell is named
 * `opsbench-solution`, or a script under a scratch directory made by mktemp as opsbench-solution.*.
 */
const SOLUTION_RUN = /\/opsbench-solution\.[^/\s]+\/|^opsbench-solution$/;
/** The runtime's unpacking of a tar from the exec's stdin (runtime/docker/workspace.ts, SETUP_AS_ROOT). */
const TAR_FROM_STDIN = /^tar -x -f - -C "\$1"/m;
/** `docker exec` options that take a value as the next argument. */
const EXEC_VALUED = new Set(['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys']);
function recipeError(message) {
    return new errors/* OpsBenchError */.bc(`bench: ${message}`, { phase: 'config', errorClass: 'internal' });
}
/**
 * What bare repeats, from one trial's call log. The suite: the last exec whose script opens with the grading
 * report-directory prelude (FAIL_TO_PASS computation, when its cache was cold, ran suites before it in other
 * environments). With `agentRun` (an integration suite tests the processes the agent left running in the
 * workspace, e.g. a queue worker), also the oracle's solution run: the last exec of a script under its
 * scratch directory before the suite. Each with every `cp -` into its container before it, and every exec
 * there that unpacked a tar from its stdin (the workspace's setup).
 * @throws OpsBenchError when the log holds no such exec, or a copy went somewhere bare cannot repeat in one call
 */
function suiteRecipe(calls, opts) {
    const at = calls.findLastIndex((c) => c.argv[0] === 'exec' && c.argv.some((a) => SUITE_PRELUDE.test(a)));
    if (at < 0)
        throw recipeError("no suite exec in the trial's docker calls (its script opens with the grading prelude `mkdir -p -- '.../opsbench-grade.*'`)");
    const suite = stepAt(calls, at);
    if (!opts.agentRun)
        return { suite };
    const ran = calls.slice(0, at).findLastIndex((c) => c.argv[0] === 'exec' && !c.argv.includes('mktemp') && c.argv.some((a) => SOLUTION_RUN.test(a)));
    if (ran < 0)
        throw recipeError("no run of the oracle's solution in the trial's docker calls (an exec of opsbench-solution or of a script under /tmp/opsbench-solution.*)");
    return { agent: stepAt(calls, ran), suite };
}
/** The exec at `at` and the copies into its container before it. */
function stepAt(calls, at) {
    const exec = calls[at];
    const containerAt = execContainerIndex(exec.argv);
    const container = exec.argv[containerAt];
    const copies = [];
    const unpacks = [];
    for (const c of calls.slice(0, at)) {
        if (c.argv[0] === 'exec' && c.stdin !== undefined && c.argv.some((a) => TAR_FROM_STDIN.test(a))) {
            const where = execContainerIndex(c.argv);
            if (c.argv[where] === container)
                unpacks.push({ exec: c.argv, containerAt: where, exitCode: c.exitCode, stdin: c.stdin });
            continue;
        }
        if (c.argv[0] !== 'cp' || c.argv[1] !== '-')
            continue;
        const target = c.argv[2] ?? '';
        const colon = target.indexOf(':');
        if (target.slice(0, colon) !== container)
            continue;
        if (target.slice(colon + 1) !== '/' || c.stdin === undefined) {
            throw recipeError(`the trial copied a tar into ${target}; bare merges copies into / only (each tar's entries carry their container paths)`);
        }
        copies.push(c.stdin);
    }
    if (copies.length === 0 && unpacks.length === 0)
        throw recipeError(`the trial copied nothing into the container ${container.slice(0, 12)} before its exec`);
    return { copies, unpacks, exec: exec.argv, containerAt, exitCode: exec.exitCode, ...(exec.stdin !== undefined ? { stdin: exec.stdin } : {}) };
}
/** Index of the container in `docker exec [options] <container> <command>...`. */
function execContainerIndex(argv) {
    for (let i = 1; i < argv.length; i++) {
        const arg = argv[i];
        if (EXEC_VALUED.has(arg))
            i++;
        else if (!arg.startsWith('-'))
            return i;
    }
    throw recipeError(`no container in docker ${argv.join(' ').slice(0, 200)}`);
}
/** The step's exec aimed at another container. */
function retargetExec(step, container) {
    return step.exec.map((a, i) => (i === step.containerAt ? container : a));
}
/**
 * The copies as one tar, entries untouched (owners, modes, order), so one `docker cp -` does what they did:
 * GNU tar's --concatenate appends each archive's members to the first.
 * @throws OpsBenchError when tar fails
 */
async function mergeTars(tars, out) {
    const [first, ...rest] = tars;
    if (first === undefined)
        throw recipeError('no tar to merge');
    await (0,promises_.copyFile)(first, out);
    // One archive per call: GNU tar 1.34 given several appends the first and silently drops the rest.
    for (const tar of rest) {
        const merged = await (0,process_exec/* runProcess */.R3)(['tar', '--concatenate', '-f', out, tar], { cwd: external_node_os_.tmpdir(), env: { PATH: '/usr/local/bin:/usr/bin:/bin', LC_ALL: 'C' }, timeoutSec: 300 });
        if (merged.exitCode !== 0)
            throw recipeError(`tar --concatenate of the trial's copies failed: ${merged.stderr.trim().slice(0, 500)}`);
    }
}

;// CONCATENATED MODULE: ./lib/bench/docker-call-log.js


/**
 * A docker that records each call (wall time, exit code, argv NUL-separated) in a file of its own, keeps a
 * copy of the compose files of every `up` and of what each `cp -` or `exec -i` reads on stdin (tee: the call still reads
 * it as it arrives). The runtime's env is scrubbed, so paths are baked in. The call runs as a child (not
 * exec'd) to be timed; stdin and the exit status pass through. A file per call, written aside and renamed,
 * because calls run in parallel (service logs beside the grader's removal) and a record can be long.
 */
async function writeDockerWrapper(dir, docker) {
    const log = {
        binary: external_node_path_.join(dir, 'docker'),
        callsDir: external_node_path_.join(dir, 'calls'),
        composeDir: external_node_path_.join(dir, 'compose'),
        stdinDir: external_node_path_.join(dir, 'stdin')
    };
    await Promise.all([log.callsDir, log.composeDir, log.stdinDir].map((d) => (0,promises_.mkdir)(d, { recursive: true })));
    const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
    await (0,promises_.writeFile)(log.binary, `#!/bin/sh
start=$(date +%s%N)
case " $* " in *" compose "*" up "*)
  prev=""
  for a in "$@"; do
    if [ "$prev" = "-f" ] && [ -f "$a" ]; then cp "$a" ${q(log.composeDir)}/"$(date +%s%N).json"; fi
    prev="$a"
  done;;
esac
stdin=""
if { [ "$1" = cp ] && [ "$2" = - ]; } || { [ "$1" = exec ] && [ "$2" = -i ]; }; then
  stdin=${q(log.stdinDir)}/"$start-$$.in"
  tee "$stdin" | ${q(docker)} "$@"
else
  ${q(docker)} "$@"
fi
rc=$?
end=$(date +%s%N)
printf '%s\\0' "$(( (end - start) / 1000000 ))" "$rc" "$stdin" "$@" > ${q(log.callsDir)}/".$end-$$"
mv ${q(log.callsDir)}/".$end-$$" ${q(log.callsDir)}/"$end-$$"
exit $rc
`);
    await (0,promises_.chmod)(log.binary, 0o755);
    return log;
}
/** The call records, in the order the calls ended (files are named `<end ns>-<pid>`). */
async function callFiles(log) {
    return (await (0,promises_.readdir)(log.callsDir)).filter((n) => /^\d+-\d+$/.test(n)).sort();
}
/** The calls logged so far past the first `skip`, in the order they ended (only those records are read). */
async function readCalls(log, skip = 0) {
    const names = (await callFiles(log)).slice(skip);
    return Promise.all(names.map(async (n) => parseRecord(await (0,promises_.readFile)(external_node_path_.join(log.callsDir, n), 'utf8'))));
}
/** How many calls are logged so far (no record read). */
async function countCalls(log) {
    return (await callFiles(log)).length;
}
/** `<ms>\0<exit code>\0<stdin file or empty>\0<arg>\0...` as the wrapper writes it. */
function parseRecord(record) {
    const [ms = '0', rc = '0', stdin = '', ...argv] = record.split('\0');
    if (record.endsWith('\0'))
        argv.pop();
    return { kind: callKind(argv), ms: Number(ms), exitCode: Number(rc), argv, ...(stdin ? { stdin } : {}) };
}
/** Compose calls are named by their subcommand, past the global flags; others by their verb. */
function callKind(argv) {
    const [verb = '', ...rest] = argv;
    if (verb !== 'compose')
        return verb;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '--ansi' || arg === '-p' || arg === '-f' || arg === '--profile' || arg === '--project-directory' || arg === '--env-file')
            i++;
        else if (!arg.startsWith('-'))
            return `compose ${arg}`;
    }
    return 'compose';
}

;// CONCATENATED MODULE: ./lib/bench/bare-bench.js




















const DEFAULT_GOALS = { observability: 1.3, integration: 1.2 };
/**
 * OpsBench's trial beside the physical minimum for the same trial, measured in one run, interleaved. The
 * docker binary the runtime calls is a wrapper that logs every call (so calls per trial are counted exactly
 * and the suite's exec is known argument for argument), keeps a copy of the compose file each trial starts
 * and of each tar it copies in. Bare then repeats that trial with the fewest calls any harness could make:
 * the same stack up, everything the trial's grading copied into the suite's container in one `docker cp -`,
 * the same suite exec (its report flags, env, cwd), down. An integration suite tests what the agent left
 * running in the workspace (a queue worker), so there bare first repeats the agent's run the same way: the
 * copies into the workspace (the repository) in one call and the oracle's exec (with what it read on stdin,
 * the solution script). Each exec must
 * exit as the trial's did (the suite passes on the oracle's tree): otherwise bare did not do the same work
 * and the bench stops. The figure excludes what a harness could do before starting (merging the tars). The
 * wrapper's tee of each copied tar is inside the trial's time (a few ms). The older figure, the
 * test command run against what the images hold (tests are never in an image, so the suite runs nothing),
 * is kept beside it as `bareEmptyMs`.
 * @throws OpsBenchError when a trial does not pass (the task or the engine is broken here), or one of bare's
 *   execs does not exit as the trial's did
 */
async function runBareBench(opts) {
    const log = opts.log ?? (() => { });
    const work = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'opsbench-bare-'));
    const loadAverage = external_node_os_.loadavg()[0];
    try {
        const docker = await findDocker(opts.hostEnv);
        const calls = await writeDockerWrapper(work, docker);
        const runtime = new docker_runtime.DockerRuntime({ hostEnv: opts.hostEnv, docker: calls.binary });
        const cli = new docker_cli/* DockerCli */.Vo({ env: (0,isolation/* dockerCliEnv */.Yf)(opts.hostEnv), cwd: external_node_os_.tmpdir(), docker });
        const oracle = await (0,registry/* resolveAgent */.cT)('oracle');
        const figures = [];
        for (const dir of opts.tasks) {
            const task = await (0,load/* loadTask */._o)(dir);
            const trial = async (tag) => {
                const before = await countCalls(calls);
                const outcome = await (0,scheduler/* runSchedule */.P)({
                    tasks: [task],
                    agents: [oracle],
                    runtime,
                    attempts: 1,
                    concurrency: 1,
                    resume: false,
                    outDir: external_node_path_.join(work, 'runs', `${task.id}-${tag}`),
                    cacheDir: external_node_path_.join(work, 'cache'),
                    runId: (0,scheduler/* newRunId */.F)(),
                    signal: opts.signal,
                    log: () => { }
                });
                const result = outcome.ran[0];
                if (!result || result.status !== 'passed') {
                    throw new errors/* OpsBenchError */.bc(`bench: the oracle did not pass ${task.id} (${result?.status} ${result?.error_class ?? ''} ${result?.error_message ?? ''})`, { phase: 'config', errorClass: 'internal' });
                }
                return { result, calls: await readCalls(calls, before) };
            };
            log(`${task.id}: warm-up trial (builds images when missing, fills the FAIL_TO_PASS cache)`);
            await trial('warm');
            const trialMs = [];
            const bareMs = [];
            const bareOwnWaitMs = [];
            const bareEmptyMs = [];
            const dockerCalls = [];
            const byKind = {};
            const phases = {};
            let bareDockerCalls = 0;
            for (let i = 0; i < opts.trials; i++) {
                opts.signal?.throwIfAborted();
                const { result, calls: made } = await trial(String(i));
                const n = made.length;
                trialMs.push(Date.parse(result.finished_at) - Date.parse(result.started_at));
                dockerCalls.push(n);
                const kinds = countKinds(made);
                // A kind missing from a trial counts as zero there, so medians stay per trial.
                for (const kind of new Set([...Object.keys(byKind), ...kinds.keys()])) {
                    const slot = (byKind[kind] ??= { calls: new Array(i).fill(0), ms: new Array(i).fill(0) });
                    slot.calls.push(kinds.get(kind)?.calls ?? 0);
                    slot.ms.push(kinds.get(kind)?.ms ?? 0);
                }
                for (const [phase, ms] of Object.entries(result.durations_ms))
                    (phases[phase] ??= []).push(ms);
                // This trial's own stack, copies and suite: bare repeats exactly what was just measured.
                const compose = await latestCompose(calls.composeDir);
                const model = JSON.parse(await (0,promises_.readFile)(compose, 'utf8'));
                const recipe = suiteRecipe(made, { agentRun: model.services.grader !== undefined });
                const steps = await Promise.all([recipe.agent, recipe.suite].flatMap((step, k) => (step ? [mergedStep(step, external_node_path_.join(work, `copies-${i}-${k}.tar`))] : [])));
                await Promise.all(made.flatMap((c) => (c.stdin ? [(0,promises_.rm)(c.stdin, { force: true })] : [])));
                bareDockerCalls = 2 + stepCalls(steps);
                bareMs.push(await bare(cli, task, compose, model, steps, `obbare-${process.pid}-${i}`, 'compose'));
                bareOwnWaitMs.push(await bare(cli, task, compose, model, steps, `obbare-${process.pid}-${i}w`, 'own'));
                await Promise.all(steps.flatMap((s) => (s.tar !== null ? [(0,promises_.rm)(s.tar, { force: true })] : [])));
                bareEmptyMs.push(await bareEmpty(cli, task, compose, model, `obbare-${process.pid}-${i}e`));
                log(`${task.id} #${i + 1}: trial ${trialMs.at(-1)} ms (${n} docker calls), bare ${Math.round(bareMs.at(-1))} ms, bare with its own wait ${Math.round(bareOwnWaitMs.at(-1))} ms, bare with an empty suite ${Math.round(bareEmptyMs.at(-1))} ms`);
            }
            const goal = opts.goals?.[task.family] ?? DEFAULT_GOALS[task.family];
            const t = median(trialMs);
            const b = median(bareMs);
            figures.push({
                task: task.id,
                family: task.family,
                trials: opts.trials,
                trialMs: Math.round(t),
                bareMs: Math.round(b),
                bareOwnWaitMs: Math.round(median(bareOwnWaitMs)),
                ratioOwnWait: t / median(bareOwnWaitMs),
                bareEmptyMs: Math.round(median(bareEmptyMs)),
                bareDockerCalls,
                ratio: t / b,
                dockerCallsPerTrial: median(dockerCalls),
                dockerCallsByKind: Object.fromEntries(Object.entries(byKind)
                    .map(([kind, v]) => [kind, { calls: median(v.calls), ms: Math.round(median(v.ms)) }])
                    .sort((a, b) => b[1].ms - a[1].ms)),
                phasesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(median(v))])),
                goal,
                met: t / b <= goal
            });
        }
        return { ...benchHost(), generated_at: new Date().toISOString(), loadAverage, figures };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
function countKinds(calls) {
    const kinds = new Map();
    for (const c of calls) {
        const k = kinds.get(c.kind) ?? { calls: 0, ms: 0 };
        kinds.set(c.kind, { calls: k.calls + 1, ms: k.ms + c.ms });
    }
    return kinds;
}
/** `--profile` flags for every profile in the model, so `up` starts what the trial's stack had. */
function profileFlags(model) {
    return (0,docker_model/* profilesOf */.uV)(model).flatMap((p) => ['--profile', p]);
}
/**
 * Where the trial's suite ran, as a service of bare's stack: the integration `grader` service, or for
 * observability (whose fresh grading container is started from the workspace's image, outside compose) the
 * workspace service itself.
 */
function suiteService(task, model) {
    return model.services[docker_model/* GRADER_SERVICE */.aD] ? docker_model/* GRADER_SERVICE */.aD : task.environment.workspace;
}
/** The step's copies merged into `tar` (none when it had none), and what its execs read on stdin read now (the trial's files go next). */
async function mergedStep(step, tar) {
    if (step.copies.length > 0)
        await mergeTars(step.copies, tar);
    return {
        ...step,
        tar: step.copies.length > 0 ? tar : null,
        unpacks: await Promise.all(step.unpacks.map(async (u) => ({ ...u, input: await (0,promises_.readFile)(u.stdin) }))),
        ...(step.stdin !== undefined ? { input: await (0,promises_.readFile)(step.stdin) } : {})
    };
}
/** Engine calls bare makes for its steps: per step one copy (when the trial copied), its unpacking execs, its exec. */
function stepCalls(steps) {
    return steps.reduce((n, s) => n + (s.copies.length > 0 ? 1 : 0) + s.unpacks.length + 1, 0);
}
/**
 * The bare minimum of the trial: up --wait of its stack; per step (the agent's run where the suite needs it,
 * then the suite) one copy-in of its merged tar and its exec, in the step's container found by compose's
 * name for it (no `ps`); down -v. 4 engine calls, 6 with the agent's run.
 * @throws OpsBenchError when an exec does not exit as the trial's did
 */
async function bare(cli, task, compose, model, steps, project, wait) {
    const start = performance.now();
    const ran = [];
    try {
        await cli.compose(project, [compose], [...profileFlags(model), 'up', '-d', ...(wait === 'compose' ? ['--wait'] : []), '--no-build'], { timeoutSec: 600 });
        if (wait === 'own')
            await (0,stack_ready/* waitForStack */.ZO)(cli, project, { oneShot: (0,stack_ready/* oneShotServices */.JX)(model), timeoutSec: 600 });
        steps: for (const [k, step] of steps.entries()) {
            const service = k === steps.length - 1 ? suiteService(task, model) : task.environment.workspace;
            const container = (0,docker_model/* composeContainerName */.rz)(project, service);
            if (step.tar !== null)
                await (0,files/* copyTarIn */.U7)(cli, container, (0,external_node_fs_.createReadStream)(step.tar));
            // The setup execs that unpacked a tar from stdin, then the step's own exec: each must exit as the trial's did.
            const execs = [...step.unpacks.map((u) => ({ run: u, timeoutSec: 300 })), { run: step, timeoutSec: task.timeouts.agentSec + task.timeouts.testSec }];
            for (const { run, timeoutSec } of execs) {
                const result = await cli.raw(retargetExec(run, container), { timeoutSec, input: run.input });
                ran.push({ step: run, container, result });
                if (result.exitCode !== run.exitCode)
                    break steps;
            }
        }
    }
    finally {
        await cli.compose(project, [compose], [...profileFlags(model), 'down', '-v'], { timeoutSec: 120 });
    }
    const ms = performance.now() - start;
    requireSameWork(task.id, ran);
    return ms;
}
/**
 * Bare's figure stands only if it did the trial's work: each of its execs exited as the trial's did (the
 * suite passing on the oracle's tree), none timed out.
 * @throws OpsBenchError naming the container, both exit codes and the end of bare's output
 */
function requireSameWork(task, ran) {
    for (const { step, container, result } of ran) {
        if (result.exitCode === step.exitCode && !result.timedOut)
            continue;
        throw new errors/* OpsBenchError */.bc(`bench: bare's exec in ${container} for ${task} exited ${result.exitCode}${result.timedOut ? ' (timed out)' : ''} where the trial's exited ${step.exitCode}, so bare did not do the same work: ${`${result.stdout}\n${result.stderr}`.trim().slice(-1500)}`, { phase: 'config', errorClass: 'internal' });
    }
}
/** The earlier bare figure, 3 calls: up --wait, the task's test command by exec against what the images hold, down -v. */
async function bareEmpty(cli, task, compose, model, project) {
    const start = performance.now();
    try {
        await cli.compose(project, [compose], [...profileFlags(model), 'up', '-d', '--wait', '--no-build'], { timeoutSec: 600 });
        // The exit code is not the point: the suite's files are not in the images.
        await cli.composeRaw(project, [compose], ['exec', '-T', '-w', task.environment.workdir, suiteService(task, model), 'sh', '-c', task.tests.command], { timeoutSec: task.timeouts.testSec });
    }
    finally {
        await cli.compose(project, [compose], [...profileFlags(model), 'down', '-v'], { timeoutSec: 120 });
    }
    return performance.now() - start;
}
async function findDocker(hostEnv) {
    const docker = await (0,toolchain/* which */.K)('docker', hostEnv.PATH ?? '/usr/bin:/bin');
    if (docker === null)
        throw new errors/* OpsBenchError */.bc('bench: no docker binary on PATH', { phase: 'config', errorClass: 'daemon' });
    return docker;
}
async function latestCompose(dir) {
    const files = (await (0,promises_.readdir)(dir)).sort();
    const last = files.at(-1);
    if (!last)
        throw new errors/* OpsBenchError */.bc('bench: the trial started no compose stack', { phase: 'config', errorClass: 'internal' });
    return external_node_path_.join(dir, last);
}
function renderBareBench(r) {
    const rows = [
        ['TASK', 'TRIAL P50', 'BARE P50', 'BARE, OWN WAIT', 'BARE, EMPTY SUITE', 'RATIO', 'GOAL', 'RATIO, OWN WAIT', 'DOCKER CALLS', 'PHASES P50 (ms)'],
        ...r.figures.map((f) => [
            f.task,
            `${f.trialMs} ms`,
            `${f.bareMs} ms`,
            `${f.bareOwnWaitMs} ms`,
            `${f.bareEmptyMs} ms`,
            `${f.ratio.toFixed(2)}x`,
            `<= ${f.goal}x ${f.met ? 'met' : 'NOT met'}`,
            `${f.ratioOwnWait.toFixed(2)}x`,
            `${f.dockerCallsPerTrial} (bare ${f.bareDockerCalls})`,
            Object.entries(f.phasesMs).map(([k, v]) => `${k} ${v}`).join(', ')
        ])
    ];
    const kinds = r.figures.map((f) => `${f.task}, engine time per trial by call (median; parallel calls each count): ${Object.entries(f.dockerCallsByKind).map(([k, v]) => `${k} ${v.calls}x ${v.ms} ms`).join(', ')}\n`);
    return (`${(0,text_table/* renderTable */.b)(rows)}${kinds.join('')}` +
        "bare = the same trial with the fewest engine calls: compose up --wait of the trial's own stack, one docker cp of everything its grading copied into the suite's container, the suite's own exec (must exit as the trial's did), down -v (4 calls; " +
        "where the suite tests what the agent left running, integration, first one docker cp and the exec of the oracle's run in the workspace: 6); " +
        "bare, own wait = the same with up -d and the runtime's own wait for what --wait waits for (compose's idles 0.5 s first), as the trial now starts its stack; " +
        `bare, empty suite = up, the test command by exec against what the images hold (no tests there), down -v (3 calls); ratio = trial / bare; load average at start ${r.loadAverage.toFixed(2)} on ${r.cpus} CPUs\n`);
}

// EXTERNAL MODULE: ./lib/runtime/select.js
var runtime_select = __webpack_require__(5898);
// EXTERNAL MODULE: ./lib/trial/run-config.js
var run_config = __webpack_require__(1376);
// EXTERNAL MODULE: ./lib/cli/flags.js
var flags = __webpack_require__(2529);
// EXTERNAL MODULE: ./lib/cli/host-ca.js
var host_ca = __webpack_require__(3419);
// EXTERNAL MODULE: ./lib/cli/commands/run.js + 3 modules
var run = __webpack_require__(2730);
;// CONCATENATED MODULE: ./lib/cli/commands/bench.js














const usage = `Usage: opsbench bench [options]

Measures the harness's overhead per trial (trial wall time minus the test command's own time) with the
null agent on a tiny pytest task, at several concurrency levels, and writes the figures as JSON.

Options:
  --trials N            trials per concurrency level (default: 50)
  --concurrency LIST    comma-separated levels (default: 1,2,4)
  --runtime KIND        auto | docker | local (default: local)
  --out FILE            where to write the JSON (default: .opsbench/bench.json)
  --docker              instead: the Docker runtime's environment start and teardown p50/p95 over --trials
                        warm cycles (default 10) and the speed-up over a cold (--no-cache) start
                        (default out: .opsbench/bench-docker.json)
  --gate                instead: the gate's error rates by simulation through the report code (A/A false
                        alarms of a 50-task suite, power for a 10-point drop at 50 and 200 tasks; --trials
                        comparisons each, default 1000), the report job at 200 tasks x 3 attempts x 3 models
                        (opsbench report in a child: wall time, CPU, peak RSS, comment size),
                        and the plan's makespan over 8 shards (default out: .opsbench/bench-gate.json)
  --scale               instead: post-processing and the logs server at size, each as the CLI in a child process
                        (wall time, peak RSS; median of --trials runs, default 3): report of 1k/10k/100k trials
                        in every format and against a baseline, plan of 1,000 tasks, the logs MCP server on
                        1M lines in 1 and 16 files (first call, selective and broad capped query p50)
                        (default out: .opsbench/bench-scale.json)
  --bare                instead: the oracle's trial beside the bare minimum of the same trial, interleaved: compose
                        up --wait of its stack, one docker cp of what its grading copied into the suite's
                        container, the trial's own suite exec (which must exit as the trial's did), down -v (plus
                        the agent's run first where the suite tests what it left running); beside the same bare run
                        with up -d and the runtime's own wait (compose's --wait idles 0.5 s first); and beside the older
                        empty-suite figure (the test command against the bare images); --trials rounds per task
                        (default 5), with docker calls per trial; tasks: --tasks DIR,DIR (default the shipped
                        Python observability and Redis integration tasks) (default out: .opsbench/bench-bare.json)
`;
const benchCommand = {
    name: 'bench',
    usage,
    async run(args, io) {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            strict: true,
            allowPositionals: false,
            options: {
                trials: { type: 'string' },
                concurrency: { type: 'string' },
                runtime: { type: 'string' },
                out: { type: 'string' },
                docker: { type: 'boolean' },
                gate: { type: 'boolean' },
                scale: { type: 'boolean' },
                bare: { type: 'boolean' },
                tasks: { type: 'string' }
            }
        });
        if (values.bare)
            return bareBench(io, values.trials ?? '5', values.tasks, external_node_path_.resolve(values.out ?? '.opsbench/bench-bare.json'));
        if (values.scale)
            return scaleBench(io, values.trials ?? '3', external_node_path_.resolve(values.out ?? '.opsbench/bench-scale.json'));
        if (values.gate)
            return gateBench(io, values.trials ?? '1000', external_node_path_.resolve(values.out ?? '.opsbench/bench-gate.json'));
        if (values.docker)
            return dockerBench(io, values.trials ?? '10', external_node_path_.resolve(values.out ?? '.opsbench/bench-docker.json'));
        const levels = (values.concurrency ?? '1,2,4').split(',').map((level) => {
            const config = (0,flags/* withFieldNames */.Fw)(() => '--concurrency', () => (0,run_config/* parseRunConfig */.tn)({ concurrency: level }));
            return config.concurrency;
        });
        if (levels.length === 0)
            throw new errors/* UserInputError */.m2('--concurrency must list at least one level, e.g. 1,2,4');
        const config = (0,flags/* withFieldNames */.Fw)((field) => (field === 'attempts' ? '--trials' : (0,flags/* cliFlag */.vM)(field)), () => (0,run_config/* parseRunConfig */.tn)({ attempts: values.trials ?? '50', runtime: values.runtime ?? 'local' }));
        const out = external_node_path_.resolve(values.out ?? '.opsbench/bench.json');
        const selected = await (0,runtime_select/* selectRuntime */.lf)(config.runtime, { hostEnv: await (0,host_ca/* withHostCaCerts */.S)(process.env) });
        io.stdout.write(`${(0,runtime_select/* describeRuntime */.mK)(selected)}\n`);
        io.stdout.write(`bench: ${config.attempts} trials x concurrency ${levels.join(', ')} (null agent, tiny pytest task)\n`);
        let interrupted = false;
        const report = await (0,run.withCancelSignal)(io, (signal) => {
            signal.addEventListener('abort', () => (interrupted = true));
            return runBench({
                trials: config.attempts,
                concurrency: levels,
                runtime: selected.runtime,
                signal,
                log: (line) => io.stdout.write(`${line}\n`)
            });
        });
        io.stdout.write(`\n${renderBenchTable(report)}`);
        await (0,promises_.mkdir)(external_node_path_.dirname(out), { recursive: true });
        await (0,promises_.writeFile)(out, `${JSON.stringify(report, null, 2)}\n`);
        io.stdout.write(`wrote ${(0,run.displayPath)(out)}\n`);
        return interrupted ? 130 : 0;
    }
};
/** `opsbench bench --docker`: src/bench/docker-bench.ts, through the same cancel signal and output as the local bench. */
async function dockerBench(io, trials, out) {
    const config = (0,flags/* withFieldNames */.Fw)(() => '--trials', () => (0,run_config/* parseRunConfig */.tn)({ attempts: trials, runtime: 'docker' }));
    await (0,runtime_select/* selectRuntime */.lf)('docker', { hostEnv: process.env });
    const hostEnv = await (0,host_ca/* withHostCaCerts */.S)(process.env);
    io.stdout.write(`bench --docker: ${config.attempts} warm environment cycles and one cold one (two-service task)\n`);
    let interrupted = false;
    let report;
    try {
        report = await (0,run.withCancelSignal)(io, (signal) => {
            signal.addEventListener('abort', () => (interrupted = true));
            return runDockerBench({ trials: config.attempts, runtime: { hostEnv }, signal, log: (line) => io.stdout.write(`${line}\n`) });
        });
    }
    catch (error) {
        if (!interrupted)
            throw error;
        io.stderr.write('opsbench bench --docker: interrupted; nothing written\n');
        return 130;
    }
    io.stdout.write(`\n${renderDockerBench(report)}`);
    await (0,promises_.mkdir)(external_node_path_.dirname(out), { recursive: true });
    await (0,promises_.writeFile)(out, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(`wrote ${(0,run.displayPath)(out)}\n`);
    return 0;
}
/** `opsbench bench --gate`: src/bench/gate-bench.ts. */
async function gateBench(io, trials, out) {
    const config = (0,flags/* withFieldNames */.Fw)(() => '--trials', () => (0,run_config/* parseRunConfig */.tn)({ attempts: trials }));
    const cli = { node: process.execPath, execArgv: process.execArgv, entry: external_node_path_.resolve(process.argv[1]) };
    const report = await runGateBench({ comparisons: config.attempts, cli, log: (line) => io.stdout.write(`${line}\n`) });
    io.stdout.write(`\n${renderGateBench(report)}`);
    await (0,promises_.mkdir)(external_node_path_.dirname(out), { recursive: true });
    await (0,promises_.writeFile)(out, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(`wrote ${(0,run.displayPath)(out)}\n`);
    return 0;
}
/** `opsbench bench --scale`: src/bench/scale-bench.ts; the children are this same CLI, started as this one was. */
async function scaleBench(io, repeats, out) {
    const config = (0,flags/* withFieldNames */.Fw)(() => '--trials', () => (0,run_config/* parseRunConfig */.tn)({ attempts: repeats }));
    const cli = { node: process.execPath, execArgv: process.execArgv, entry: external_node_path_.resolve(process.argv[1]) };
    io.stdout.write(`bench --scale: report, plan and logs server at size, median of ${config.attempts} runs each\n`);
    const report = await runScaleBench({ cli, repeats: config.attempts, log: (line) => io.stdout.write(`${line}\n`) });
    io.stdout.write(`\n${renderScaleBench(report)}`);
    await (0,promises_.mkdir)(external_node_path_.dirname(out), { recursive: true });
    await (0,promises_.writeFile)(out, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(`wrote ${(0,run.displayPath)(out)}\n`);
    return 0;
}
const BARE_TASKS = ['tasks/observability/obs-py-webhook-retry-after', 'tasks/integration/int-redis-signup-worker'];
/** `opsbench bench --bare`: src/bench/bare-bench.ts. */
async function bareBench(io, trials, tasks, out) {
    const config = (0,flags/* withFieldNames */.Fw)(() => '--trials', () => (0,run_config/* parseRunConfig */.tn)({ attempts: trials, runtime: 'docker' }));
    await (0,runtime_select/* selectRuntime */.lf)('docker', { hostEnv: process.env });
    const hostEnv = await (0,host_ca/* withHostCaCerts */.S)(process.env);
    const dirs = tasks ? tasks.split(',').map((t) => t.trim()).filter(Boolean) : BARE_TASKS;
    io.stdout.write(`bench --bare: ${config.attempts} oracle trials and bare runs per task, interleaved: ${dirs.join(', ')}\n`);
    let interrupted = false;
    const report = await (0,run.withCancelSignal)(io, (signal) => {
        signal.addEventListener('abort', () => (interrupted = true));
        return runBareBench({ tasks: dirs, trials: config.attempts, hostEnv, signal, log: (line) => io.stdout.write(`${line}\n`) });
    });
    io.stdout.write(`\n${renderBareBench(report)}`);
    await (0,promises_.mkdir)(external_node_path_.dirname(out), { recursive: true });
    await (0,promises_.writeFile)(out, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(`wrote ${(0,run.displayPath)(out)}\n`);
    return interrupted ? 130 : 0;
}


/***/ }),

/***/ 6623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ which),
/* harmony export */   q: () => (/* binding */ missingToolchain)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _frameworks_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2850);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6479);




/** Finds an executable on `pathEnv` the way a shell would; null when there is none. */
async function which(name, pathEnv) {
    for (const dir of pathEnv.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (dir === '')
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(candidate, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return null;
}
const probed = new Map();
/**
 * The tools the framework needs that this host lacks (empty when it can run the suite): its toolchain's
 * `host` executables, then its `hostChecks` (pytest: importing it with the python3 found on PATH). Memoized per framework
 * and PATH: a run checks every task, and starting python through a version manager's shim is slow.
 */
function missingToolchain(framework, env) {
    const key = `${framework}\0${env.PATH ?? ''}`;
    let result = probed.get(key);
    if (!result) {
        result = probe(framework, env);
        probed.set(key, result);
    }
    return result;
}
async function probe(framework, env) {
    const pathEnv = env.PATH ?? '';
    const missing = [];
    const toolchain = _frameworks_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .frameworks */ .Ij[framework].toolchain;
    for (const tool of toolchain.host) {
        if ((await which(tool, pathEnv)) === null)
            missing.push(tool);
    }
    if (missing.length > 0)
        return missing;
    for (const check of toolchain.hostChecks ?? []) {
        const result = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)(check.command, { cwd: '/', env, timeoutSec: 30 });
        if (result.exitCode !== 0)
            missing.push(check.name);
    }
    return missing;
}


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
