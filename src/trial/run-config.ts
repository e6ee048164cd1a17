import { z } from 'zod';
import { optional, text } from '../agent/agent-options.js';
import { AgentOptionsSchema, checkAgentOptions } from '../agent/registry.js';
import { RUNTIME_KINDS, type RuntimeChoice } from '../runtime/select.js';
import { UserInputError } from '../core/errors.js';
import { parseShard } from './shard.js';


/** `auto` and every runtime of the registry (runtime/select.ts): a runtime the registry lacks is never offered. */
export const RUNTIME_CHOICES = ['auto', ...RUNTIME_KINDS] as [RuntimeChoice, ...RuntimeChoice[]];

const count = (max: number) =>
  z
    .union([z.number(), z.string().trim()])
    .transform((v, ctx) => {
      const n = typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < 1 || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from 1 to ${max} (got "${String(v)}")` });
        return z.NEVER;
      }
      return n;
    });

/** A boolean flag: true/false, or the strings an Action input gives. */
const flag = () => optional(z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])).default(false);

/**
 * What `opsbench run` and the Action's run leg take, after parsing. Raw values are strings (flags, inputs)
 * or already-typed values; defaults are the CLI's.
 */
export const RunConfigSchema = z
  .object({
    tasks: optional(text('a task directory')).default('tasks'),
    // The agent and its fields: the one agent configuration schema (agent/registry.ts, agent/agent-options.ts).
    ...AgentOptionsSchema.shape,
    attempts: optional(count(1000)).default(1),
    concurrency: optional(count(256)).default(2),
    runtime: optional(
      z.enum(RUNTIME_CHOICES, { error: (i) => `must be one of ${RUNTIME_CHOICES.join(', ')} (got "${String(i.input)}")` })
    ).default('auto'),
    /**
     * Accepts running the model or command agent on the local runtime, i.e. on this machine where it can read
     * the harness's environment and files (see runtime/select.ts assertRuntimeSafeFor). Only with runtime "local".
     */
    unsafeLocal: flag(),
    shard: optional(
      z.string().transform((v, ctx) => {
        try {
          return parseShard(v);
        } catch {
          ctx.addIssue({ code: 'custom', message: `must look like I/N with 1 <= I <= N, e.g. 2/4 (got "${v}")` });
          return z.NEVER;
        }
      })
    ),
    out: optional(text('a directory')).default('.opsbench/out'),
    cacheDir: optional(text('a directory')),
    verbose: flag()
  })
  .superRefine((cfg, ctx) => {
    if (cfg.unsafeLocal && cfg.runtime !== 'local') {
      ctx.addIssue({ code: 'custom', path: ['unsafeLocal'], message: 'only goes with {runtime} local (it accepts running the agent on this machine)' });
    }
    checkAgentOptions(cfg, ctx);
  });
export type RunConfig = z.infer<typeof RunConfigSchema>;
/** A field of the run configuration; front ends map each to their flag (cli/flags.ts) or input (action/inputs.ts). */
export type RunField = keyof RunConfig;

/**
 * Parses raw values into a RunConfig.
 * @throws UserInputError with one "{field}: problem" per bad value (front ends name the fields).
 */
export function parseRunConfig(raw: Record<string, unknown>): RunConfig {
  const parsed = RunConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const field = issue.path[0];
    return `${typeof field === 'string' ? `{${field}}` : 'options'}: ${issue.message}`;
  });
  throw new UserInputError([...new Set(lines)].join('; '));
}
