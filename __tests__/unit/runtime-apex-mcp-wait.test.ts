import { awaitApexMcp, type ApexClient } from '../../src/runtime/docker/apex-stack.js';
import type { ExecOptions, ExecResult } from '../../src/runtime/environment.js';
import type { Task } from '../../src/task/task.js';

// APEX's MCP readiness (harness/multi_step_runner.py, _setup_git_and_mcp) against a recording client: the
// required list written to /config/mcp-required.txt, then the wait script polled until it exits 0. The
// Docker side runs in docker-apex-tasks.test.ts (apex-mcp-ready).
const task = (mcpRequired: string[]) => ({ apex: { mcpRequired } }) as unknown as Task;

function client(results: number[]) {
  const calls: Array<{ cmd: string | string[]; opts?: ExecOptions }> = [];
  const c: ApexClient = {
    exec: async (cmd, opts) => {
      calls.push({ cmd, opts });
      const isWait = Array.isArray(cmd) && cmd.join(' ').includes('wait-for-mcp-config.sh');
      const exitCode = isWait ? (results.shift() ?? 1) : 0;
      return { exitCode, stdout: isWait && exitCode !== 0 ? 'waiting for the MCP settings of: plane' : '', stderr: '', timedOut: false } as ExecResult;
    },
    copyIn: async () => {}
  };
  return { c, calls };
}

describe("APEX's MCP readiness wait", () => {
  it('writes the tokens, then polls the script until it succeeds', async () => {
    const { c, calls } = client([1, 1, 0]);
    await awaitApexMcp(c, task(['plane', 'zammad']), undefined, { polls: 5, intervalMs: 1 });
    expect(calls[0]!.cmd).toEqual(expect.arrayContaining(['/config/mcp-required.txt']));
    expect(calls[0]!.opts?.input).toBe('plane\nzammad\n');
    expect(calls.slice(1).map((x) => x.cmd)).toEqual(Array(3).fill(['sh', '-lc', 'sh /app/wait-for-mcp-config.sh']));
  });

  it('a stack without an MCP-backed service waits for nothing', async () => {
    const { c, calls } = client([]);
    await awaitApexMcp(c, task([]));
    expect(calls).toEqual([]);
  });

  it('a script that never succeeds is env_unhealthy, naming the requirements and its last output', async () => {
    const { c } = client([]);
    await expect(awaitApexMcp(c, task(['plane']), undefined, { polls: 3, intervalMs: 1 })).rejects.toMatchObject({
      errorClass: 'env_unhealthy',
      message: expect.stringMatching(/failed 3 times, required: plane\): waiting for the MCP settings of: plane$/)
    });
  });
});
