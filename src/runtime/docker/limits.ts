import os from 'node:os';
import type { ComposeService } from './model.js';

/** Resource limits of one service: processes, memory in bytes, CPUs. */
export interface ResourceLimits {
  pids: number;
  memoryBytes: number;
  cpus: number;
}

/**
 * What every service gets unless the task asks for more: enough for a test suite and a build, not enough for
 * a fork tree or a memory balloon of the agent's to take the runner down.
 */
export const DEFAULT_LIMITS: ResourceLimits = { pids: 2048, memoryBytes: 4 * 1024 ** 3, cpus: 2 };

/** The most a task may ask for on this runner (DockerRuntimeOptions.limitCeiling overrides it). */
export function defaultCeiling(): ResourceLimits {
  return { pids: 16384, memoryBytes: Math.max(DEFAULT_LIMITS.memoryBytes, Math.floor(os.totalmem() * 0.75)), cpus: Math.max(1, os.cpus().length) };
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `4g`, `512m`, `1073741824` as bytes; NaN when it is not a size. */
export function parseBytes(size: string | number): number {
  if (typeof size === 'number') return size;
  const m = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(size.trim());
  return m ? Math.floor(Number(m[1]) * (UNITS[(m[2] ?? '').toLowerCase()] ?? NaN)) : NaN;
}

/** What task.yaml asked for, as numbers (unset fields stay unset). */
export function requestedLimits(limits: { pids?: number; memory?: string; cpus?: number } | undefined): Partial<ResourceLimits> {
  return {
    ...(limits?.pids !== undefined && { pids: limits.pids }),
    ...(limits?.memory !== undefined && { memoryBytes: parseBytes(limits.memory) }),
    ...(limits?.cpus !== undefined && { cpus: limits.cpus })
  };
}

/**
 * Sets a service's `pids_limit`, `mem_limit` and `cpus`: the larger of the runner's default and what the
 * task asked for in task.yaml, never above the ceiling. Limits the compose file sets itself (including
 * `deploy.resources.limits`) count as asked for, so a compose file cannot lift them either; an unlimited
 * value (-1, 0) there asks for the ceiling.
 */
export function applyLimits(service: ComposeService, requested: Partial<ResourceLimits>, ceiling: ResourceLimits): void {
  const deploy = (service.deploy as { resources?: { limits?: Record<string, unknown> } } | undefined)?.resources?.limits;
  const own = (value: unknown, parse: (v: string | number) => number): number | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    const n = parse(value as string | number);
    return Number.isFinite(n) ? (n <= 0 ? Infinity : n) : undefined;
  };
  const pick = (key: keyof ResourceLimits, fromCompose: number | undefined) =>
    Math.min(ceiling[key], Math.max(DEFAULT_LIMITS[key], requested[key] ?? 0, fromCompose === undefined ? 0 : fromCompose));
  const pids = pick('pids', own(service.pids_limit ?? deploy?.pids, Number));
  const memoryBytes = pick('memoryBytes', own(service.mem_limit ?? deploy?.memory, parseBytes));
  const cpus = pick('cpus', own(service.cpus ?? deploy?.cpus, Number));
  if (deploy) {
    delete deploy.pids;
    delete deploy.memory;
    delete deploy.cpus;
  }
  delete service.memswap_limit;
  Object.assign(service, { pids_limit: pids, mem_limit: String(memoryBytes), cpus });
}
