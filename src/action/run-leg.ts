import path from 'node:path';
import * as github from '@actions/github';
import { UserInputError } from '../core/errors.js';
import { resultsFile } from '../core/trial-paths.js';
import { parseModelSpec } from '../agent/model/provider.js';
import { summarize } from '../report/summarize.js';
import { describeRuntime } from '../runtime/select.js';
import type { Task } from '../task/task.js';
import { withCancelOnSignals } from '../trial/cancel.js';
import { legId, type PlanLeg } from '../trial/plan.js';
import { parseRunConfig } from '../trial/run-config.js';
import { runPipeline } from '../trial/run-pipeline.js';
import type { CommandContext } from './commands.js';
import { ARTIFACT_PREFIX, artifactName, artifactStore } from './artifacts.js';
import { actionRuntimeLoaders } from './image-cache.js';
import { Inputs, Outputs, State, type ActionConfig } from './inputs.js';
import { legIdentity } from './leg-identity.js';
import { writeLegRecord } from './leg-record.js';
import { parsePlanInput } from './plan-step.js';

/** One matrix leg: the same engine calls as `opsbench run`, with Actions log groups, state and artifacts. */
export async function runLeg({ io, state, config, workdir }: CommandContext, outDir: string): Promise<void> {
  const identity = legIdentity(config);
  const plan = parsePlanInput(config.plan);
  const planned = plan ? findLeg(plan.legs, identity, config.shard) : null;
  const runAttempt = Number(io.env.GITHUB_RUN_ATTEMPT) || 1;
  const legName = planned?.id ?? legId(identity.agent, identity.model, config.shard || 'all');
  const upload = async () => {
    const store = artifactStore(io.env);
    if (!store) return io.info(`opsbench run: results in ${outDir} (not in an Actions job: no artifact upload)`);
    const name = artifactName(ARTIFACT_PREFIX, legName, io.env.GITHUB_RUN_ATTEMPT);
    await io.group(`Upload ${name}`, () => store.upload(name, outDir));
  };
  const withheld = missingSecret(config, io.env);
  if (withheld) {
    if (!secretsWithheld(io.env)) {
      throw new Error(`input "${Inputs.Models}": ${withheld.model} needs ${withheld.keyVar} and none reached this step; add env: { ${withheld.keyVar}: \${{ secrets.${withheld.keyVar} }} } to the step`);
    }
    // A fork's pull_request run gets no secrets: skip visibly instead of failing every leg and then the report.
    const reason = `no ${withheld.keyVar}: secrets are withheld from pull requests from forks (see README "Forks")`;
    io.notice(`opsbench run: leg ${legName} skipped: ${reason}`);
    await writeLegRecord(outDir, { leg: legName, run_attempt: runAttempt, status: 'skipped', reason });
    await upload();
    return;
  }
  const run = parseRunConfig({
    tasks: path.resolve(workdir, config.tasks),
    agent: config.agent,
    model: config.agent === 'model' ? config.models[0] : undefined,
    agentCommand: config['agent-command'],
    attempts: plan?.attempts ?? config.attempts,
    concurrency: config.concurrency,
    shard: config.shard,
    out: outDir
  });
  let result;
  try {
    result = await withCancelOnSignals(
      (signal) =>
        runPipeline({
          config: run,
          // The factory reads provider keys from the environment; the agents hand none of it to the workspace.
          hostEnv: io.env,
          cwd: workdir,
          agent: { model: run.agent === 'command' ? (identity.model ?? undefined) : run.model },
          loaders: actionRuntimeLoaders(config['image-cache'], io.env, (line) => io.info(line)),
          selectTasks: planned ? (loaded) => tasksOfLeg(loaded, planned) : undefined,
          onProblems: (problems) => {
            throw new Error(`invalid tasks (opsbench validate lists the same):\n${problems.join('\n')}`);
          },
          onStart: ({ runId, selected }) => {
            io.info(describeRuntime(selected));
            // Saved before anything starts, so the post step can remove what a cancelled job leaves behind.
            state.set(State.RunId, runId);
          },
          around: ({ tasks, agent }, schedule) =>
            io.group(`OpsBench: ${tasks.length} task(s) x ${run.attempts} attempt(s), agent ${agent.model ?? agent.name}`, schedule),
          log: (line) => io.info(line),
          signal
        }),
      // A cancelled workflow sends SIGINT, then SIGTERM: tear down the trials in flight and keep what finished.
      { onSignal: (name) => io.warning(`opsbench run: ${name}: cancelling; tearing down the trials in flight, finished trials are kept`) }
    );
  } catch (error) {
    // The Action has no unsafe-local input: on a runner without Docker the answer is another runner.
    if (UserInputError.isUserInput(error) && error.fields.includes('unsafeLocal')) {
      throw new Error(
        `input "agent": the ${run.agent} agent runs untrusted code and needs Docker on the runner; use a runner with Docker (GitHub-hosted Ubuntu runners have it)`,
        { cause: error }
      );
    }
    throw error;
  }
  // A leg with no tasks (a shard past the end of a small set) still reports and uploads, like any other.
  const results = result.kind === 'ran' ? result.outcome.results : [];
  const summary = summarize(results).runs[0];
  io.setOutput(Outputs.PassAt1, (summary?.pass_at_1 ?? 0).toFixed(4));
  io.setOutput(Outputs.ReportPath, result.kind === 'ran' ? result.outcome.resultsFile : resultsFile(outDir));
  io.setOutput(Outputs.Regressions, '0');

  await writeLegRecord(outDir, { leg: legName, run_attempt: runAttempt, status: 'ran' });
  await upload();
  if (result.kind === 'ran' && result.outcome.cancelled) throw new Error('the run was cancelled; finished trials are kept in results.jsonl');
}

