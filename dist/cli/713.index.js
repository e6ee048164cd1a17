export const id = 713;
export const ids = [713];
export const modules = {

/***/ 9713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AgentConfigSchema: () => (/* binding */ AgentConfigSchema),
/* harmony export */   LimitsSchema: () => (/* binding */ LimitsSchema),
/* harmony export */   ModelOptionsSchema: () => (/* binding */ ModelOptionsSchema),
/* harmony export */   PriceSchema: () => (/* binding */ PriceSchema),
/* harmony export */   REASONING_LEVELS: () => (/* binding */ REASONING_LEVELS),
/* harmony export */   modelAgentField: () => (/* binding */ modelAgentField),
/* harmony export */   parseModelOptions: () => (/* binding */ parseModelOptions)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(737);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _agent_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(151);



/**
 * The model agent's own settings, built from the agent configuration (agent-options.ts, whose field rules
 * the fields a person gives reuse) plus what only code and tests set. Limits follow mini-swe-agent: checked
 * before every model call, and 0 disables a limit.
 */
const REASONING_LEVELS = ['provider-default', 'none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];
const ModelOptionsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    temperature: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(2).optional(),
    topP: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).optional(),
    maxOutputTokens: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    /** Reasoning effort, mapped by the AI SDK to each provider's own setting. */
    reasoning: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(REASONING_LEVELS).optional(),
    /** Explicit thinking budget in tokens (Anthropic extended thinking, Gemini thinkingBudget). */
    thinkingBudget: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    /** Raw provider options, merged over ours: `{ openai: { serviceTier: 'flex' } }`. */
    providerOptions: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())).optional()
});
/** USD per million tokens. `input` is the uncached input rate. */
const PriceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    input: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    output: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    cacheRead: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().default(0),
    cacheWrite: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().default(0)
});
const LimitsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    /** Model turns before the trial stops with `step_limit`. */
    maxTurns: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.maxTurns.default(100),
    /** Input + output tokens summed over turns before `token_limit`. */
    maxTokens: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.maxTokens.default(0),
    /** Cost from the price table before `cost_limit`. */
    maxCostUsd: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.maxCostUsd.default(0),
    /** Malformed replies in a row (no tool call, bad arguments, unknown tool) before the trial ends. */
    maxConsecutiveFormatErrors: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().default(3)
});
const AgentConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    /** `provider:model`, e.g. `openai:gpt-5.1-codex`, `anthropic:claude-sonnet-4-5`, `openai-compatible:qwen3-coder`. */
    model: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.model,
    /** Overrides the provider's API base URL (required for openai-compatible unless an alias has a default). */
    baseUrl: _agent_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_FIELD_RULES */ .nj.baseUrl.optional(),
    options: ModelOptionsSchema.default({}),
    limits: LimitsSchema.default({ maxTurns: 100, maxTokens: 0, maxCostUsd: 0, maxConsecutiveFormatErrors: 3 }),
    /** Default per-command timeout of the shell tool (the model may ask for less, or more up to 4x). */
    commandTimeoutSec: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().default(180),
    /** Budget of one tool result as the model sees it; the rest is cut from the middle with a note. */
    toolOutputBytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1000).default(10_000),
    /** Price override for models the table does not know (self-hosted, new releases). */
    price: PriceSchema.optional(),
    /** Provider retries on 408/409/429/5xx before giving up (the wall clock bounds them as well). */
    maxRetries: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().default(8)
});
const LIMIT_FIELDS = ['maxTurns', 'maxTokens', 'maxCostUsd'];
/** The agent configuration field a settings path holds (`limits.maxTurns` is `maxTurns`), for errors that name it. */
function modelAgentField(path) {
    const [head, sub] = path;
    if (head === 'model' || head === 'baseUrl')
        return head;
    if (head === 'options')
        return 'modelOptions';
    if (head === 'limits' && LIMIT_FIELDS.includes(sub))
        return sub;
    return undefined;
}
const OPTION_KEYS = {
    temperature: 'temperature',
    top_p: 'topP',
    topp: 'topP',
    max_output_tokens: 'maxOutputTokens',
    maxoutputtokens: 'maxOutputTokens',
    reasoning: 'reasoning',
    reasoning_effort: 'reasoning',
    effort: 'reasoning',
    thinking_budget: 'thinkingBudget',
    thinkingbudget: 'thinkingBudget'
};
/**
 * Parses `--model-option k=v` pairs: known keys (temperature, top_p, max_output_tokens, reasoning_effort,
 * thinking_budget) or `<provider>.<option>=<json or text>` for raw provider options.
 * @throws UserInputError naming the pair and the accepted keys when a pair is malformed.
 */
function parseModelOptions(pairs) {
    const raw = {};
    const providerOptions = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{modelOptions} "${pair}": expected key=value`);
        const key = pair.slice(0, eq).trim();
        const value = parseValue(pair.slice(eq + 1).trim());
        const dot = key.indexOf('.');
        if (dot > 0) {
            (providerOptions[key.slice(0, dot)] ??= {})[key.slice(dot + 1)] = value;
            continue;
        }
        const known = OPTION_KEYS[key.toLowerCase()];
        if (!known) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{modelOptions} "${pair}": unknown key "${key}"; use one of ${Object.keys(OPTION_KEYS).filter((k) => k.includes('_') || k === 'temperature' || k === 'reasoning').join(', ')} or <provider>.<option>=value`);
        }
        raw[known] = value;
    }
    if (Object.keys(providerOptions).length > 0)
        raw.providerOptions = providerOptions;
    const parsed = ModelOptionsSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{modelOptions} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
}
function parseValue(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}


/***/ })

};
