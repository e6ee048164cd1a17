import { z } from 'zod';
import { FRAMEWORKS, type Framework } from '../frameworks/registry.js';

/**
 * The task.yaml contract (docs/architecture.md, "Task format"). Strict everywhere: an unknown key is an error
 * that names the key, because a misspelt field silently ignored is a task graded wrongly.
 */
export const FrameworkSchema = z.enum(FRAMEWORKS);
export type { Framework };

export const FAMILIES = ['integration', 'observability'] as const;
export const FamilySchema = z.enum(FAMILIES);
export type Family = z.infer<typeof FamilySchema>;

const relPath = z.string().min(1, 'must not be empty');

export const TimeoutsSchema = z
  .strictObject({
    agent_sec: z.number().int().positive().default(1800),
    test_sec: z.number().int().positive().default(300),
    build_sec: z.number().int().positive().default(900)
  })
  .default({ agent_sec: 1800, test_sec: 300, build_sec: 900 });

export const EnvironmentSpecSchema = z
  .strictObject({
    compose: relPath.optional(),
    workspace: z.string().min(1).default('workspace'),
    repo: relPath.default('repo'),
    workdir: z.string().startsWith('/', 'must be an absolute path inside the workspace').default('/app/repo'),
    /** Per-service limits above the runner's defaults (runtime/docker/limits.ts), up to the runner's ceiling. */
    limits: z
      .strictObject({
        pids: z.number().int().positive().optional(),
        memory: z.string().regex(/^\d+(\.\d+)?[kmg]?$/i, 'a size such as 4g, 512m or 1073741824').optional(),
        cpus: z.number().positive().optional()
      })
      .optional()
  })
  .default({ workspace: 'workspace', repo: 'repo', workdir: '/app/repo' });

export const TestsSpecSchema = z.strictObject({
  framework: FrameworkSchema,
  command: z.string().trim().min(1, 'must not be empty'),
  test_patch: relPath.optional(),
  /** Integration: the directory of the grader's test suite, copied in only at grading time. */
  dir: relPath.optional(),
  fail_to_pass: z.array(z.string().min(1)).default([]),
  pass_to_pass: z.array(z.string().min(1)).default([])
});

export const SolutionSchema = z.union([
  z.strictObject({ patch: relPath }),
  z.strictObject({ script: relPath })
]);

export const ContextSchema = z.strictObject({
  logs: relPath.optional(),
  chat: relPath.optional(),
  tracker: relPath.optional()
});

export const McpServerSpecSchema = z.union([
  z.strictObject({
    name: z.string().regex(/^[a-z0-9_-]+$/, 'use [a-z0-9_-]'),
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    env: z.record(z.string(), z.string()).optional()
  }),
  z.strictObject({
    name: z.string().regex(/^[a-z0-9_-]+$/, 'use [a-z0-9_-]'),
    // Streamable HTTP: an http(s) URL, not any scheme z.url() accepts ("tracker:8080" parses as scheme tracker:).
    url: z.url({ protocol: /^https?$/ })
  })
]);
export type McpServerSpec = z.infer<typeof McpServerSpecSchema>;

export const TaskFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes ([a-z0-9-])'),
  family: FamilySchema,
  language: z.string().min(1).optional(),
  services: z.array(z.string().min(1)).default(['workspace']),
  instruction: z.string().trim().min(1, 'must not be empty'),
  timeouts: TimeoutsSchema,
  environment: EnvironmentSpecSchema,
  tests: TestsSpecSchema,
  solution: SolutionSchema,
  context: ContextSchema.optional(),
  rubric: relPath.optional(),
  mcp: z.array(McpServerSpecSchema).default([])
});
export type TaskFile = z.infer<typeof TaskFileSchema>;
