import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildReport } from '../../report/build-report.js';
import { hasRealRegression } from '../../report/compare.js';
import { renderJunit } from '../../report/render-junit.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import { UserInputError } from '../../core/errors.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: opsbench report RESULTS... [--baseline FILE] [--format markdown|json|junit] [--out FILE]
                       [--fail-on-regression] [--min-delta 0.05]

Merges results.jsonl files (or directories of them), computes Pass@1 with a 95% interval and pass@k,
compares with the baseline (a report.json or results.jsonl) and prints the report. With
--fail-on-regression, exits 1 when a regression is statistically significant and at least --min-delta.`;

const Options = z.object({
  baseline: z.string().optional(),
  format: z.enum(['markdown', 'json', 'junit'], { error: () => '--format must be markdown, json or junit' }).default('markdown'),
  out: z.string().optional(),
  'fail-on-regression': z.boolean().default(false),
  'min-delta': z.coerce.number({ error: () => '--min-delta must be a number between 0 and 1' }).min(0).max(1).default(0.05)
});

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'merge results, compare with a baseline, print markdown/json/junit',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        baseline: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'fail-on-regression': { type: 'boolean' },
        'min-delta': { type: 'string' }
      }
    });
    const parsed = Options.safeParse(values);
    if (!parsed.success) throw new UserInputError(parsed.error.issues.map((i) => i.message).join('; '));
    const opts = parsed.data;
    if (positionals.length === 0) throw new UserInputError('name at least one results.jsonl (or a directory of them)');
    const { report, results } = await buildReport({
      inputs: positionals,
      baseline: opts.baseline,
      minDelta: opts['min-delta'],
      warn: (line) => io.stderr.write(`warning: ${line}\n`)
    });
    const text =
      opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : opts.format === 'junit' ? renderJunit(results) : renderMarkdown(report);
    if (opts.out) {
      try {
        await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
        await writeFile(opts.out, text);
      } catch (error) {
        throw new UserInputError(`--out ${opts.out}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
    }
    else io.stdout.write(text);
    return opts['fail-on-regression'] && hasRealRegression(report) ? 1 : 0;
  }
};
