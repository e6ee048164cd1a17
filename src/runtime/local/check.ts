import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { Task } from '../../task/task.js';
import { missingToolchain } from '../toolchain.js';

/**
 * Why a task cannot run on the local runtime, or null when it can: it must need nothing but the
 * workspace, and the framework's toolchain must be on PATH.
 */
export async function localSkipReason(task: Task, env: Record<string, string>): Promise<string | null> {
  // APEX grades in the client's /tests and /app: on this machine those would be the runner's own root paths.
  if (task.layout === 'apex-integration') return 'needs Docker (APEX-SWE integration tasks are graded in the client container\'s /tests and /app)';
  const services = new Set(task.services.filter((s) => s !== task.environment.workspace));
  if (task.environment.compose !== null) {
    for (const s of await composeServices(task.environment.compose)) {
      if (s !== task.environment.workspace) services.add(s);
    }
  }
  if (services.size > 0) return `needs Docker (services: ${[...services].sort().join(', ')})`;
  const missing = await missingToolchain(task.tests.framework, env);
  return missing.length > 0 ? `missing toolchain: ${missing.join(', ')}` : null;
}

/** The service names of a compose file; an unreadable file counts as one unknown service (Docker will say why). */
async function composeServices(file: string): Promise<string[]> {
  try {
    const doc: unknown = parse(await readFile(file, 'utf8'));
    const services = (doc as { services?: unknown } | null)?.services;
    return services !== null && typeof services === 'object' ? Object.keys(services) : [];
  } catch {
    return ['(unreadable compose file)'];
  }
}
