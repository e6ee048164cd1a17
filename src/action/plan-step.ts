import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gatePower } from '../metrics/power.js';
import { resolveTasksArg } from '../task/dataset-ref.js';
import { loadTaskSet } from '../task/load.js';
import { runKey } from '../report/summarize.js';
import { planRun, RunPlanSchema, suiteHash, type RunPlan } from '../trial/plan.js';
import { recordedDurations } from './baseline.js';
import { artifactName, artifactStore, PLAN_ARTIFACT_PREFIX } from './artifacts.js';
import type { CommandContext } from './commands.js';
import { Inputs, Outputs } from './inputs.js';
import { plannedIdentities } from './leg-identity.js';

/** Where `plan` writes plan.json (uploaded as the plan artifact the report falls back to). */
export const planDirOf = (workdir: string) => path.join(workdir, '.opsbench', 'plan');

/**
 * The plan job: the legs, the tasks each owes and the attempts, as the `matrix` and `plan` outputs and an
 * artifact; warns before any money is spent when the suite is too small to ever fail the gate.
 */
export async function planStep({ io, config, workdir }: CommandContext): Promise<void> {
  const tasksDir = await resolveTasksArg(config.tasks, process.env, () => {});
  const { tasks, problems } = await loadTaskSet([path.resolve(workdir, tasksDir)], { cwd: workdir, env: process.env });
  if (problems.length > 0) throw new Error(`input "${Inputs.Tasks}": invalid tasks:\n${problems.join('\n')}`);
  const identities = plannedIdentities(config);
  if (config.agent !== 'model' && config.agent !== 'command' && config.models.length > 0) {
    io.info(`opsbench plan: the ${config.agent} agent has no model; input "${Inputs.Models}" is ignored`);
  }
  // Shards balanced on the durations the newest default-branch run recorded (baseline auto), else round robin.
  const first = identities[0];
  const durations = config.baseline === 'auto' && first ? await recordedDurations(workdir, suiteHash(tasks), runKey(first)) : new Map<string, number>();
  if (durations.size) io.info(`opsbench plan: shards balanced on the recorded durations of ${durations.size} task(s)`);
  const { plan, matrix, notes } = planRun({
    tasks,
    agent: config.agent,
    models: identities.map((i) => i.model ?? ''),
    shards: config.shards,
    attempts: config.attempts,
    durations
  });
  for (const note of notes) io.warning(`opsbench plan: ${note}`);
  const power = gatePower({ tasks: tasks.length, attempts: config.attempts, alpha: 0.05, minDelta: config['min-delta'] });
  if (power.minDetectableDrop === null || power.minDetectableDrop > 0.15) io.warning(`opsbench plan: ${power.text}`);
  else io.info(`opsbench plan: ${power.text}`);
  io.info(`opsbench plan: ${tasks.length} tasks x ${plan.attempts} attempt(s), ${plan.legs.length} legs, suite ${plan.suite_hash}`);

  const dir = planDirOf(workdir);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'plan.json'), JSON.stringify(plan) + '\n');
  const store = artifactStore(io.env);
  if (store) await store.upload(artifactName(PLAN_ARTIFACT_PREFIX, '', io.env.GITHUB_RUN_ATTEMPT), dir);
  io.setOutput(Outputs.Matrix, JSON.stringify(matrix));
  io.setOutput(Outputs.Plan, JSON.stringify(plan));
}

/** The `plan` input, parsed; a bad one names the input and where its value comes from. */
export function parsePlanInput(text: string): RunPlan | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`input "${Inputs.Plan}" is not JSON; pass the plan job's output as is: plan: \${{ needs.plan.outputs.plan }}`);
  }
  const parsed = RunPlanSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`input "${Inputs.Plan}": ${issue.path.join('.') || '(root)'}: ${issue.message}; pass the plan job's output as is: plan: \${{ needs.plan.outputs.plan }}`);
  }
  return parsed.data;
}
