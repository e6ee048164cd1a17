import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applySolution } from '../grade/solution.js';
import { OpsBenchError } from '../core/errors.js';
import { ORACLE_LOG_FILE } from '../core/trial-paths.js';
import { ZERO_USAGE, type Agent, type AgentContext, type AgentOutcome } from './agent.js';

/**
 * The reference agent: applies the task's golden.patch (or runs solution.sh) and submits. A task whose
 * oracle does not pass is broken (`opsbench check-tasks` runs it); a solution that does not apply is
 * reported as an `internal` error, never as the agent failing.
 */
export function createOracleAgent(): Agent {
  return {
    name: 'oracle',
    model: null,
    async run(ctx: AgentContext): Promise<AgentOutcome> {
      const outcome: AgentOutcome = { stopReason: 'submitted', episodes: 1, tokens: { ...ZERO_USAGE }, costUsd: 0 };
      let line: string;
      try {
        line = await applySolution(ctx.env, ctx.task, { signal: ctx.signal });
      } catch (error) {
        ctx.signal.throwIfAborted();
        // A dead environment is the harness's problem, for the trial to retry; a bad solution is the task's.
        if (OpsBenchError.isInstance(error) && error.retryable) throw error;
        const message = OpsBenchError.isInstance(error) ? error.message : `oracle: ${String(error)}`;
        line = `oracle failed: ${message}`;
        outcome.error = { errorClass: 'internal', message };
      }
      ctx.log(line);
      await mkdir(ctx.artifactsDir, { recursive: true });
      await writeFile(path.join(ctx.artifactsDir, ORACLE_LOG_FILE), `${line}\n`);
      return outcome;
    }
  };
}
