import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { McpServerSpec } from '../../task/schema.js';

export type StdioServerSpec = Extract<McpServerSpec, { command: string }>;

/**
 * Variables a local stdio server may inherit besides the SDK's own allowlist (HOME, LOGNAME, PATH, SHELL,
 * TERM, USER). Nothing else of the harness's environment reaches the server: provider keys and
 * GITHUB_TOKEN must never reach an agent's tools.
 */
export const EXTRA_INHERITED_ENV = ['LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR'] as const;

/**
 * The default way to start a stdio server: a local child process with an allowlisted environment plus the
 * spec's own `env` (the locale of `hostEnv`, which the caller passes in), stderr piped (the manager logs it and quotes its tail when the server dies).
 */
export function localStdioTransport(
  spec: StdioServerSpec,
  opts: { cwd?: string; hostEnv?: Readonly<Record<string, string | undefined>> } = {}
): StdioClientTransport {
  const env: Record<string, string> = {};
  for (const key of EXTRA_INHERITED_ENV) {
    const value = opts.hostEnv?.[key];
    if (value !== undefined) env[key] = value;
  }
  return new StdioClientTransport({ command: spec.command, args: spec.args, env: { ...env, ...spec.env }, cwd: opts.cwd, stderr: 'pipe' });
}
