import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DockerCli } from './cli.js';
import { RUN_ENV } from './labels.js';
import { composeConfig, loadComposeModel, parseComposeModel, type ComposeModel } from './model.js';
import { SharedWork } from './shared.js';

/** What project names and run ids are made of here: nothing JSON escapes. */
const PLAIN = /^[a-z0-9][a-z0-9_.-]*$/i;

export interface ComposeModelRequest {
  project: string;
  runId: string;
  file: string;
  /** The task's content hash (task.ts): the directory the compose file reads `.env`, `extends:` and the like from. */
  taskHash: string;
  /** Variables for this call on top of the CLI's (APEX's per-trial log directories). */
  env?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * `docker compose config` of a task's stack, run once per runtime for the same inputs and shared by every
 * trial of the task (its attempts, the bench's rounds): ~0.1 s of each trial's start. The inputs are the
 * compose file's bytes, the task's content hash and every variable compose could interpolate. Two of them
 * differ per trial, the project name and the run id (both can reach the model: `name:`, network names,
 * `${OPSBENCH_RUN_ID}`), so the one call runs under random stand-ins for them, replaced in its JSON by each
 * trial's own: every trial gets what its own call would have printed. Files a compose file reads from
 * outside its task directory (an `extends:` or `env_file:` elsewhere) are read once per run, as the
 * images' build contexts are (images.ts).
 */
export class ComposeModels {
  private readonly texts = new SharedWork<string>();
  private readonly project = `ob-${randomBytes(16).toString('hex')}`;
  private readonly runId = randomBytes(16).toString('hex');

  /**
   * @throws EnvironmentStartError with compose's own complaint, from a call made with the trial's own
   *   project and run id (a failed call is not kept)
   */
  async load(cli: DockerCli, req: ComposeModelRequest): Promise<ComposeModel> {
    const direct = () => loadComposeModel(cli, req.project, req.file, req.signal, req.env);
    if (!PLAIN.test(req.project) || !PLAIN.test(req.runId)) return direct();
    const { [RUN_ENV]: _run, ...seen } = { ...cli.env, ...req.env };
    const bytes = await readFile(req.file).catch(() => null);
    if (bytes === null) return direct();
    const key = createHash('sha256')
      .update(JSON.stringify([req.file, req.taskHash, Object.entries(seen).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]))
      .update(bytes)
      .digest('hex');
    const stand = cli.withEnv({ [RUN_ENV]: this.runId });
    let text: string;
    try {
      text = await this.texts.run(
        key,
        async (signal) => {
          const printed = await composeConfig(stand, this.project, req.file, signal, req.env);
          parseComposeModel(req.file, printed);
          return printed;
        },
        req.signal
      );
    } catch {
      req.signal?.throwIfAborted();
      // Compose names the project it was given in its complaints: the trial's own call says it with the trial's.
      return direct();
    }
    return parseComposeModel(req.file, text.replaceAll(this.project, req.project).replaceAll(this.runId, req.runId));
  }
}
