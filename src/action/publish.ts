import { existsSync } from 'node:fs';
import path from 'node:path';
import * as github from '@actions/github';
import { fitMarkdown, commentMarker } from '../report/render-markdown.js';
import type { Report } from '../report/report-schema.js';
import type { ActionIO } from './action-io.js';
import type { ActionConfig } from './inputs.js';
import type { ReportTarget } from './report-target.js';
import { CHECK_SUMMARY_LIMIT, describeApiError, octokitPort, type CheckAnnotation, type GitHubPort } from './github-port.js';

/** GitHub refuses issue comment bodies over 65,536 characters (422 "Body is too long"). */
export const COMMENT_LIMIT = 65_536;

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface PublishInput {
  io: ActionIO;
  config: ActionConfig;
  workdir: string;
  report: Report;
  conclusion: Conclusion;
  /** Where the whole report is when the comment had to be cut: the job summary and the report artifact. */
  links: { run?: string; artifact?: string };
  /** The port of input "github-token", null without one (githubPort). */
  github: GitHubPort | null;
  /** The pull request to comment on and the commit for the check run (reportTarget). */
  target: Pick<ReportTarget, 'pr' | 'headSha'>;
}

/** The GitHub API with input "github-token" (tests inject their own); null outside a repository or without a token. */
export function githubPort(config: ActionConfig, env: Record<string, string | undefined>, injected?: GitHubPort | null): GitHubPort | null {
  if (injected !== undefined) return injected;
  return config['github-token'] && env.GITHUB_REPOSITORY ? octokitPort(config['github-token'], github.context.repo) : null;
}

/**
 * The sticky PR comment and the check run, each on its own: a comment GitHub refuses (too long, a read-only
 * fork token) never costs the check run. A failure is a warning quoting the API's own answer.
 */
export async function publish(input: PublishInput): Promise<void> {
  const { io, config, report } = input;
  const gh = input.github;
  if (!gh) return;
  const marker = commentMarker(config['comment-marker']);
  const where = [input.links.run && `the [job summary](${input.links.run})`, input.links.artifact && `the [report artifact](${input.links.artifact}) (report.json, report.md, junit.xml)`].filter(Boolean).join(' and ');
  const note = `Cut to fit GitHub's size limit: the full report is in ${where || 'the job summary and the report artifact'}.`;
  const { pr, headSha } = input.target;

  if (pr && config.comment) {
    const { markdown } = fitMarkdown(report, COMMENT_LIMIT, note, { marker });
    try {
      io.info(`opsbench report: PR comment ${await gh.upsertComment(pr.number, marker, markdown)}`);
    } catch (error) {
      io.warning(`opsbench report: could not post the PR comment (${describeApiError(error)})${permissionHint(error, 'pull-requests: write')}`);
    }
  }
  if (config['check-name'] && headSha) {
    const { markdown } = fitMarkdown(report, CHECK_SUMMARY_LIMIT, note, { marker });
    const all = annotations(report, path.resolve(input.workdir, config.tasks), input.workdir);
    const sent = all.slice(0, config['max-annotations']);
    if (all.length > sent.length) io.info(`opsbench report: ${all.length} annotations, ${sent.length} sent (input "max-annotations")`);
    try {
      await gh.createCheckRun({
        name: config['check-name'],
        headSha,
        conclusion: input.conclusion,
        title: report.runs.map((r) => `${r.key}: Pass@1 ${(r.pass_at_1 * 100).toFixed(1)}%`).join(', ').slice(0, 1000) || 'no trials',
        summary: markdown,
        annotations: sent,
        ...(input.links.run && { detailsUrl: input.links.run })
      });
      io.info(`opsbench report: check run "${config['check-name']}" ${input.conclusion}`);
    } catch (error) {
      io.warning(`opsbench report: could not create the check run (${describeApiError(error)})${permissionHint(error, 'checks: write')}`);
    }
  }
}

function permissionHint(error: unknown, permission: string): string {
  const status = (error as { status?: number }).status;
  // 403/404 on a write is the token: a fork's pull_request token is read-only whatever the workflow asks.
  return status === 403 || status === 404
    ? `; the token needs ${permission} (a pull request from a fork gets a read-only token: see README "Forks")`
    : '';
}

/** One annotation per regressed task, on its task.yaml when the task set is in this checkout. */
export function annotations(report: Report, tasksDir: string, workdir: string): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  const family = new Map(report.tasks.map((row) => [row.task_id, row.family]));
  for (const run of report.comparison?.runs ?? []) {
    for (const t of run.regressed_tasks) {
      const candidate = path.join(tasksDir, family.get(t.task_id) ?? '', t.task_id, 'task.yaml');
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
