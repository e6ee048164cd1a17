import { AGENT_KINDS, resolveAgent } from '../../src/agent/registry.js';

describe('resolveAgent', () => {
  test('knows the oracle and the null agent by name and gives their result identity up front', async () => {
    const oracle = await resolveAgent('oracle');
    expect([oracle.name, oracle.model]).toEqual(['oracle', null]);
    const nul = await resolveAgent('null');
    expect([nul.name, nul.model]).toEqual(['null', null]);
  });

  test('hands out a fresh instance per trial', async () => {
    const spec = await resolveAgent('null');
    const a = await spec.create();
    const b = await spec.create();
    expect(a).not.toBe(b);
    expect(b.name).toBe('null');
  });

  test('an unknown name is refused with the names this build has', async () => {
    await expect(resolveAgent('gpt')).rejects.toThrow(
      `agent "gpt" is not available in this build; use one of ${AGENT_KINDS.join(', ')}`
    );
    await expect(resolveAgent('toString')).rejects.toThrow('is not available in this build');
  });
});

describe('AgentSpec.configHash', () => {
  const model = (over: Record<string, unknown> = {}) =>
    resolveAgent('model', { model: 'openai:gpt-5-mini', env: { OPENAI_API_KEY: 'sk-first-key-000000' }, ...over });
  const command = (over: Record<string, unknown> = {}) => resolveAgent('command', { agentCommand: './agent.sh', ...over });

  test('is a short hex fingerprint, equal for the same settings given in another order', async () => {
    const a = await model({ modelOptions: ['temperature=0.2', 'top_p=0.9'], maxTurns: 40 });
    const b = await model({ maxTurns: 40, modelOptions: ['top_p=0.9', 'temperature=0.2'] });
    expect(a.configHash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.configHash).toBe(a.configHash);
  });

  test('changes with the command line, the model options, the base URL and the limits', async () => {
    const hashes = [
      (await command()).configHash,
      (await command({ agentCommand: './agent.sh --fast' })).configHash,
      (await command({ maxTurns: 10 })).configHash,
      (await model()).configHash,
      (await model({ modelOptions: ['temperature=0.7'] })).configHash,
      (await model({ baseUrl: 'http://127.0.0.1:8000/v1' })).configHash,
      (await model({ maxTokens: 50_000 })).configHash,
      (await model({ maxCostUsd: 2 })).configHash,
      (await model({ model: 'openai:gpt-5' })).configHash
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  test('does not depend on the key: rotating a key keeps earlier results', async () => {
    const other = await model({ env: { OPENAI_API_KEY: 'sk-rotated-key-111111' } });
    expect(other.configHash).toBe((await model()).configHash);
    expect((await command({ env: { OPENAI_API_KEY: 'sk-a-000000' } })).configHash).toBe((await command({ env: { OPENAI_API_KEY: 'sk-b-000000' } })).configHash);
  });

  test('the oracle and null agents have fixed, distinct fingerprints', async () => {
    const oracle = await resolveAgent('oracle');
    expect(oracle.configHash).toBe((await resolveAgent('oracle', { agentCommand: 'ignored' })).configHash);
    expect(oracle.configHash).not.toBe((await resolveAgent('null')).configHash);
  });
});
