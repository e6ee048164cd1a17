export const id = 910;
export const ids = [910];
export const modules = {

/***/ 9910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/agent/registry.js + 3 modules
var registry = __webpack_require__(9803);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/metrics/power.js
var metrics_power = __webpack_require__(5396);
// EXTERNAL MODULE: ./lib/task/dataset-ref.js + 1 modules
var dataset_ref = __webpack_require__(9325);
// EXTERNAL MODULE: ./lib/task/load.js + 7 modules
var load = __webpack_require__(9865);
// EXTERNAL MODULE: ./lib/trial/plan.js + 1 modules
var plan = __webpack_require__(6844);
;// CONCATENATED MODULE: ./lib/trial/plan-suite.js






/**
 * The plan both front ends write (the Action's `plan` output and artifact, the CLI's `plan --out`): the
 * suite's legs, the tasks each owes and the suite hash, and what the suite can detect at all. Problems name
 * fields as `{tasks}`, which each front end renders as its flag or input.
 */
async function planSuite(opts) {
    const dir = await (0,dataset_ref/* resolveTasksArg */.N)(opts.tasks, opts.env, opts.log ?? (() => { }));
    // Every task is loaded and validated, not only named: the suite hash needs each one's content hash anyway,
    // and an invalid task found here stops the plan before a matrix of runners starts only to fail on it.
    const { tasks, problems } = await (0,load/* loadTaskSet */.cP)([external_node_path_.resolve(opts.cwd, dir)], { cwd: opts.cwd, env: opts.env });
    // A `{word}` inside a problem is the task's text, not a field to rename.
    if (problems.length > 0)
        throw new errors/* UserInputError */.m2(`{tasks}: invalid tasks:\n${problems.join('\n').replace(/\{(\w+)\}/g, '{ $1 }')}`);
    const durations = opts.durations ? await opts.durations((0,plan/* suiteHash */.fC)(tasks)) : new Map();
    const planned = (0,plan/* planRun */.nY)({ tasks, agent: opts.agent, models: opts.models, shards: opts.shards, attempts: opts.attempts, durations });
    const power = (0,metrics_power/* gatePower */.l)({ tasks: tasks.length, attempts: opts.attempts, alpha: 0.05, minDelta: opts.minDelta });
    return { ...planned, taskCount: tasks.length, balancedOn: durations.size, power };
}
/** Whether the power statement is a warning before the money is spent: no drop, or only a large one, is caught. */
const underpowered = (power) => power.minDetectableDrop === null || power.minDetectableDrop > 0.15;

;// CONCATENATED MODULE: ./lib/cli/commands/plan.js






const usage = `Usage: opsbench plan [--tasks DIR] [--agent KIND] [--models a,b] [--shards N] [--attempts K]
                     [--min-delta 0.05] [--out plan.json] [--format matrix|plan]

Plans a sharded run as the Action's plan step does: one leg per model and shard (at most 256), the tasks each
leg owes, the attempts and the suite's hash. Prints the JSON for a workflow's strategy.matrix
({"include":[{"leg","model","shard":"I/N"}]}), or with --format plan the plan itself; --out FILE writes the
plan (the same JSON as the Action's plan output) for \`opsbench report --plan FILE\`, which lists every planned
trial that delivered no result as missing. The notes (shards capped) and the smallest drop the suite can
detect go to stderr, before any money is spent.

  --agent KIND   ${registry/* AGENT_KINDS */.yp.join(' | ')}; default model with --models, else oracle
  --models       comma-separated provider:model specs (the model agent), one configuration per model`;
const FORMATS = ['matrix', 'plan'];
const planCommand = {
    name: 'plan',
    usage,
    async run(args, io) {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                tasks: { type: 'string', default: 'tasks' },
                agent: { type: 'string' },
                models: { type: 'string', default: '' },
                shards: { type: 'string', default: '1' },
                attempts: { type: 'string', default: '1' },
                'min-delta': { type: 'string', default: '0.05' },
                out: { type: 'string' },
                format: { type: 'string', default: 'matrix' }
            }
        });
        const whole = (field, value) => {
            if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
                throw new errors/* UserInputError */.m2(`{${field}} must be a whole number >= 1 (got "${value}")`);
            return Number(value);
        };
        const shards = whole('shards', values.shards);
        const attempts = whole('attempts', values.attempts);
        const minDelta = Number(values['min-delta']);
        if (values['min-delta'].trim() === '' || !(minDelta >= 0 && minDelta <= 1))
            throw new errors/* UserInputError */.m2(`--min-delta must be a number between 0 and 1 (got "${values['min-delta']}")`);
        const format = values.format;
        if (!FORMATS.includes(format))
            throw new errors/* UserInputError */.m2(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
        const models = values.models.split(',').map((m) => m.trim()).filter(Boolean);
        const agent = values.agent ?? (models.length ? 'model' : 'oracle');
        if (!registry/* AGENT_KINDS */.yp.includes(agent))
            throw new errors/* UserInputError */.m2(`--agent must be one of ${registry/* AGENT_KINDS */.yp.join(', ')} (got "${agent}")`);
        if (agent === 'model' && models.length === 0)
            throw new errors/* UserInputError */.m2('--models must list at least one provider:model with --agent model');
        if (agent !== 'model' && models.length)
            io.stderr.write(`opsbench plan: the ${agent} agent has no model; --models is ignored\n`);
        const { plan, matrix, notes, taskCount, power } = await planSuite({
            tasks: values.tasks,
            cwd: process.cwd(),
            env: process.env,
            agent,
            models: agent === 'model' ? models : [],
            shards,
            attempts,
            minDelta,
            log: (line) => io.stderr.write(`${line}\n`)
        });
        for (const note of notes)
            io.stderr.write(`opsbench plan: ${note}\n`);
        io.stderr.write(`opsbench plan: ${underpowered(power) ? 'warning: ' : ''}${power.text}\n`);
        io.stderr.write(`opsbench plan: ${taskCount} tasks x ${plan.attempts} attempt(s), ${plan.legs.length} legs, suite ${plan.suite_hash}\n`);
        if (values.out) {
            const file = external_node_path_.resolve(values.out);
            try {
                await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
                await (0,promises_.writeFile)(file, JSON.stringify(plan) + '\n');
            }
            catch (error) {
                throw new errors/* UserInputError */.m2(`--out ${values.out}: cannot write the plan (${error.code ?? error.message})`);
            }
            io.stderr.write(`opsbench plan: wrote ${values.out}; check the results against it with opsbench report --plan ${values.out}\n`);
        }
        io.stdout.write(JSON.stringify(format === 'plan' ? plan : matrix) + '\n');
        return 0;
    }
};


/***/ }),

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


/***/ })

};
