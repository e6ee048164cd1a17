import type { CliCommand } from '../io.js';
import { benchCommand } from './bench.js';
import { checkTasksCommand } from './check-tasks.js';
import { fetchCommand } from './fetch.js';
import { cleanupCommand } from './cleanup.js';
import { mcpCommand } from './mcp.js';
import { planCommand } from './plan.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';
import { validateCommand } from './validate.js';

/** Every verb of the CLI (docs/architecture.md "The CLI", a **contract**). A new verb is a new file here. */
export const commands: CliCommand[] = [validateCommand, checkTasksCommand, runCommand, planCommand, reportCommand, mcpCommand, benchCommand, cleanupCommand, fetchCommand];
