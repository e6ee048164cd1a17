import type { CliCommand } from '../io.js';

/** One verb: its name and summary for the help, its module loaded only when the verb runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}

/**
 * Every verb of the CLI (docs/architecture.md "The CLI", a **contract**). A new verb is a new file and a
 * line here. Modules load lazily, so `opsbench plan` or `report` never imports the Docker runtime, the agents
 * or the model SDKs that `run` needs.
 */
export const commands: CommandEntry[] = [
  { name: 'validate', summary: 'check task directories: schema, referenced files, patches, compose services', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'check-tasks', summary: 'check that oracle passes and null fails on every task, N times', load: async () => (await import('./check-tasks.js')).checkTasksCommand },
  { name: 'run', summary: 'run tasks with an agent and record results.jsonl', load: async () => (await import('./run.js')).runCommand },
  { name: 'plan', summary: 'plan legs x shards: the strategy.matrix JSON and the plan report --plan checks', load: async () => (await import('./plan.js')).planCommand },
  { name: 'report', summary: 'merge results, compare with a baseline, print markdown/json/junit', load: async () => (await import('./report.js')).reportCommand },
  { name: 'mcp', summary: 'serve the logs or chat/tracker MCP server (stdio, or Streamable HTTP with --http)', load: async () => (await import('./mcp.js')).mcpCommand },
  { name: 'bench', summary: "measure the harness's own overhead per trial and its throughput", load: async () => (await import('./bench.js')).benchCommand },
  { name: 'cleanup', summary: 'remove the containers, networks, volumes and host scratch a run left behind', load: async () => (await import('./cleanup.js')).cleanupCommand },
  { name: 'fetch', summary: 'download a task set from the Hugging Face Hub (hf://datasets/...) and print its local path', load: async () => (await import('./fetch.js')).fetchCommand }
];