function findLeg(legs: PlanLeg[], identity: { agent: string; model: string | null }, shard: string): PlanLeg {
  const leg = legs.find((l) => l.agent === identity.agent && l.model === identity.model && (!shard || l.shard === shard));
  if (!leg) {
    throw new Error(
      `input "${Inputs.Plan}" has no leg for agent ${identity.agent}${identity.model ? `, ${identity.model}` : ''}${shard ? `, shard ${shard}` : ''}; pass the matrix entry's model and shard (models: \${{ matrix.model }}, shard: \${{ matrix.shard }}) and the same agent as the plan step`
    );
  }
  return leg;
}

/** The plan's tasks for this leg, in the plan's order; one the checkout lacks means plan and leg disagree. */
function tasksOfLeg(loaded: Task[], leg: PlanLeg): Task[] {
  const byId = new Map(loaded.map((t) => [t.id, t]));
  const absent = leg.tasks.filter((id) => !byId.has(id));
  if (absent.length) throw new Error(`input "${Inputs.Plan}": leg ${leg.id} owes tasks this checkout does not have (${absent.slice(0, 5).join(', ')}); plan and run must check out the same commit`);
  return leg.tasks.map((id) => byId.get(id)!);
}

/** The provider key the model agent needs and the environment lacks, if any. */
function missingSecret(config: ActionConfig, env: Record<string, string | undefined>): { model: string; keyVar: string } | null {
  const model = config.models[0];
  if (config.agent !== 'model' || !model) return null;
  let spec;
  try {
    spec = parseModelSpec(model);
  } catch (error) {
    throw new Error(`input "${Inputs.Models}": ${(error as Error).message.replace(/^model /, '')}`, { cause: error });
  }
  return spec.keyRequired && !env[spec.keyVar] ? { model, keyVar: spec.keyVar } : null;
}

/** Whether this run cannot have secrets: a pull request from a fork, or one opened by Dependabot. */
function secretsWithheld(env: Record<string, string | undefined>): boolean {
  const payload = github.context.payload as { pull_request?: { head?: { repo?: { full_name?: string; fork?: boolean } | null } }; repository?: { full_name?: string } };
  const head = payload.pull_request?.head?.repo;
  if (env.GITHUB_ACTOR === 'dependabot[bot]') return true;
  // head.repo is null when the fork was deleted; absent only in hand-made payloads, where nothing is known.
  return !!payload.pull_request && (head === null || head?.fork === true || (!!head?.full_name && !!payload.repository?.full_name && head.full_name !== payload.repository.full_name));
}
