import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ZERO_USAGE, type Agent, type AgentContext } from '../../src/agent/agent.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import { probeDocker } from '../../src/runtime/select.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';

/** Shared by the docker-*.test.ts files: the fixture tasks, the engine check, label queries. */

export const FIXTURES = path.resolve('__tests__/fixtures/docker');

/**
 * These tests need a real Docker engine. Without one they FAIL saying so (CI installs one; a developer
 * runs scripts/setup-docker.sh): a skipped docker test would pass CI while the runtime is broken.
 */
export async function requireDocker(): Promise<void> {
  const why = await probeDocker(10_000);
  if (why !== null) throw new Error(`the Docker runtime tests need a Docker engine and none answered (${why}); start one, e.g. sudo bash scripts/setup-docker.sh`);
}

export function fixtureTask(name: string): Promise<Task> {
  return loadTask(path.join(FIXTURES, name));
}

const run = promisify(execFile);

/**
 * Where HTTPS goes through a TLS-intercepting proxy (this CI machine), images that fetch from npm or PyPI
 * need its CA: compose/README.md has users export OPSBENCH_EXTRA_CA_CERTS; the tests read the host's
 * extra CAs the same way when it is unset. Empty on a normal runner.
 */
export async function extraCaCerts(): Promise<string> {
  if (process.env.OPSBENCH_EXTRA_CA_CERTS) return process.env.OPSBENCH_EXTRA_CA_CERTS;
  const dir = '/usr/local/share/ca-certificates';
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.crt')).sort();
  return (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
}

/**
 * An image APEX-SWE pulls (python:3.13-slim, uv, ...), built here FROM the base image under the same tag from
 * __tests__/fixtures/apex-swe/standins/<dir>, unless the machine has the real one: no pulls on this machine.
 */
export async function standIn(tag: string, dir: string): Promise<void> {
  const has = await docker('image', 'inspect', tag).then(() => true, () => false);
  if (!has) await run('docker', ['build', '-q', '-t', tag, path.resolve('__tests__/fixtures/apex-swe/standins', dir)], { timeout: 900_000 });
}

export async function docker(...args: string[]): Promise<string> {
  return (await run('docker', args, { timeout: 60_000 })).stdout;
}

/** Containers, networks and volumes carrying `label=value`, as "kind name" lines. */
export async function labelled(label: string, value: string): Promise<string[]> {
  const filter = `label=${label}=${value}`;
  const lines = (kind: string, text: string) => text.split('\n').filter((l) => l.trim() !== '').map((l) => `${kind} ${l.trim()}`);
  return [
    ...lines('container', await docker('ps', '-a', '--filter', filter, '--format', '{{.Names}}')),
    ...lines('network', await docker('network', 'ls', '--filter', filter, '--format', '{{.Name}}')),
    ...lines('volume', await docker('volume', 'ls', '--filter', filter, '--format', '{{.Name}}'))
  ];
}

const roots: string[] = [];

export async function scratch(prefix = 'opsbench-docker-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  roots.push(dir);
  return dir;
}

export async function cleanupScratch(): Promise<void> {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
}

/** Every file's text under `dir` (path -> text), for "this string appears nowhere" checks. */
export async function allFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(file, await readFile(file, 'utf8'));
  }
  return out;
}

/** An agent that runs `script` once in the workspace and keeps what it printed. */
export function scriptAgent(script: string, onOutput: (stdout: string, ctx: AgentContext) => Promise<void> | void = () => {}): Agent {
  return {
    name: 'script',
    model: null,
    async run(ctx) {
      const result = await ctx.env.exec(['sh', '-c', script], { timeoutSec: 300, signal: ctx.signal });
      await onOutput(`${result.stdout}${result.stderr}`, ctx);
      return { stopReason: 'submitted', episodes: 1, tokens: { ...ZERO_USAGE }, costUsd: 0 };
    }
  };
}

/** A Docker runtime (with the machine's extra CAs for image builds) and a shipped task, for the attack tests. */
export async function shippedTaskOnDocker(rel: string): Promise<{ runtime: DockerRuntime; task: Task }> {
  await requireDocker();
  const runtime = new DockerRuntime({ hostEnv: process.env, composeEnv: { OPSBENCH_EXTRA_CA_CERTS: await extraCaCerts() } });
  return { runtime, task: await loadTask(path.resolve('tasks', rel)) };
}
