import { AgentConfigSchema, parseModelOptions } from '../../src/agent/model/config.js';
import { createModelAgent } from '../../src/agent/model/model-agent.js';
import { parseRunConfig } from '../../src/trial/run-config.js';
import { cliFlag, withFieldNames } from '../../src/cli/flags.js';

describe('parseModelOptions', () => {
  test('maps the usual --model-option keys and parses numbers', () => {
    expect(parseModelOptions(['temperature=0.2', 'reasoning_effort=high', 'thinking_budget=8000', 'max_output_tokens=4096', 'top_p=0.9'])).toEqual({
      temperature: 0.2,
      reasoning: 'high',
      thinkingBudget: 8000,
      maxOutputTokens: 4096,
      topP: 0.9
    });
  });

  test('passes <provider>.<option> through as provider options, JSON values included', () => {
    expect(parseModelOptions(['openai.serviceTier=flex', 'google.safetySettings=[]', 'openai.parallelToolCalls=false'])).toEqual({
      providerOptions: { openai: { serviceTier: 'flex', parallelToolCalls: false }, google: { safetySettings: [] } }
    });
  });

  test('names the pair and the fix for bad input', () => {
    expect(() => withFieldNames(cliFlag, () => parseModelOptions(['temperature']))).toThrow('--model-option "temperature": expected key=value');
    expect(() => withFieldNames(cliFlag, () => parseModelOptions(['temp=1']))).toThrow(/--model-option "temp=1": unknown key "temp"; use one of temperature, .*<provider>\.<option>=value/);
    expect(() => withFieldNames(cliFlag, () => parseModelOptions(['reasoning=extreme']))).toThrow(/--model-option reasoning: /);
    expect(() => withFieldNames(cliFlag, () => parseModelOptions(['temperature=hot']))).toThrow(/--model-option temperature: /);
  });
});

describe('AgentConfigSchema', () => {
  test('fills mini-swe-agent style defaults', () => {
    expect(AgentConfigSchema.parse({ model: 'openai:gpt-5.1-codex' })).toEqual({
      model: 'openai:gpt-5.1-codex',
      options: {},
      limits: { maxTurns: 100, maxTokens: 0, maxCostUsd: 0, maxConsecutiveFormatErrors: 3 },
      commandTimeoutSec: 180,
      toolOutputBytes: 10000,
      maxRetries: 8
    });
  });

  test('rejects a model without a provider and unknown keys', () => {
    expect(AgentConfigSchema.safeParse({ model: 'gpt-5' }).error?.issues[0]?.message).toBe('must look like provider:name, e.g. openai:gpt-5-mini');
    expect(AgentConfigSchema.safeParse({ model: 'openai:x', stepLimit: 3 }).success).toBe(false);
  });
});

describe('one agent configuration: the run configuration and the agents apply the same field rules, errors name the field', () => {
  const cli = (fn: () => unknown) => () => withFieldNames(cliFlag, fn);

  test('the model agent names the field its settings hold', () => {
    expect(cli(() => createModelAgent({ model: 'gpt-5' }, { keys: {} }))).toThrow('--model: must look like provider:name, e.g. openai:gpt-5-mini');
    expect(cli(() => createModelAgent({ model: 'openai:x', limits: { maxTurns: -1 } }, { keys: {} }))).toThrow(/^--max-turns: /);
    expect(cli(() => createModelAgent({ model: 'openai:x', baseUrl: 'ftp://host/v1' }, { keys: {} }))).toThrow('--base-url: must be an http(s) URL');
    // A setting no flag gives is named by its path.
    expect(cli(() => createModelAgent({ model: 'openai:x', commandTimeoutSec: 0 }, { keys: {} }))).toThrow(/^model agent config: commandTimeoutSec: /);
  });

  test('the same bad value fails the same way whether the run configuration or the agent reads it', () => {
    for (const [raw, settings] of [
      [{ agent: 'model', model: 'gpt-5' }, { model: 'gpt-5' }],
      [{ agent: 'model', model: 'openai:x', baseUrl: 'localhost:8000' }, { model: 'openai:x', baseUrl: 'localhost:8000' }]
    ] as const) {
      const fromRun = (() => {
        try {
          withFieldNames(cliFlag, () => parseRunConfig(raw));
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(fromRun).toBeDefined();
      expect(cli(() => createModelAgent(settings, { keys: {} }))).toThrow(fromRun!);
    }
  });
});
