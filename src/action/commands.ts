import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as github from '@actions/github';
import { buildReport } from '../report/build-report.js';
import { countRegressions, hasRealRegression } from '../report/compare.js';
import { renderJunit } from '../report/render-junit.js';
import { COMMENT_MARKER, renderMarkdown } from '../report/render-markdown.js';
import type { Report } from '../report/report-schema.js';
import { findTaskDirs } from '../task/load.js';
import { planMatrix } from '../trial/plan.js';
import type { ActionIO, StateStore } from './action-io.js';
import { ARTIFACT_PREFIX, artifactStore } from './artifacts.js';
import { octokitPort, type CheckAnnotation, type GitHubPort } from './github-port.js';
import { Outputs, type ActionConfig } from './inputs.js';
import { runLeg } from './run-leg.js';

export interface CommandContext {
  io: ActionIO;
  state: StateStore;
  config: ActionConfig;
  /** Absolute working directory; every input path is relative to it. */
  workdir: string;
  /** Injected in tests; defaults to Octokit with the github-token input. */
  github?: GitHubPort | null;
}

/** Where a leg writes and the report job reads, inside the working directory. */
export const outDirOf = (workdir: string) => path.join(workdir, '.opsbench', 'out');

async function plan({ io, config, workdir }: CommandContext): Promise<void> {
  const { dirs, problems } = await findTaskDirs([path.resolve(workdir, config.tasks)]);
  if (problems.length > 0) throw new Error(`invalid tasks:\n${problems.join('\n')}`);
  const matrix = planMatrix({ taskCount: dirs.length, models: config.models, shards: config.shards });
  io.info(`opsbench plan: ${dirs.length} tasks, ${matrix.include.length} legs`);
  io.setOutput(Outputs.Matrix, JSON.stringify(matrix));
}

async function report(ctx: CommandContext): Promise<void> {
  const { io, config, workdir } = ctx;
  const root = path.join(workdir, '.opsbench');
  const inputs: string[] = [];
  const store = artifactStore(io.env);
  if (store) inputs.push(...(await io.group('Download shard results', () => store.downloadAll(ARTIFACT_PREFIX, path.join(root, 'artifacts')))));
  if (existsSync(outDirOf(workdir))) inputs.push(outDirOf(workdir));
  if (inputs.length === 0) throw new Error(`no results to report: no ${ARTIFACT_PREFIX}* artifacts and no ${outDirOf(workdir)}; run the "run" command first`);

  const { report: merged, results } = await buildReport({
    inputs,
    baseline: config.baseline ? path.resolve(workdir, config.baseline) : undefined,
    minDelta: config['min-delta'],
    warn: (line) => io.warning(line)
  });
  await mkdir(root, { recursive: true });
  const reportPath = path.join(root, 'report.json');
  await writeFile(reportPath, JSON.stringify(merged, null, 2) + '\n');
  await writeFile(path.join(root, 'junit.xml'), renderJunit(results));

  const markdown = renderMarkdown(merged);
  await io.appendSummary(markdown);
  const passAt1 = merged.runs.length ? merged.runs.reduce((a, r) => a + r.pass_at_1, 0) / merged.runs.length : 0;
  io.setOutput(Outputs.PassAt1, passAt1.toFixed(4));
  io.setOutput(Outputs.Regressions, String(countRegressions(merged)));
  io.setOutput(Outputs.ReportPath, reportPath);

  const regressed = hasRealRegression(merged);
  await publish(ctx, merged, markdown, regressed);
  if (regressed && config['fail-on-regression']) {
    const keys = merged.comparison!.runs.filter((r) => r.regression).map((r) => `${r.key} (${(r.delta * 100).toFixed(1)} pp, p=${r.p_value.toFixed(3)})`);
    io.setFailed(`OpsBench: statistically significant regression against the baseline: ${keys.join(', ')}`);
  }
}

/** The sticky PR comment and the check run; both are best effort: a missing permission is a warning. */
async function publish(ctx: CommandContext, report: Report, markdown: string, regressed: boolean): Promise<void> {
  const { io, config, workdir } = ctx;
  const gh = ctx.github !== undefined ? ctx.github : config['github-token'] && io.env.GITHUB_REPOSITORY ? octokitPort(config['github-token'], github.context.repo) : null;
  if (!gh) return;
  const pr = github.context.payload.pull_request as { number: number; head?: { sha?: string } } | undefined;
  try {
    if (pr) io.info(`opsbench report: PR comment ${await gh.upsertComment(pr.number, COMMENT_MARKER, markdown)}`);
    const headSha = pr?.head?.sha ?? github.context.sha;
    if (headSha) {
      await gh.createCheckRun({
        name: 'OpsBench',
        headSha,
        conclusion: regressed ? (config['fail-on-regression'] ? 'failure' : 'neutral') : 'success',
        title: report.runs.map((r) => `${r.key}: Pass@1 ${(r.pass_at_1 * 100).toFixed(1)}%`).join(', ') || 'no trials',
        summary: markdown,
        annotations: annotations(report, path.resolve(workdir, config.tasks), workdir)
      });
    }
  } catch (error) {
    io.warning(`opsbench report: could not publish to GitHub (${(error as Error).message}); check the workflow's permissions (pull-requests: write, checks: write)`);
  }
}

/** One annotation per regressed task, on its task.yaml when the task set is in this checkout. */
function annotations(report: Report, tasksDir: string, workdir: string): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const run of report.comparison?.runs ?? []) {
    for (const t of run.regressed_tasks) {
      const family = report.tasks.find((row) => row.task_id === t.task_id)?.family ?? '';
      const candidate = path.join(tasksDir, family, t.task_id, 'task.yaml');
      const file = existsSync(candidate) ? path.relative(workdir, candidate) : 'action.yml';
      out.push({
        path: file,
        start_line: 1,
        end_line: 1,
        annotation_level: t.significant || run.regression ? 'failure' : 'warning',
        title: `${t.task_id} regressed (${run.key})`,
        message: `${t.baseline.c}/${t.baseline.n} -> ${t.current.c}/${t.current.n} attempts passed (one-sided Fisher p = ${t.p_value.toFixed(3)})`
      });
    }
  }
  return out;
}

export const commandHandlers: Record<ActionConfig['command'], (ctx: CommandContext) => Promise<void>> = {
  plan,
  run: (ctx) => runLeg(ctx, outDirOf(ctx.workdir)),
  report
};
