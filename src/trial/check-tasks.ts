import type { AgentSpec } from '../agent/registry.js';
import type { TrialResult } from '../core/trial-result.js';
import type { Task } from '../task/task.js';
import { statusLabel } from './progress.js';
import { runSchedule, type ScheduleOptions } from './scheduler.js';
import { renderTable } from './text-table.js';

export type TaskVerdict = 'ok' | 'flaky' | 'invalid' | 'error' | 'skipped';

/** One task's check: the oracle must pass every repeat, the null agent must fail every repeat. */
export interface TaskCheck {
  taskId: string;
  verdict: TaskVerdict;
  oracle: { passed: number; runs: number };
  null: { failed: number; runs: number };
  /** Verdict changes between consecutive repeats, oracle and null summed. */
  flips: number;
  note: string;
}

export interface CheckTasksOptions
  extends Omit<ScheduleOptions, 'agents' | 'attempts' | 'resume' | 'tasks'> {
  tasks: Task[];
  oracle: AgentSpec;
  nullAgent: AgentSpec;
  /** Runs per agent and task. */
  repeat: number;
}

/**
 * Runs oracle and null `repeat` times on every task (both through the normal trial path, so a task that checks
 * out here grades the same way in `run`) and judges each task. Never resumes: a check is a fresh measurement.
 */
export async function checkTasks(opts: CheckTasksOptions): Promise<{ checks: TaskCheck[]; cancelled: boolean }> {
  const outcome = await runSchedule({
    ...opts,
    agents: [opts.oracle, opts.nullAgent],
    attempts: opts.repeat,
    resume: false
  });
  const checks = [...opts.tasks]
    .map((task) => task.id)
    .sort()
    .map((id) => {
      const mine = (agent: string) =>
        outcome.ran.filter((r) => r.task_id === id && r.agent === agent).sort((a, b) => a.attempt - b.attempt);
      return judgeTask(id, mine(opts.oracle.name), mine(opts.nullAgent.name));
    });
  return { checks, cancelled: outcome.cancelled };
}

/**
 * The verdict, first match wins: skipped (the runtime cannot run it), error (a trial could not be judged),
 * invalid (the oracle never passes, or the null agent always passes: the tests do not tell a fix from no fix),
 * flaky (a verdict changed between repeats), ok.
 */
export function judgeTask(taskId: string, oracle: TrialResult[], nul: TrialResult[]): TaskCheck {
  const all = [...oracle, ...nul];
  const base = {
    taskId,
    oracle: { passed: oracle.filter((r) => r.status === 'passed').length, runs: oracle.length },
    null: { failed: nul.filter((r) => r.status === 'failed').length, runs: nul.length },
    flips: flips(oracle) + flips(nul)
  };
  const skip = all.find((r) => statusLabel(r) === 'SKIP');
  if (all.length === 0) return { ...base, verdict: 'error', note: 'no trial finished (interrupted?)' };
  if (skip) return { ...base, verdict: 'skipped', note: skip.error_message ?? 'skipped' };
  const error = all.find((r) => r.status === 'error');
  if (error) {
    return { ...base, verdict: 'error', note: `${error.agent} #${error.attempt}: ${error.error_class}: ${error.error_message ?? ''}` };
  }
  if (base.oracle.passed === 0) return { ...base, verdict: 'invalid', note: 'the oracle (golden solution) fails' };
  if (base.null.failed === 0) return { ...base, verdict: 'invalid', note: 'the null agent passes: the tests do not detect the bug' };
  if (base.flips > 0) return { ...base, verdict: 'flaky', note: `verdict changed ${base.flips} time(s) across repeats` };
  return { ...base, verdict: 'ok', note: '' };
}

function flips(results: TrialResult[]): number {
  let count = 0;
  for (let i = 1; i < results.length; i++) if (results[i]!.status !== results[i - 1]!.status) count += 1;
  return count;
}

/** A fixed-width table, one row per task. */
export function renderCheckTable(checks: TaskCheck[]): string {
  const rows = [
    ['TASK', 'VERDICT', 'ORACLE', 'NULL', 'FLIPS', 'NOTE'],
    ...checks.map((c) => [
      c.taskId,
      c.verdict.toUpperCase(),
      `${c.oracle.passed}/${c.oracle.runs} pass`,
      `${c.null.failed}/${c.null.runs} fail`,
      String(c.flips),
      c.note.replace(/\s+/g, ' ').slice(0, 120)
    ])
  ];
  return renderTable(rows);
}
