import * as github from '@actions/github';
import type { OtherRun } from './artifacts.js';
import type { CommandContext } from './commands.js';
import { describeApiError, type GitHubPort, type PullRequestRef } from './github-port.js';
import { Inputs } from './inputs.js';

/** What the report is about and where it goes: the event's pull request and commits, or those of the run it reads. */
export interface ReportTarget {
  /** The pull request the comment goes on (null: no comment). */
  pr: PullRequestRef | null;
  /** The commit the check run goes on. */
  headSha: string | undefined;
  /** The base commit whose saved report is the baseline (a pull request's). */
  baseSha: string | undefined;
  /** The default-branch commit this report is saved as the baseline of; never set for a pull request. */
  saveSha: string | undefined;
  /** The workflow run whose artifacts are reported, when it is not this one (input "artifacts-run-id"). */
  from: OtherRun | undefined;
}

interface WorkflowRunPayload {
  id?: number;
  event?: string;
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string; owner?: { login?: string } } | null;
  pull_requests?: { number: number; head?: { sha?: string }; base?: { sha?: string } }[];
}

interface Payload {
  pull_request?: { number: number; head?: { sha?: string }; base?: { sha?: string } };
  workflow_run?: WorkflowRunPayload;
  repository?: { full_name?: string; default_branch?: string };
}

/**
 * The report's target. On `pull_request` and `push` it is this run's event. On `workflow_run` (the trusted
 * half of the fork split) it is the triggering run: its head commit gets the check run, its pull request the
 * comment (a fork's pull request is missing from the payload, so it is looked up by head owner:branch and
 * must still point at that commit), and only a push to the default branch of this repository saves a baseline.
 */
export async function reportTarget(ctx: CommandContext, gh: GitHubPort | null): Promise<ReportTarget> {
  const { io, config } = ctx;
  const payload = github.context.payload as Payload;
  const defaultBranch = payload.repository?.default_branch;
  const from = otherRun(ctx);
  const run = payload.workflow_run;
  if (github.context.eventName !== 'workflow_run' || !run) {
    const pr = payload.pull_request ? { number: payload.pull_request.number, headSha: payload.pull_request.head?.sha ?? github.context.sha, baseSha: payload.pull_request.base?.sha } : null;
    const onDefault = !pr && !!defaultBranch && io.env.GITHUB_REF === `refs/heads/${defaultBranch}`;
    return { pr, headSha: pr?.headSha ?? github.context.sha, baseSha: pr?.baseSha, saveSha: onDefault ? io.env.GITHUB_SHA : undefined, from };
  }
  if (!config['artifacts-run-id']) {
    io.warning(`opsbench report: on workflow_run with input "${Inputs.ArtifactsRunId}" empty, this run's own artifacts are read; to report the triggering run's (the fork split) pass artifacts-run-id: \${{ github.event.workflow_run.id }}${run.id ? ` (here ${run.id})` : ''}`);
  } else if (run.id !== Number(config['artifacts-run-id'])) {
    io.warning(`opsbench report: input "${Inputs.ArtifactsRunId}" is ${config['artifacts-run-id']}, the triggering run is ${run.id}; reporting the artifacts of ${config['artifacts-run-id']} on the triggering run's commit`);
  }
  const headSha = run.head_sha;
  const sameRepo = !!run.head_repository?.full_name && run.head_repository.full_name === payload.repository?.full_name;
  const saveSha = run.event === 'push' && sameRepo && !!defaultBranch && run.head_branch === defaultBranch ? headSha : undefined;
  let pr: PullRequestRef | null = null;
  const listed = run.pull_requests?.find((p) => p.head?.sha === headSha);
  if (listed) pr = { number: listed.number, headSha: headSha!, baseSha: listed.base?.sha };
  else if (run.event === 'pull_request' && gh && headSha && run.head_branch && run.head_repository?.owner?.login) {
    const head = { owner: run.head_repository.owner.login, branch: run.head_branch, sha: headSha };
    try {
      pr = await gh.findPullRequest(head);
    } catch (error) {
      io.warning(`opsbench report: could not look up the pull request of ${head.owner}:${head.branch} (${describeApiError(error)})`);
    }
    if (!pr) io.warning(`opsbench report: no open pull request has head ${head.owner}:${head.branch} at ${headSha.slice(0, 7)} (closed, or pushed to since): no comment; the check run goes on the commit`);
  }
  return { pr, headSha, baseSha: pr?.baseSha, saveSha, from };
}

/** Input "artifacts-run-id": another run of this repository, read with the token (it needs actions: read). */
function otherRun({ io, config }: CommandContext): OtherRun | undefined {
  const id = config['artifacts-run-id'];
  if (!id) return undefined;
  const [owner, repo] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error(`input "${Inputs.ArtifactsRunId}" reads another run of this repository, and GITHUB_REPOSITORY is not set`);
  if (!config['github-token']) throw new Error(`input "${Inputs.ArtifactsRunId}" needs input "${Inputs.GithubToken}" (with actions: read) to read run ${id}'s artifacts`);
  return { runId: Number(id), owner, repo, token: config['github-token'] };
}
