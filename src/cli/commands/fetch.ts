import { parseArgs } from 'node:util';
import { resolveTasksArg } from '../../task/dataset-ref.js';
import type { CliCommand, CliIO } from '../io.js';

const USAGE = `Usage: opsbench fetch hf://datasets/<owner>/<name>[@revision][/subdir]

Downloads a task set from the Hugging Face Hub (tree listing, then each file; LFS files followed to their
storage) into the cache ($OPSBENCH_CACHE_DIR, else ~/.cache/opsbench), keyed by the revision's commit sha,
and prints the local directory. HF_TOKEN is sent when set (gated or private datasets). \`run --tasks hf://...\`
does the same before running.
`;

/** `opsbench fetch REF`: the download of `run --tasks hf://...` alone. */
export const fetchCommand: CliCommand = {
  name: 'fetch',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
    if (positionals.length !== 1) {
      io.stderr.write(USAGE);
      return 1;
    }
    const dir = await resolveTasksArg(positionals[0] ?? '', process.env, (line) => io.stderr.write(`${line}\n`));
    io.stdout.write(`${dir}\n`);
    return 0;
  }
};
