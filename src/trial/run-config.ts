import { z } from 'zod';
import { AGENT_KINDS } from '../agent/registry.js';
import { RUNTIME_KINDS, type RuntimeChoice } from '../runtime/select.js';
import { UserInputError } from '../core/errors.js';
import { parseShard } from './shard.js';


/** `auto` and every runtime of the registry (runtime/select.ts): a runtime the registry lacks is never offered. */
export const RUNTIME_CHOICES = ['auto', ...RUNTIME_KINDS] as [RuntimeChoice, ...RuntimeChoice[]];

/** '' (an Action input left empty) means "not given", like a missing flag. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

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

const text = (what: string) => z.string().trim().min(1, `must name ${what}`);

/**
 * What `opsbench run` and the Action's run leg take, after parsing. Raw values are strings (flags, inputs)
 * or already-typed values; defaults are the CLI's.
 */
export const RunConfigSchema = z
  .object({
    tasks: optional(text('a task directory')).default('tasks'),
    agent: optional(
      z.enum(AGENT_KINDS, { error: (i) => `must be one of ${AGENT_KINDS.join(', ')} (got "${String(i.input)}")` })
    ).default('oracle'),
    /** provider:name, e.g. openai:gpt-5-mini; required with agent "model". */
    model: optional(z.string().trim().regex(/^[a-z][a-z-]*:.+$/, 'must look like provider:name, e.g. openai:gpt-5-mini')),
    /** The command agent's command line (bring-your-own agent). */
    agentCommand: optional(text('a command')),
    /** The API base URL for openai-compatible endpoints (vLLM, Ollama, OpenRouter, a LiteLLM proxy). */
    baseUrl: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://localhost:8000/v1' })),
    /** `k=v` model settings: temperature, top_p, reasoning_effort, thinking_budget, <provider>.<option>. */
    modelOptions: z.array(z.string()).default([]),
    /** Env var names of provider keys the command agent may receive (opt-in). */
    passKeys: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name')).default([]),
    maxTurns: optional(z.coerce.number({ error: 'must be a whole number' }).int().nonnegative()),
    maxTokens: optional(z.coerce.number({ error: 'must be a whole number' }).int().nonnegative()),
    maxCostUsd: optional(z.coerce.number({ error: 'must be a number of US dollars' }).nonnegative()),
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
          return parseShard(v, '');
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
    if (cfg.agent === 'model' && !cfg.model) {
      ctx.addIssue({ code: 'custom', path: ['model'], message: 'is required with agent "model" (provider:name, e.g. openai:gpt-5-mini)' });
    }
    if (cfg.agent === 'command' && !cfg.agentCommand) {
      ctx.addIssue({ code: 'custom', path: ['agentCommand'], message: 'is required with agent "command" (the command line that runs your agent)' });
    }
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
