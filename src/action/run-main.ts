import path from 'node:path';
import type { ActionIO, StateStore } from './action-io.js';
import { UserInputError } from '../core/errors.js';
import { actionInput, parseActionConfig, SECRET_ENV_VARS, State, type ActionConfig } from './inputs.js';
import { commandHandlers } from './commands.js';
import { actionComposeDir, provideComposeFragments } from './compose-fragments.js';

/**
 * The Action's main step. Every failure ends in one setFailed with a message meant for a person; the
 * process exit code follows from it (setFailed sets process.exitCode, it does not exit).
 */
export async function runMain(io: ActionIO, state: StateStore): Promise<void> {
  try {
    // Mask first: nothing logged after this line can print a provider key or the token.
    for (const name of SECRET_ENV_VARS) {
      const value = io.env[name];
      if (value) io.setSecret(value);
    }
    const token = io.getInput('github-token');
    if (token) io.setSecret(token);

    const config: ActionConfig = parseActionConfig((name) => io.getInput(name));
    const workdir = path.resolve(io.env.GITHUB_WORKSPACE ?? process.cwd(), config['working-directory'] || '.');
    state.set(State.WorkingDirectory, workdir);
    await provideComposeFragments(path.resolve(workdir, config.tasks), actionComposeDir(io.env), (line) => io.info(line));
    await commandHandlers[config.command]({ io, state, config, workdir });
  } catch (error) {
    io.setFailed(UserInputError.isUserInput(error) ? error.describe(actionInput) : error instanceof Error ? error.message : String(error));
  }
}
