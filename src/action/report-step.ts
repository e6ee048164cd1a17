import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildReport } from '../report/build-report.js';
import { countRegressions, hasRealRegression } from '../report/compare.js';
import { undeliveredLegs } from '../report/plan-check.js';
import { renderJunit } from '../report/render-junit.js';
import { commentMarker, fitMarkdown } from '../report/render-markdown.js';
import { renderers, writeRendered, type RenderInput } from '../report/renderers.js';
import type { Report } from '../report/report-schema.js';
import { artifactName, artifactStore, REPORT_ARTIFACT_PREFIX, ARTIFACT_PREFIX } from './artifacts.js';
import type { CommandContext } from './commands.js';
import { downloadPlan, gatherResults } from './gather-results.js';
import { Inputs, Outputs } from './inputs.js';
import { parsePlanInput } from './plan-step.js';
import { githubPort, publish, type Conclusion } from './publish.js';
import { reportTarget } from './report-target.js';
import { resolveBaseline, saveBaseline } from './baseline.js';

/** Where a leg writes and the report job reads, inside the working directory. */
export const outDirOf = (workdir: string) => path.join(workdir, '.opsbench', 'out');
/** report.json, report.md, junit.xml and the trajectory viewer (trajectories/): the report artifact. */
export const reportDirOf = (workdir: string) => path.join(workdir, '.opsbench', 'report');

const TRAJECTORIES_DIR = 'trajectories';

/** A job summary may hold 1 MiB; leave room for what other steps write. */
const SUMMARY_LIMIT = 900_000;

/**
 * The report job: gather each leg's newest complete attempt, hold it against the plan, compare with the
 * baseline, write the artifacts, outputs and summary, publish the comment and check, then gate.
 */
export async function reportStep(ctx: CommandContext): Promise<void> {
  const { io, config, workdir } = ctx;
  const root = path.join(workdir, '.opsbench');
  const gh = githubPort(config, io.env, ctx.github);
  const target = await reportTarget(ctx, gh);
  const store = artifactStore(io.env, target.from);
  const plan = parsePlanInput(config.plan) ?? (await downloadPlan(store, root));
  if (!plan) io.warning(`opsbench report: no plan (input "${Inputs.Plan}" empty, no plan artifact): a leg that never uploaded cannot be told apart; pass plan: \${{ needs.plan.outputs.plan }}`);
  const gathered = await gatherResults({ store, root, localOut: outDirOf(workdir), plan, io });
  if (gathered.inputs.length === 0 && !plan) {
    throw new Error(`no results to report: no ${ARTIFACT_PREFIX}* artifacts in ${target.from ? `workflow run ${target.from.runId}` : 'this workflow run'} and no ${outDirOf(workdir)}; the report job needs the run legs (needs: run) and their uploaded results`);
  }
  const baseline = await resolveBaseline(ctx, plan, gathered.inputs, target);
  const { report, results } = await buildReport({
    inputs: gathered.inputs,
    plan: plan ?? undefined,
    skippedLegs: gathered.skipped,
    minDelta: config['min-delta'],
    warn: (line) => io.warning(line),
    ...baseline
  });

  const dir = reportDirOf(workdir);
  await mkdir(dir, { recursive: true });
  const reportPath = path.join(dir, 'report.json');
  const junitPath = path.join(dir, 'junit.xml');
  const marker = commentMarker(config['comment-marker']);
  await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
  await writeFile(junitPath, renderJunit(results));
  const viewer = await writeTrajectories(dir, { report, results, inputs: gathered.inputs, warn: (line) => io.warning(line) });
  const full = fitMarkdown(report, Infinity, '', { marker, ...(viewer && { trajectories: { href: viewer } }) }).markdown;
  await writeFile(path.join(dir, 'report.md'), full);
  const inArtifact = viewer && { trajectories: { note: `${viewer} in the report artifact` } };
  await io.appendSummary(fitMarkdown(report, SUMMARY_LIMIT, 'Cut to fit the job summary: report.md in the report artifact has it all.', { marker, ...inArtifact }).markdown);

  const missing = undeliveredLegs(report.plan_check);
  const regressed = hasRealRegression(report);
  const failsOnMissing = missing.length > 0 && !config['allow-missing'];
  const conclusion: Conclusion = failsOnMissing || (regressed && config['fail-on-regression']) ? 'failure' : regressed ? 'neutral' : 'success';
  setOutputs(ctx, report, { reportPath, junitPath, conclusion });

  let artifactId: number | undefined;
  if (store) artifactId = await io.group('Upload the report', () => store.upload(artifactName(REPORT_ARTIFACT_PREFIX, '', io.env.GITHUB_RUN_ATTEMPT), dir));
  await publish({ io, config, workdir, report, conclusion, links: links(io.env, artifactId), github: gh, target });
  if (baseline.save) await saveBaseline(ctx, baseline.save, report, results);

  const reasons: string[] = [];
  if (failsOnMissing) {
    reasons.push(`${missing.length} planned leg(s) did not deliver every trial: ${missing.map((l) => `${l.id} (${l.status}, ${l.delivered}/${l.planned})`).join(', ')}; re-run the failed legs, or set allow-missing: true`);
  }
  if (regressed && config['fail-on-regression']) {
    const keys = report.comparison!.runs.filter((r) => r.regression).map((r) => `${r.key} (${(r.delta * 100).toFixed(1)} pp, p=${r.p_value.toFixed(3)})`);
    reasons.push(`statistically significant regression against the baseline: ${keys.join(', ')}`);
  }
  if (reasons.length) io.setFailed(`OpsBench: ${reasons.join('; ')}`);
}

