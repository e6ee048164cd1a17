import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildReport } from '../../report/build-report.js';
import { hasRealRegression } from '../../report/compare.js';
import { undeliveredLegs } from '../../report/plan-check.js';
import { parseRunPlan, type RunPlan } from '../../trial/plan.js';
import { renderReport, REPORT_FORMATS, renderers, writeRendered } from '../../report/renderers.js';
import { UserInputError } from '../../core/errors.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: opsbench report RESULTS... [--baseline FILE] [--format ${REPORT_FORMATS.join('|')}] [--out FILE]
                       [--fail-on-regression] [--min-delta 0.05] [--plan plan.json [--allow-missing]]

Merges results.jsonl files (or directories of them), computes Pass@1 with a 95% interval and pass@k,
compares with the baseline (a report.json or results.jsonl) and prints the report. With
--fail-on-regression, exits 1 when a regression is statistically significant and at least --min-delta.
With --plan (the file \`opsbench plan --out\` wrote), every planned leg must have delivered every trial: the
ones that did not are listed as missing (never counted as passed) and exit 1 unless --allow-missing.

Formats:
${Object.entries(renderers)
  .map(([name, r]) => `  ${name.padEnd(14)}${r.summary}`)
  .join('\n')}
A format that is a set of pages writes them into the directory --out names.`;

const Options = z.object({
  baseline: z.string().optional(),
  format: z.enum(REPORT_FORMATS, { error: () => `--format must be one of ${REPORT_FORMATS.join(', ')}` }).default('markdown'),
  out: z.string().optional(),
  'fail-on-regression': z.boolean().default(false),
  'min-delta': z.coerce.number({ error: () => '--min-delta must be a number between 0 and 1' }).min(0).max(1).default(0.05),
  plan: z.string().optional(),
  'allow-missing': z.boolean().default(false)
});

export const reportCommand: CliCommand = {
  name: 'report',
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
        'min-delta': { type: 'string' },
        plan: { type: 'string' },
        'allow-missing': { type: 'boolean' }
      }
    });
    const parsed = Options.safeParse(values);
    if (!parsed.success) throw new UserInputError(parsed.error.issues.map((i) => i.message).join('; '));
    const opts = parsed.data;
    const plan = opts.plan ? await readPlan(opts.plan) : undefined;
    // Every leg skipping leaves nothing to read; with a plan that is a report of missing legs, not a usage error.
    if (positionals.length === 0 && !plan) throw new UserInputError('name at least one results.jsonl (or a directory of them)');
    if (!plan && opts['allow-missing']) throw new UserInputError('--allow-missing goes with --plan (it allows planned trials without results)');
    const warn = (line: string) => io.stderr.write(`warning: ${line}\n`);
    const { report, results } = await buildReport({ inputs: positionals, plan, baseline: opts.baseline, minDelta: opts['min-delta'], warn });
    const rendered = await renderReport(opts.format, { report, results, inputs: positionals, warn });
    if (typeof rendered !== 'string' && !opts.out) throw new UserInputError(`--format ${opts.format} writes a set of pages: name their directory with --out DIR`);
    if (opts.out) {
      try {
        await writeRendered(path.resolve(opts.out), rendered);
      } catch (error) {
        throw new UserInputError(`--out ${opts.out}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      if (typeof rendered !== 'string') io.stdout.write(`wrote ${Object.keys(rendered.files).length} file(s) to ${opts.out}\n`);
    } else io.stdout.write(rendered as string);
    const missing = undeliveredLegs(report.plan_check);
    if (missing.length) {
      const owed = report.plan_check!.missing.length;
      io.stderr.write(
        `opsbench report: ${missing.length} planned leg(s) did not deliver every trial (${owed} task(s) owe attempts): ${missing.map((l) => `${l.id} (${l.status}, ${l.delivered}/${l.planned})`).join(', ')}${opts['allow-missing'] ? '' : '; run them, or pass --allow-missing'}\n`
      );
    }
    const failsOnMissing = missing.length > 0 && !opts['allow-missing'];
    return failsOnMissing || (opts['fail-on-regression'] && hasRealRegression(report)) ? 1 : 0;
  }
};

async function readPlan(file: string): Promise<RunPlan> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserInputError(`{plan} ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseRunPlan(text, `give the file opsbench plan --out wrote`);
}
