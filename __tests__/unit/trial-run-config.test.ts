import { actionInput } from '../../src/action/inputs.js';
import { cliFlag, withFieldNames } from '../../src/cli/flags.js';
import type { UserInputError } from '../../src/core/errors.js';
import { parseRunConfig } from '../../src/trial/run-config.js';

/** What the CLI shows: the engine's field names as its flags. */
const parseCli = (raw: Record<string, unknown>) => withFieldNames(cliFlag, () => parseRunConfig(raw));

describe('parseRunConfig', () => {
  test('applies the CLI defaults when nothing is given', () => {
    expect(parseRunConfig({})).toEqual({
      tasks: 'tasks',
      agent: 'oracle',
      attempts: 1,
      concurrency: 2,
      runtime: 'auto',
      out: '.opsbench/out',
      verbose: false,
      unsafeLocal: false,
      modelOptions: [],
      passKeys: []
    });
  });

  test('model agent settings parse: base URL, repeated model options, budgets and opt-in keys', () => {
    const config = parseRunConfig({
      agent: 'model',
      model: 'openai-compatible:qwen3',
      baseUrl: 'http://127.0.0.1:8000/v1',
      modelOptions: ['temperature=0.2', 'reasoning_effort=high'],
      maxTurns: '40',
      maxCostUsd: '2.5',
      passKeys: ['ANTHROPIC_API_KEY']
    });
    expect(config).toMatchObject({ baseUrl: 'http://127.0.0.1:8000/v1', modelOptions: ['temperature=0.2', 'reasoning_effort=high'], maxTurns: 40, maxCostUsd: 2.5, passKeys: ['ANTHROPIC_API_KEY'] });
    expect(() => parseCli({ baseUrl: 'localhost:8000', maxTurns: 'lots', passKeys: ['my key'] })).toThrow(
      '--base-url: must be an http(s) URL, e.g. http://localhost:8000/v1; --pass-key: must be an environment variable name; --max-turns: must be a whole number'
    );
  });

  test('reads flag strings into typed values, the shard included', () => {
    const config = parseRunConfig({ agent: 'model', model: 'openai:gpt-5-mini', attempts: '3', concurrency: '4', runtime: 'local', shard: '2/4' });
    expect(config).toMatchObject({ agent: 'model', model: 'openai:gpt-5-mini', attempts: 3, concurrency: 4, runtime: 'local', shard: { index: 2, total: 4 } });
  });

  test('an empty value (an Action input left blank) means not given', () => {
    expect(parseRunConfig({ shard: '', model: '', attempts: '' })).toMatchObject({ attempts: 1 });
    expect(parseRunConfig({ shard: '' }).shard).toBeUndefined();
  });

  test('every bad value is named by its flag with what it accepts, in one error', () => {
    expect(() => parseCli({ attempts: 'three', runtime: 'kubernetes', shard: '5/4', agent: 'gpt' })).toThrow(
      '--agent: must be one of oracle, null, model, command (got "gpt"); --attempts: must be a whole number from 1 to 1000 (got "three"); --runtime: must be one of auto, docker, local (got "kubernetes"); --shard: must look like I/N with 1 <= I <= N, e.g. 2/4 (got "5/4")'
    );
  });

  test('the model agent needs --model, the command agent --agent-command', () => {
    expect(() => parseCli({ agent: 'model' })).toThrow('--model: is required with agent "model"');
    expect(() => parseCli({ agent: 'command' })).toThrow('--agent-command: is required with agent "command"');
    expect(() => parseCli({ agent: 'model', model: 'gpt-5' })).toThrow('--model: must look like provider:name');
    // What an agent requires is its registry entry's; the Action says the same problem as its input.
    expect(() => withFieldNames(actionInput, () => parseRunConfig({ agent: 'command', agentCommand: '' }))).toThrow(
      'input "agent-command": is required with agent "command" (the command line that runs your agent)'
    );
  });

  test('errors name fields; each front end names them its own way (flags on the CLI, inputs in the Action)', () => {
    const thrown = (() => {
      try {
        parseRunConfig({ concurrency: '0' });
      } catch (error) {
        return error as UserInputError;
      }
      throw new Error('parseRunConfig accepted concurrency 0');
    })();
    expect(thrown.fields).toEqual(['concurrency']);
    expect(thrown.describe(actionInput)).toBe('input "concurrency": must be a whole number from 1 to 256 (got "0")');
    expect(thrown.describe(cliFlag)).toBe('--concurrency: must be a whole number from 1 to 256 (got "0")');
  });

  test('--unsafe-local parses as a boolean and only goes with --runtime local', () => {
    expect(parseRunConfig({ agent: 'command', agentCommand: 'x', runtime: 'local', unsafeLocal: true })).toMatchObject({ unsafeLocal: true });
    expect(parseRunConfig({ runtime: 'local', unsafeLocal: 'false' })).toMatchObject({ unsafeLocal: false });
    expect(() => parseCli({ unsafeLocal: true })).toThrow('--unsafe-local: only goes with --runtime local');
    expect(() => parseCli({ runtime: 'docker', unsafeLocal: true })).toThrow('--unsafe-local: only goes with --runtime local');
  });
});
