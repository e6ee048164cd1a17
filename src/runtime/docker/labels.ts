import { createHash } from 'node:crypto';
import type { DockerCli } from './cli.js';

/** On every container, network and volume of a run: what the post step and the signal path clean up by. */
export const RUN_LABEL = 'dev.opsbench.run';
/**
 * In the environment of every docker CLI process a run starts (builds, compose, cp), with the run id as
 * value: a run killed -9 leaves its `docker build` running, detached from any label; `cleanup` finds it by this.
 */
export const RUN_ENV = 'OPSBENCH_RUN_ID';
/** On every container, network and volume of one trial (the value is the compose project name). */
export const TRIAL_LABEL = 'dev.opsbench.trial';

const MAX_PROJECT = 63;

/**
 * The compose project of one trial: `ob-<trialId>` (the trial id starts with the run id; one that does not,
 * like the FAIL_TO_PASS computation's, gets it prefixed), lowercased to compose's [a-z0-9_-], and cut to 63
 * characters with a hash of the whole so two long ids never meet.
 */
export function projectName(runId: string, trialId: string): string {
  const id = trialId.startsWith(runId) ? trialId : `${runId}-${trialId}`;
  const clean = `ob-${id}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  if (clean.length <= MAX_PROJECT) return clean;
  const digest = createHash('sha256').update(clean).digest('hex').slice(0, 10);
  return `${clean.slice(0, MAX_PROJECT - digest.length - 1).replace(/[-_]+$/, '')}-${digest}`;
}

/** A repository name for `docker build -t`: lowercase, [a-z0-9._-] components. */
export function imageName(...parts: string[]): string {
  const clean = parts.map((p) => p.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '') || 'x');
  return `opsbench/${clean.join('-')}`;
}

export interface RemoveOptions {
  timeoutSec?: number;
  log?: (line: string) => void;
}

/**
 * Force-removes every container, then network, then volume carrying `label=value` (containers first: a
 * network or volume in use cannot go). Works whatever state compose left them in.
 * @returns how many resources were removed
 * @throws RuntimeUnavailableError when the daemon does not answer
 */
export async function removeLabelled(cli: DockerCli, label: string, value: string, opts: RemoveOptions = {}): Promise<number> {
  const call = { timeoutSec: opts.timeoutSec ?? 60 };
  const filter = `label=${label}=${value}`;
  let removed = 0;
  const kinds: [string[], string[]][] = [
    [['ps', '-aq', '--filter', filter], ['rm', '-f', '-v']],
    [['network', 'ls', '-q', '--filter', filter], ['network', 'rm']],
    [['volume', 'ls', '-q', '--filter', filter], ['volume', 'rm', '-f']]
  ];
  for (const [list, remove] of kinds) {
    const ids = (await cli.run(list, call)).stdout.split('\n').map((s) => s.trim()).filter((s) => s !== '');
    if (ids.length === 0) continue;
    const result = await cli.raw([...remove, ...ids], call);
    if (result.exitCode !== 0) opts.log?.(`docker ${remove.slice(0, -1).join(' ')}: ${result.stderr.trim().slice(0, 500)}`);
    removed += ids.length - (result.stderr.match(/Error/g)?.length ?? 0);
  }
  return removed;
}
