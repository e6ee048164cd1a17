import path from 'node:path';
import type { TrialResult } from '../core/trial-result.js';
import { hashTaskDir } from '../task/hash.js';
import type { InvalidTask } from '../task/load.js';
import { kindOf } from '../task/task-paths.js';
import { errorResult } from './trial-result-builder.js';

/**
 * One `error`/`invalid` result per task that did not load, so the report lists it (as `invalid`, left out
 * of Pass@1 like a skip: the agent never met it) next to the tasks that ran. error_message holds the task's
 * own `path: field: problem` lines.
 */
export async function invalidResults(
  invalid: readonly InvalidTask[],
  run: { runId: string; agent: string; model: string | null; agentConfig: string }
): Promise<TrialResult[]> {
  return Promise.all(
    invalid.map(async (t) => {
      // A task that did not load has no family of record; APEX-SWE's observability dirs are the ones with test_metadata.json.
      const observability = (await kindOf(path.join(t.dir, 'test_metadata.json'))) === 'file';
      const task = {
        id: t.id,
        family: observability ? ('observability' as const) : ('integration' as const),
        language: null,
        services: [],
        hash: await hashTaskDir(t.dir).catch(() => ''),
        tests: { failToPass: [], passToPass: [] }
      };
      const id = { runId: run.runId, task, agent: { name: run.agent, model: run.model }, attempt: 1 };
      return { ...errorResult(id, 'invalid', t.problems.join('\n')), agent_config: run.agentConfig };
    })
  );
}
