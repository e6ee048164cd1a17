import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_INPUTS } from './memory-action-io.js';

const run = promisify(execFile);
const NODE = path.resolve('node_modules/.bin/node');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
}

/** Runs a dist bundle the way the Actions runner does: inputs as INPUT_* variables (over action.yml's defaults), outputs to files. */
export async function runAction(entry: 'main' | 'post', inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-action-'));
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), GITHUB_STATE: path.join(dir, 'state') };
  for (const f of Object.values(files)) await writeFile(f, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: os.homedir(), RUNNER_TEMP: dir, ...files, ...extraEnv };
  for (const [name, value] of Object.entries({ ...DEFAULT_INPUTS, ...inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = await run(NODE, [path.resolve(`dist/${entry}/index.js`)], { env, cwd: extraEnv.GITHUB_WORKSPACE ?? process.cwd(), maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr })
  );
  return {
    ...result,
    outputs: parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state: parseFileCommand(await readFile(files.GITHUB_STATE, 'utf8'))
  };
}

/** GITHUB_OUTPUT and GITHUB_STATE use `name<<DELIM\nvalue\nDELIM` blocks. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
