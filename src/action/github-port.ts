import * as github from '@actions/github';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
  /** A link to the full report (the job's page). */
  detailsUrl?: string;
}

/** GitHub accepts at most 50 annotations per create or update call; more go in follow-up updates. */
export const ANNOTATIONS_PER_CALL = 50;
/** output.summary and output.text take at most 65,535 characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/** The GitHub API calls the report step makes, behind an interface so the logic is tested over real HTTP. */
export interface GitHubPort {
  /** Creates the PR comment holding `marker`, or updates it in place (one sticky comment per PR). */
  upsertComment(prNumber: number, marker: string, body: string): Promise<'created' | 'updated'>;
  /** Creates the completed check run, then appends annotations 50 at a time. @returns the check run's id. */
  createCheckRun(run: CheckRunInput): Promise<number>;
  /** The open pull request whose head is `owner:branch` at `sha` (a fork's, which workflow_run payloads omit). */
  findPullRequest(head: { owner: string; branch: string; sha: string }): Promise<PullRequestRef | null>;
}

export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha?: string;
}

/** Octokit-backed port; honours GITHUB_API_URL (GHES, and the test double) as @actions/github does. */
export function octokitPort(token: string, repo: { owner: string; repo: string }): GitHubPort {
  const octokit = github.getOctokit(token);
  return {
    async upsertComment(prNumber, marker, body) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 });
      const mine = comments.find((c) => c.body?.includes(marker));
      if (mine) {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
        return 'updated';
      }
      await octokit.rest.issues.createComment({ ...repo, issue_number: prNumber, body });
      return 'created';
    },
    async createCheckRun(run) {
      const batches: CheckAnnotation[][] = [];
      for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_CALL) batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_CALL));
      const output = (annotations: CheckAnnotation[] | undefined) => ({
        title: run.title,
        summary: run.summary.slice(0, CHECK_SUMMARY_LIMIT),
        ...(annotations && { annotations })
      });
      const { data } = await octokit.rest.checks.create({
        ...repo,
        name: run.name,
        head_sha: run.headSha,
        status: 'completed',
        conclusion: run.conclusion,
        ...(run.detailsUrl && { details_url: run.detailsUrl }),
        output: output(batches[0])
      });
      // Updates append annotations to the run's output rather than replacing them.
      for (const batch of batches.slice(1)) await octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) });
      return data.id;
    },
    async findPullRequest(head) {
      const { data } = await octokit.rest.pulls.list({ ...repo, head: `${head.owner}:${head.branch}`, state: 'open', per_page: 100 });
      const pr = data.find((p) => p.head.sha === head.sha);
      return pr ? { number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha } : null;
    }
  };
}

/** The API's own words for a failed call: status and message (Octokit's RequestError carries both). */
export function describeApiError(error: unknown): string {
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string; errors?: unknown } } };
  const data = e.response?.data;
  const detail = data?.message ? `${data.message}${data.errors ? ` ${JSON.stringify(data.errors)}` : ''}` : (e.message ?? String(error));
  return e.status ? `GitHub answered ${e.status}: ${detail}` : detail;
}
