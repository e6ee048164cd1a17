import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogle } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { UserInputError } from '../../core/errors.js';
import type { ModelOptions } from './config.js';

type ProviderOptions = Record<string, Record<string, unknown>>;

/** Provider families the agent speaks; `openai-compatible` covers vLLM, Ollama, OpenRouter, LiteLLM. */
export type ProviderFamily = 'openai' | 'anthropic' | 'google' | 'openai-compatible';

interface ProviderDef {
  family: ProviderFamily;
  /** The env var the key is read from (by the CLI/Action layer, handed in via `keys`). */
  keyVar: string;
  keyRequired: boolean;
  defaultBaseUrl?: string;
  /** OpenAI: which API. */
  api?: 'responses' | 'chat';
}

/** Default base URLs are spelled out so the SDKs never fall back to OPENAI_BASE_URL / ANTHROPIC_BASE_URL from the runner. */
const PROVIDERS: Record<string, ProviderDef> = {
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

export const PROVIDER_NAMES = Object.keys(PROVIDERS);

/** Every env var the agents take a key from, plus GitHub tokens: all of them are handed in (and masked). */
export const SECRET_VARS = [...new Set(Object.values(PROVIDERS).map((p) => p.keyVar)), 'GITHUB_TOKEN', 'GH_TOKEN'] as const;

/**
 * The provider keys (and GitHub tokens, for masking) out of an environment, for `deps.keys`. The CLI and
 * Action call it with their process.env; engine code never reads process.env itself.
 */
export function pickKeys(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const name of SECRET_VARS) {
    const value = env[name];
    if (value) keys[name] = value;
  }
  return keys;
}

export interface ModelSpec {
  /** As written: `openai-chat`, `ollama`... */
  provider: string;
  family: ProviderFamily;
  /** Everything after the first colon (Ollama ids such as `qwen2.5-coder:7b` keep theirs). */
  modelId: string;
  /** The env var holding this provider's key. */
  keyVar: string;
  /** Whether calls fail without the key (local OpenAI-compatible servers often take none). */
  keyRequired: boolean;
}

/** @throws UserInputError naming the known providers when `spec` is not `provider:model`. */
export function parseModelSpec(spec: string): ModelSpec {
  const colon = spec.indexOf(':');
  const provider = colon > 0 ? spec.slice(0, colon) : '';
  const modelId = colon > 0 ? spec.slice(colon + 1) : '';
  const def = PROVIDERS[provider];
  if (!def || modelId === '') {
    throw new UserInputError(`{model} "${spec}": use provider:model with provider one of ${PROVIDER_NAMES.join(', ')} (e.g. openai:gpt-5.1-codex)`);
  }
  return { provider, family: def.family, modelId, keyVar: def.keyVar, keyRequired: def.keyRequired };
}

export interface ResolvedModel {
  spec: ModelSpec;
  model: LanguageModel;
  /** Provider options for every call (reasoning budgets, stateless Responses API). */
  providerOptions: ProviderOptions;
}

/**
 * Builds the AI SDK model for `spec` with the key from `keys` (never from process.env).
 * @throws UserInputError when the key or a needed base URL is missing (says which variable or flag to set).
 */
export function resolveModel(
  specText: string,
  opts: { keys: Record<string, string>; baseUrl?: string; fetch?: typeof fetch; options?: ModelOptions }
): ResolvedModel {
  const spec = parseModelSpec(specText);
  const def = PROVIDERS[spec.provider] as ProviderDef;
  const apiKey = opts.keys[def.keyVar];
  if (def.keyRequired && !apiKey) {
    throw new UserInputError(`{model} ${specText}: no API key; set ${def.keyVar} in the environment (or the Action's secrets)`);
  }
  const baseURL = opts.baseUrl ?? def.defaultBaseUrl;
  if (!baseURL) {
    throw new UserInputError(`{model} ${specText}: set {baseUrl} (or OPSBENCH_BASE_URL) to the server's OpenAI-compatible /v1 URL`);
  }
  const common = { baseURL, ...(opts.fetch ? { fetch: opts.fetch } : {}) };
  let model: LanguageModel;
  switch (def.family) {
    case 'openai': {
      const p = createOpenAI({ ...common, apiKey: apiKey ?? '' });
      model = def.api === 'chat' ? p.chat(spec.modelId) : p.responses(spec.modelId);
      break;
    }
    case 'anthropic':
      model = createAnthropic({ ...common, apiKey: apiKey ?? '' })(spec.modelId);
      break;
    case 'google':
      model = createGoogle({ ...common, apiKey: apiKey ?? '' })(spec.modelId);
      break;
    case 'openai-compatible':
      model = createOpenAICompatible({ ...common, name: spec.provider, includeUsage: true, ...(apiKey ? { apiKey } : {}) }).chatModel(spec.modelId);
      break;
  }
  return { spec, model, providerOptions: providerOptionsFor(def, opts.options ?? {}) };
}

function providerOptionsFor(def: ProviderDef, options: ModelOptions): ProviderOptions {
  const out: ProviderOptions = {};
  // Stateless Responses API: the whole trajectory goes in each request, nothing is retained server-side,
  // and item references to stored responses never appear (what we send is exactly what we record).
  if (def.family === 'openai' && def.api === 'responses') out.openai = { store: false };
  if (options.thinkingBudget !== undefined) {
    if (def.family === 'anthropic') {
      out.anthropic = options.thinkingBudget > 0 ? { thinking: { type: 'enabled', budgetTokens: options.thinkingBudget } } : { thinking: { type: 'disabled' } };
    } else if (def.family === 'google') {
      out.google = { thinkingConfig: { thinkingBudget: options.thinkingBudget } };
    }
  }
  for (const [name, values] of Object.entries(options.providerOptions ?? {})) out[name] = { ...out[name], ...values };
  return out;
}
