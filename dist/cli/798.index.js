export const id = 798;
export const ids = [798];
export const modules = {

/***/ 7798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROVIDER_NAMES: () => (/* binding */ PROVIDER_NAMES),
/* harmony export */   SECRET_VARS: () => (/* binding */ SECRET_VARS),
/* harmony export */   parseModelSpec: () => (/* binding */ parseModelSpec),
/* harmony export */   pickKeys: () => (/* binding */ pickKeys),
/* harmony export */   resolveModel: () => (/* binding */ resolveModel)
/* harmony export */ });
/* harmony import */ var _ai_sdk_anthropic__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6644);
/* harmony import */ var _ai_sdk_google__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(785);
/* harmony import */ var _ai_sdk_openai__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4678);
/* harmony import */ var _ai_sdk_openai_compatible__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7703);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);





/** Default base URLs are spelled out so the SDKs never fall back to OPENAI_BASE_URL / ANTHROPIC_BASE_URL from the runner. */
const PROVIDERS = {
    openai: { family: 'openai', keyVar: 'OPENAI_API_KEY', keyRequired: true, defaultBaseUrl: 'https://api.openai.com/v1', api: 'responses' },
    'openai-chat': { family: 'openai', keyVar: 'OPENAI_API_KEY', keyRequired: true, defaultBaseUrl: 'https://api.openai.com/v1', api: 'chat' },
    anthropic: { family: 'anthropic', keyVar: 'ANTHROPIC_API_KEY', keyRequired: true, defaultBaseUrl: 'https://api.anthropic.com/v1' },
    google: { family: 'google', keyVar: 'GOOGLE_GENERATIVE_AI_API_KEY', keyRequired: true, defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta' },
    'openai-compatible': { family: 'openai-compatible', keyVar: 'OPSBENCH_API_KEY', keyRequired: false },
    openrouter: { family: 'openai-compatible', keyVar: 'OPENROUTER_API_KEY', keyRequired: true, defaultBaseUrl: 'https://openrouter.ai/api/v1' },
    ollama: { family: 'openai-compatible', keyVar: 'OPSBENCH_API_KEY', keyRequired: false, defaultBaseUrl: 'http://127.0.0.1:11434/v1' },
    vllm: { family: 'openai-compatible', keyVar: 'OPSBENCH_API_KEY', keyRequired: false, defaultBaseUrl: 'http://127.0.0.1:8000/v1' },
    litellm: { family: 'openai-compatible', keyVar: 'OPSBENCH_API_KEY', keyRequired: false, defaultBaseUrl: 'http://127.0.0.1:4000/v1' }
};
const PROVIDER_NAMES = Object.keys(PROVIDERS);
/** Every env var the agents take a key from, plus GitHub tokens: all of them are handed in (and masked). */
const SECRET_VARS = [...new Set(Object.values(PROVIDERS).map((p) => p.keyVar)), 'GITHUB_TOKEN', 'GH_TOKEN'];
/**
 * The provider keys (and GitHub tokens, for masking) out of an environment, for `deps.keys`. The CLI and
 * Action call it with their process.env; engine code never reads process.env itself.
 */
function pickKeys(env) {
    const keys = {};
    for (const name of SECRET_VARS) {
        const value = env[name];
        if (value)
            keys[name] = value;
    }
    return keys;
}
/** @throws UserInputError naming the known providers when `spec` is not `provider:model`. */
function parseModelSpec(spec) {
    const colon = spec.indexOf(':');
    const provider = colon > 0 ? spec.slice(0, colon) : '';
    const modelId = colon > 0 ? spec.slice(colon + 1) : '';
    const def = PROVIDERS[provider];
    if (!def || modelId === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{model} "${spec}": use provider:model with provider one of ${PROVIDER_NAMES.join(', ')} (e.g. openai:gpt-5.1-codex)`);
    }
    return { provider, family: def.family, modelId, keyVar: def.keyVar, keyRequired: def.keyRequired };
}
/**
 * Builds the AI SDK model for `spec` with the key from `keys` (never from process.env).
 * @throws UserInputError when the key or a needed base URL is missing (says which variable or flag to set).
 */
function resolveModel(specText, opts) {
    const spec = parseModelSpec(specText);
    const def = PROVIDERS[spec.provider];
    const apiKey = opts.keys[def.keyVar];
    if (def.keyRequired && !apiKey) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{model} ${specText}: no API key; set ${def.keyVar} in the environment (or the Action's secrets)`);
    }
    const baseURL = opts.baseUrl ?? def.defaultBaseUrl;
    if (!baseURL) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(`{model} ${specText}: set {baseUrl} (or OPSBENCH_BASE_URL) to the server's OpenAI-compatible /v1 URL`);
    }
    const common = { baseURL, ...(opts.fetch ? { fetch: opts.fetch } : {}) };
    let model;
    switch (def.family) {
        case 'openai': {
            const p = (0,_ai_sdk_openai__WEBPACK_IMPORTED_MODULE_1__/* .createOpenAI */ .ry)({ ...common, apiKey: apiKey ?? '' });
            model = def.api === 'chat' ? p.chat(spec.modelId) : p.responses(spec.modelId);
            break;
        }
        case 'anthropic':
            model = (0,_ai_sdk_anthropic__WEBPACK_IMPORTED_MODULE_2__/* .createAnthropic */ .nM)({ ...common, apiKey: apiKey ?? '' })(spec.modelId);
            break;
        case 'google':
            model = (0,_ai_sdk_google__WEBPACK_IMPORTED_MODULE_3__/* .createGoogle */ ._j)({ ...common, apiKey: apiKey ?? '' })(spec.modelId);
            break;
        case 'openai-compatible':
            model = (0,_ai_sdk_openai_compatible__WEBPACK_IMPORTED_MODULE_4__/* .createOpenAICompatible */ .jr)({ ...common, name: spec.provider, includeUsage: true, ...(apiKey ? { apiKey } : {}) }).chatModel(spec.modelId);
            break;
    }
    return { spec, model, providerOptions: providerOptionsFor(def, opts.options ?? {}) };
}
function providerOptionsFor(def, options) {
    const out = {};
    // Stateless Responses API: the whole trajectory goes in each request, nothing is retained server-side,
    // and item references to stored responses never appear (what we send is exactly what we record).
    if (def.family === 'openai' && def.api === 'responses')
        out.openai = { store: false };
    if (options.thinkingBudget !== undefined) {
        if (def.family === 'anthropic') {
            out.anthropic = options.thinkingBudget > 0 ? { thinking: { type: 'enabled', budgetTokens: options.thinkingBudget } } : { thinking: { type: 'disabled' } };
        }
        else if (def.family === 'google') {
            out.google = { thinkingConfig: { thinkingBudget: options.thinkingBudget } };
        }
    }
    for (const [name, values] of Object.entries(options.providerOptions ?? {}))
        out[name] = { ...out[name], ...values };
    return out;
}


/***/ })

};
