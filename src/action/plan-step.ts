import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runKey } from '../report/summarize.js';
import { parseRunPlan, type RunPlan } from '../trial/plan.js';
import { planSuite, underpowered } from '../trial/plan-suite.js';
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
  const identities = plannedIdentities(config);
  if (config.agent !== 'model' && config.agent !== 'command' && config.models.length > 0) {
    io.info(`opsbench plan: the ${config.agent} agent has no model; input "${Inputs.Models}" is ignored`);
  }
  // Shards balanced on the durations the newest default-branch run recorded (baseline auto), else round robin.
  const first = identities[0];
  const { plan, matrix, notes, taskCount, balancedOn, power } = await planSuite({
    tasks: config.tasks,
    cwd: workdir,
    env: process.env,
    agent: config.agent,
    models: identities.map((i) => i.model ?? ''),
    shards: config.shards,
    attempts: config.attempts,
    minDelta: config['min-delta'],
    ...(config.baseline === 'auto' && first && { durations: (suite: string) => recordedDurations(workdir, suite, runKey(first)) })
  });
  if (balancedOn) io.info(`opsbench plan: shards balanced on the recorded durations of ${balancedOn} task(s)`);
  for (const note of notes) io.warning(`opsbench plan: ${note}`);
  if (underpowered(power)) io.warning(`opsbench plan: ${power.text}`);
  else io.info(`opsbench plan: ${power.text}`);
  io.info(`opsbench plan: ${taskCount} tasks x ${plan.attempts} attempt(s), ${plan.legs.length} legs, suite ${plan.suite_hash}`);

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
  return text ? parseRunPlan(text, `pass the plan job's output as is: plan: \${{ needs.plan.outputs.plan }}`) : null;
}
