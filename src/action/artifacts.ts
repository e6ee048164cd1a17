import { DefaultArtifactClient } from '@actions/artifact';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export const ARTIFACT_PREFIX = 'opsbench-results-';
export const PLAN_ARTIFACT_PREFIX = 'opsbench-plan-';
export const REPORT_ARTIFACT_PREFIX = 'opsbench-report-';

export interface DownloadedArtifact {
  name: string;
  id: number;
  dir: string;
}

/** Shard fan-in through workflow artifacts; absent outside a real Actions job (no runtime token). */
export interface ArtifactStore {
  /** @returns the artifact's id (its page is …/actions/runs/RUN/artifacts/ID). */
  upload(name: string, rootDir: string): Promise<number | undefined>;
  /** Downloads every artifact of the run read from (all attempts) whose name starts with the prefix. */
  downloadAll(prefix: string, destDir: string): Promise<DownloadedArtifact[]>;
}

/** Another workflow run to read artifacts from (the workflow_run split), through the REST API with a token. */
export interface OtherRun {
  runId: number;
  owner: string;
  repo: string;
  /** Needs actions: read on the repository. */
  token: string;
}

/**
 * Uploads go to this job's run; downloads read this run, or `from` (its artifacts are listed with
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts and fetched through the archive's redirect).
 */
export function artifactStore(env: Record<string, string | undefined>, from?: OtherRun): ArtifactStore | null {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return null;
  const client = new DefaultArtifactClient();
  const findBy = from && { token: from.token, workflowRunId: from.runId, repositoryOwner: from.owner, repositoryName: from.repo };
  return {
    async upload(name, rootDir) {
      const files = (await readdir(rootDir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name));
      return (await client.uploadArtifact(name, files, rootDir, { retentionDays: 30 })).id;
    },
    async downloadAll(prefix, destDir) {
      let artifacts;
      try {
        ({ artifacts } = await client.listArtifacts({ latest: true, ...(findBy && { findBy }) }));
      } catch (error) {
        if (!from) throw error;
        throw new Error(`cannot list the artifacts of workflow run ${from.runId} (${(error as Error).message}); input "github-token" needs actions: read`, { cause: error });
      }
      const out: DownloadedArtifact[] = [];
      for (const a of artifacts.filter((x) => x.name.startsWith(prefix))) {
        const dir = path.join(destDir, a.name);
        await client.downloadArtifact(a.id, { path: dir, ...(findBy && { findBy }) });
        out.push({ name: a.name, id: a.id, dir });
      }
      return out;
    }
  };
}

/**
 * `<prefix><leg>-attempt-<n>`: the leg's identity (agent, model or agent name, shard) keeps two legs apart,
 * the run attempt keeps a re-run beside its first attempt (an artifact name is unique within a workflow run:
 * re-using one is a 409 after all the trials ran).
 */
export function artifactName(prefix: string, id: string, runAttempt: string | undefined): string {
  const safe = `${id}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${prefix}${safe ? `${safe}-` : ''}attempt-${Number(runAttempt) || 1}`;
}

/** The run attempt an artifact name carries (1 for names from before attempts were recorded). */
export function attemptOf(name: string): number {
  return Number(/-attempt-(\d+)$/.exec(name)?.[1] ?? 1);
}
