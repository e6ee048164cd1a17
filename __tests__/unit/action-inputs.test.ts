import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Inputs, Outputs, parseActionConfig } from '../../src/action/inputs.js';
import { DEFAULT_INPUTS } from '../helpers/memory-action-io.js';

const parseWith = (over: Record<string, string>) => parseActionConfig((name) => ({ ...DEFAULT_INPUTS, ...over })[name] ?? '');

describe('action inputs', () => {
  test('action.yml declares exactly the inputs and outputs the code reads, each with a description', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { description: string }>;
      runs: Record<string, string>;
    };
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, input.description.length > 10]).toEqual([name, true]);
      expect([name, input.default !== undefined]).toEqual([name, true]);
    }
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js', 'post-if': 'always()' });
  });

  test('the defaults parse into typed values', () => {
    const cfg = parseWith({});
    expect(cfg).toMatchObject({ command: 'run', attempts: 1, concurrency: 2, 'fail-on-regression': true, 'min-delta': 0.05, models: [] });
  });

  test('a list of models splits on commas and newlines', () => {
    expect(parseWith({ models: 'openai:a, anthropic:b\ngoogle:c' }).models).toEqual(['openai:a', 'anthropic:b', 'google:c']);
  });

  test.each([
    [{ command: 'deploy' }, 'input "command" must be one of plan, run, report (got "deploy")'],
    [{ attempts: 'three' }, 'input "attempts" must be a whole number'],
    [{ concurrency: '0' }, 'input "concurrency" must be at least 1'],
    [{ 'fail-on-regression': 'yes' }, 'input "fail-on-regression" must be true or false'],
    [{ 'min-delta': '5%' }, 'input "min-delta" must be a number between 0 and 1'],
    [{ shard: '5/4' }, 'input "shard" must have 1 <= I <= N (got 5/4)'],
    [{ shard: 'two' }, 'input "shard" must look like I/N'],
    [{ agent: 'model', models: '' }, 'input "models" must list at least one provider:model'],
    [{ agent: 'gpt' }, 'input "agent": must be one of oracle, null, model, command (got "gpt")']
  ])('a bad input %j is named with what it accepts', (over, message) => {
    expect(() => parseWith(over)).toThrow(message);
  });

  test('several bad inputs are all reported at once', () => {
    expect(() => parseWith({ attempts: 'x', concurrency: 'y' })).toThrow(/attempts.*concurrency/);
  });
});
