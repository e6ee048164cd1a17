import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AgentContext } from '../../../src/agent/agent.js';
import { LocalRuntime } from '../../../src/runtime/local/runtime.js';
import type { Environment } from '../../../src/runtime/environment.js';
import { loadTask } from '../../../src/task/load.js';
import type { Task } from '../../../src/task/task.js';

export const AGENT_FIXTURES = path.resolve('__tests__/fixtures/agent');

export interface LocalTrial {
  task: Task;
  env: Environment;
  artifactsDir: string;
  lines: string[];
  /** An AgentContext over this trial; `signal` defaults to one that never fires. */
  ctx(signal?: AbortSignal): AgentContext;
  cleanup(): Promise<void>;
}

/**
 * A fixture task (under __tests__/fixtures/agent/) in a real LocalRuntime environment, up and ready,
 * with a fresh artifacts dir: what the trial would hand an agent.
 */
export async function startLocalTrial(fixture: string, opts: { hostEnv?: NodeJS.ProcessEnv } = {}): Promise<LocalTrial> {
  const task = await loadTask(path.join(AGENT_FIXTURES, fixture));
  const scratch = await mkdtemp(path.join(tmpdir(), 'opsbench-agent-test-'));
  const env = new LocalRuntime({ hostEnv: opts.hostEnv ?? process.env }).create(task, { trialId: `t-${fixture}`, runId: 'agent-test', scratchDir: scratch });
  await env.up();
  const artifactsDir = path.join(scratch, 'artifacts');
  const lines: string[] = [];
  return {
    task,
    env,
    artifactsDir,
    lines,
    ctx: (signal = new AbortController().signal) => ({ task, env, artifactsDir, signal, log: (l) => lines.push(l) }),
    cleanup: async () => {
      await env.down();
      await rm(scratch, { recursive: true, force: true });
    }
  };
}
