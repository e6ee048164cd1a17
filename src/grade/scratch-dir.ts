import { randomBytes } from 'node:crypto';
import type { Environment } from '../runtime/environment.js';
import { GradeError } from '../core/errors.js';

/**
 * A fresh directory inside the environment but outside the workspace, made now with `mktemp -d`: where
 * the grader puts patches, the tests and the report. The agent has stopped and never knew its name, so
 * it cannot have planted a report there.
 * @throws GradeError when mktemp fails or the directory lands inside the workspace
 */
export async function makeScratchDir(env: Environment, purpose: string): Promise<string> {
  const made = await env.exec(['mktemp', '-d', `-t`, `opsbench-${purpose}.XXXXXXXX`], { cwd: '/' });
  const dir = made.stdout.trim();
  if (made.exitCode !== 0 || dir === '') {
    throw new GradeError(`cannot make a ${purpose} directory (mktemp exit ${made.exitCode}): ${made.stderr.trim()}`);
  }
  const workdir = env.workdir.replace(/\/+$/, '');
  if (dir === workdir || dir.startsWith(`${workdir}/`)) {
    throw new GradeError(`mktemp made ${dir} inside the workspace ${workdir}; set TMPDIR outside it`);
  }
  return dir;
}

/**
 * A directory name for a container no agent ever ran in (the docker runtime's fresh grading container):
 * chosen here at random under /tmp, made by the suite's own exec (run-suite.ts), so it costs no call.
 * @throws GradeError when it would lie inside the workspace
 */
export function freshScratchPath(env: Environment, purpose: string): string {
  const dir = `/tmp/opsbench-${purpose}.${randomBytes(8).toString('hex')}`;
  const workdir = env.workdir.replace(/\/+$/, '');
  if (dir.startsWith(`${workdir}/`)) throw new GradeError(`the grading directory ${dir} would lie inside the workspace ${workdir}`);
  return dir;
}
