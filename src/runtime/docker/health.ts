import { plainText, type DockerCli } from './cli.js';

interface PsEntry {
  Service?: string;
  State?: string;
  Health?: string;
  ExitCode?: number;
}

/** `docker compose ps --format json`: one object per line (compose >= 2.21) or one array (older). */
export function parsePs(stdout: string): PsEntry[] {
  const text = stdout.trim();
  if (text === '') return [];
  if (text.startsWith('[')) return JSON.parse(text) as PsEntry[];
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as PsEntry);
}

/**
 * After a failed `up --wait`: which services never got healthy (unhealthy, still starting, or exited),
 * each with its last log lines, as one message; null when every service is fine (the failure was elsewhere).
 */
export async function unhealthyReport(cli: DockerCli, project: string, files: string[], lines = 20): Promise<string | null> {
  const ps = await cli.composeRaw(project, files, ['ps', '-a', '--format', 'json'], { timeoutSec: 60 });
  if (ps.exitCode !== 0) return null;
  const bad = parsePs(ps.stdout).filter(
    (c) => c.Health === 'unhealthy' || c.Health === 'starting' || (c.State === 'exited' && c.ExitCode !== 0) || c.State === 'restarting'
  );
  if (bad.length === 0) return null;
  const parts: string[] = [];
  for (const c of bad) {
    const service = c.Service ?? '?';
    const state = c.Health ? c.Health : `${c.State}${c.State === 'exited' ? ` ${c.ExitCode}` : ''}`;
    const logs = await cli.composeRaw(project, files, ['logs', '--no-color', '--no-log-prefix', '--tail', String(lines), service], { timeoutSec: 60 });
    parts.push(`service "${service}" never became healthy (${state}); its last log lines:\n${plainText(logs.stdout + logs.stderr).trim() || '(no output)'}`);
  }
  return parts.join('\n');
}