/**
 * The trajectory viewer into the report artifact, beside report.md, when the legs' artifacts hold trial
 * folders: its index.html path relative to `dir`, or null when there is no trial to show.
 */
async function writeTrajectories(dir: string, input: RenderInput): Promise<string | null> {
  const rendered = await renderers.trajectories.render(input);
  // index.html alone: no trial folder among the inputs.
  if (typeof rendered === 'string' || Object.keys(rendered.files).length <= 1) return null;
  await writeRendered(path.join(dir, TRAJECTORIES_DIR), rendered);
  return `${TRAJECTORIES_DIR}/index.html`;
}

function setOutputs(ctx: CommandContext, report: Report, out: { reportPath: string; junitPath: string; conclusion: Conclusion }): void {
  const { io } = ctx;
  // A mean over models would be a score of no agent at all: with several, read `results`.
  io.setOutput(Outputs.PassAt1, report.runs.length === 1 ? report.runs[0]!.pass_at_1.toFixed(4) : '');
  io.setOutput(Outputs.Regressions, String(countRegressions(report)));
  io.setOutput(Outputs.ReportPath, out.reportPath);
  io.setOutput(Outputs.JunitPath, out.junitPath);
  io.setOutput(Outputs.Conclusion, out.conclusion);
  const results = Object.fromEntries(
    report.runs.map((r) => {
      const c = report.comparison?.runs.find((x) => x.key === r.key);
      return [
        r.key,
        {
          pass_at_1: r.pass_at_1,
          ci95: r.ci95,
          tasks: r.tasks,
          trials: r.trials,
          regressions: c ? c.regressed_tasks.filter((t) => c.regression || t.significant).length : 0,
          delta: c?.delta ?? null,
          p_value: c?.p_value ?? null,
          regression: c?.regression ?? false
        }
      ];
    })
  );
  io.setOutput(Outputs.Results, JSON.stringify(results));
}

function links(env: Record<string, string | undefined>, artifactId: number | undefined): { run?: string; artifact?: string } {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!repo || !runId) return {};
  const run = `${server}/${repo}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`;
  return { run, ...(artifactId !== undefined && { artifact: `${server}/${repo}/actions/runs/${runId}/artifacts/${artifactId}` }) };
}
