import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { seededRandom } from '../metrics/random.js';
import { RESULT_SCHEMA_VERSION, type TrialResult } from '../core/trial-result.js';

export interface SyntheticResultsOptions {
  /** Trial lines to produce (reruns included), spread over runs x tasks x attempts. */
  trials: number;
  /** Agent/model keys; default two models. */
  models?: string[];
  attempts?: number;
  /** Seeds the outcomes; the same seed gives the same lines, so a baseline differs only where the seed does. */
  seed?: number;
  /** Seeds which tasks are hard or easy; keep it equal between a run and its baseline so they pair. */
  taskSeed?: number;
}

const FAMILIES = ['observability', 'integration'] as const;
const LANGUAGES = ['python', 'go', 'typescript', 'cpp', 'java'];
const ERROR_CLASSES = ['build', 'timeout_infra', 'env_unhealthy', 'provider'] as const;

/**
 * Results lines shaped like a real run's (several models, attempts, errors, skips, reruns, per-test
 * statuses), deterministic from the seeds: the input of the report benchmark and of the report's pinned
 * before/after fixture. Most tasks always pass or always fail, as on real task sets, so a run and a
 * baseline with another seed differ on the mixed tasks only.
 */
export function* syntheticResults(opts: SyntheticResultsOptions): Generator<TrialResult> {
  const models = opts.models ?? ['openai:gpt-a', 'anthropic:claude-b'];
  const attempts = opts.attempts ?? 3;
  const tasks = Math.max(1, Math.ceil(opts.trials / (models.length * attempts)));
  const outcome = seededRandom(opts.seed ?? 1);
  const taskRandom = seededRandom(opts.taskSeed ?? 7);
  const kind = Array.from({ length: tasks }, () => taskRandom());
  const start = Date.UTC(2026, 10, 21);
  let produced = 0;
  for (let t = 0; t < tasks && produced < opts.trials; t++) {
    const taskId = `task-${String(t).padStart(6, '0')}`;
    const family = FAMILIES[t % FAMILIES.length]!;
    for (const model of models) {
      for (let attempt = 1; attempt <= attempts && produced < opts.trials; attempt++) {
        const k = kind[t]!;
        const roll = outcome();
        const skipped = k > 0.98;
        const passProb = k < 0.4 ? 0.97 : k < 0.8 ? 0.03 : 0.5;
        const error = !skipped && roll > 0.97;
        const status = skipped || error ? 'error' : outcome() < passProb ? 'passed' : 'failed';
        const errorClass = skipped ? 'skipped' : error ? ERROR_CLASSES[Math.floor(roll * 1000) % ERROR_CLASSES.length]! : null;
        const testCount = 1 + (t % 4);
        const passedTests = status === 'passed' ? testCount : Math.floor(outcome() * testCount);
        const finished = start + produced * 1000;
        produced++;
        yield {
          schema: RESULT_SCHEMA_VERSION,
          run_id: `run-${opts.seed ?? 1}`,
          task_id: taskId,
          family,
          language: family === 'integration' ? null : LANGUAGES[t % LANGUAGES.length]!,
          services: family === 'integration' ? ['workspace', 'postgres', 'grader'] : ['workspace'],
          agent: 'model',
          model,
          attempt,
          status,
          error_class: errorClass,
          error_message: skipped ? 'needs Docker' : error ? `${errorClass} failed <at> "step" & retried` : null,
          stop_reason: skipped ? null : 'submitted',
          fail_to_pass: { passed: Math.min(1, passedTests), total: 1 },
          pass_to_pass: { passed: Math.max(0, passedTests - 1), total: testCount - 1 },
          correctness: passedTests / testCount,
          tests: Array.from({ length: testCount }, (_, i) => ({ id: `tests/test_${taskId}.py::test_${i}`, status: i < passedTests ? 'passed' : 'failed' })),
          durations_ms: { env: 800 + (t % 7) * 10, agent: 20000 + attempt * 333, grade: 1500, teardown: 300 },
          episodes: 5 + (t % 9),
          tokens: { input: 10000 + t, output: 900 + attempt, cache_read: 5000, cache_write: 100 },
          cost_usd: 0.0125 * attempt,
          started_at: new Date(finished - 30000).toISOString(),
          finished_at: new Date(finished).toISOString(),
          harness_version: '0.1.0',
          task_hash: `hash-${t}`
        };
      }
    }
  }
}

/** Writes syntheticResults as a results.jsonl (creating its directory), streaming so 100k lines need no buffer. */
export async function writeSyntheticResults(file: string, opts: SyntheticResultsOptions): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  for (const result of syntheticResults(opts)) {
    if (!out.write(`${JSON.stringify(result)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
