import { parseModelSpec, pickKeys, resolveModel } from '../../src/agent/model/provider.js';

describe('parseModelSpec', () => {
  test('splits at the first colon so Ollama tags survive', () => {
    expect(parseModelSpec('ollama:qwen2.5-coder:7b')).toEqual({ provider: 'ollama', family: 'openai-compatible', modelId: 'qwen2.5-coder:7b', keyVar: 'OPSBENCH_API_KEY', keyRequired: false });
    expect(parseModelSpec('openai:gpt-5.1-codex').keyVar).toBe('OPENAI_API_KEY');
    expect(parseModelSpec('google:gemini-2.5-pro').keyVar).toBe('GOOGLE_GENERATIVE_AI_API_KEY');
  });

  test('names the known providers when the spec is wrong', () => {
    expect(() => parseModelSpec('azure:gpt-4o')).toThrow(/model "azure:gpt-4o": use provider:model with provider one of openai, openai-chat, anthropic, google, openai-compatible/);
    expect(() => parseModelSpec('openai:')).toThrow(/use provider:model/);
  });
});

describe('resolveModel', () => {
  test('uses the Responses API for openai: and Chat Completions for openai-chat:, statelessly', () => {
    const r = resolveModel('openai:gpt-5.1-codex', { keys: { OPENAI_API_KEY: 'k' } });
    expect(r.providerOptions).toEqual({ openai: { store: false } });
    expect((r.model as { provider: string }).provider).toBe('openai.responses');
    expect((resolveModel('openai-chat:gpt-4.1', { keys: { OPENAI_API_KEY: 'k' } }).model as { provider: string }).provider).toBe('openai.chat');
  });

  test('maps a thinking budget to each provider and lets raw provider options win', () => {
    const a = resolveModel('anthropic:claude-sonnet-4-5', { keys: { ANTHROPIC_API_KEY: 'k' }, options: { thinkingBudget: 4000 } });
    expect(a.providerOptions).toEqual({ anthropic: { thinking: { type: 'enabled', budgetTokens: 4000 } } });
    const g = resolveModel('google:gemini-2.5-flash', { keys: { GOOGLE_GENERATIVE_AI_API_KEY: 'k' }, options: { thinkingBudget: 0, providerOptions: { google: { thinkingConfig: { thinkingBudget: 512 } } } } });
    expect(g.providerOptions).toEqual({ google: { thinkingConfig: { thinkingBudget: 512 } } });
  });

  test('a missing key names the variable to set, and never falls back to process.env', () => {
    const saved = process.env.ANTHROPIC_API_KEY;
    process.env.ANTHROPIC_API_KEY = 'from-process-env';
    try {
      expect(() => resolveModel('anthropic:claude-haiku-4-5', { keys: {} })).toThrow('model anthropic:claude-haiku-4-5: no API key; set ANTHROPIC_API_KEY in the environment (or the Action\'s secrets)');
    } finally {
      if (saved === undefined) delete process.env.ANTHROPIC_API_KEY;
      else process.env.ANTHROPIC_API_KEY = saved;
    }
  });

  test('openai-compatible needs a base URL but no key; aliases bring their own URL', () => {
    expect(() => resolveModel('openai-compatible:llama3', { keys: {} })).toThrow('model openai-compatible:llama3: set baseUrl (or OPSBENCH_BASE_URL) to the server\'s OpenAI-compatible /v1 URL');
    expect(resolveModel('openai-compatible:llama3', { keys: {}, baseUrl: 'http://127.0.0.1:8000/v1' }).spec.family).toBe('openai-compatible');
    expect(resolveModel('ollama:llama3', { keys: {} }).spec.modelId).toBe('llama3');
  });
});

describe('pickKeys', () => {
  test('takes the provider keys and GitHub tokens out of an environment and nothing else', () => {
    const env = { OPENAI_API_KEY: 'a', ANTHROPIC_API_KEY: '', GITHUB_TOKEN: 'g', PATH: '/bin', OPENROUTER_API_KEY: 'o', HOME: '/root' };
    expect(pickKeys(env)).toEqual({ OPENAI_API_KEY: 'a', GITHUB_TOKEN: 'g', OPENROUTER_API_KEY: 'o' });
  });
});
