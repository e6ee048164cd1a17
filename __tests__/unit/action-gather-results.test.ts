import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { artifactName, ARTIFACT_PREFIX, type ArtifactStore } from '../../src/action/artifacts.js';
import { gatherResults } from '../../src/action/gather-results.js';
import { parseActionConfig } from '../../src/action/inputs.js';
import { legIdentity } from '../../src/action/leg-identity.js';
import { writeLegRecord } from '../../src/action/leg-record.js';
import { planRun } from '../../src/trial/plan.js';
import { DEFAULT_INPUTS, MemoryActionIO } from '../helpers/memory-action-io.js';
import { attempts } from '../helpers/trial-results.js';

const jsonl = (rs: object[]) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';
const { plan } = planRun({ tasks: ['a', 'b'].map((id) => ({ id, hash: id })), agent: 'model', models: ['openai:gpt-test'], shards: 1, attempts: 2 });
const leg = plan.legs[0]!;

/** Artifacts already on disk, as the real store leaves them after downloading. */
function storeOf(list: { name: string; dir: string }[]): ArtifactStore {
  return { upload: async () => 1, downloadAll: async () => list.map((a, i) => ({ ...a, id: i + 1 })) };
}

async function upload(root: string, attempt: number, tasks: string[]) {
  const dir = path.join(root, `a${attempt}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'results.jsonl'), jsonl(tasks.flatMap((t) => attempts(t, 2, 2))));
  await writeLegRecord(dir, { leg: leg.id, run_attempt: attempt, status: 'ran' });
  return { name: artifactName(ARTIFACT_PREFIX, leg.id, String(attempt)), dir };
}

describe('gatherResults', () => {
  test("takes each leg's newest complete attempt: a newer re-run that died early does not hide a complete one", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-gather-'));
    const complete = await upload(root, 1, ['a', 'b']);
    const partial = await upload(root, 2, ['a']);
    const io = new MemoryActionIO({});
    const got = await gatherResults({ store: storeOf([complete, partial]), root, localOut: path.join(root, 'none'), plan, io });
    expect(got.inputs).toEqual([complete.dir]);
    expect(io.lines.join('\n')).toContain('run attempt 1 is complete, newer attempt 2 is not');
    const newest = await upload(root, 3, ['a', 'b']);
    expect((await gatherResults({ store: storeOf([complete, partial, newest]), root, localOut: path.join(root, 'none'), plan, io })).inputs).toEqual([newest.dir]);
  });
});

describe('leg identity', () => {
  test('two command agents are two keys and two artifact names, by agent-name or the program of agent-command', () => {
    const config = (over: Record<string, string>) => {
      const inputs: Record<string, string> = { ...DEFAULT_INPUTS, command: 'run', agent: 'command', ...over };
      return parseActionConfig((name) => inputs[name] ?? '');
    };
    const a = legIdentity(config({ 'agent-command': './bin/agent-a run --fast' }));
    const b = legIdentity(config({ 'agent-command': 'npx agent-b', 'agent-name': 'agent-b-v2' }));
    expect(a).toEqual({ agent: 'command', model: 'agent-a' });
    expect(b).toEqual({ agent: 'command', model: 'agent-b-v2' });
    expect(artifactName(ARTIFACT_PREFIX, 'command-agent-a-all', '1')).not.toBe(artifactName(ARTIFACT_PREFIX, 'command-agent-b-v2-all', '1'));
    expect(artifactName(ARTIFACT_PREFIX, 'x', '1')).not.toBe(artifactName(ARTIFACT_PREFIX, 'x', '2'));
  });
});
