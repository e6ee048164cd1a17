import type { ActionIO, StateStore } from '../../src/action/action-io.js';

/** An ActionIO that records what the Action did, for tests of the logic behind the real runner binding. */
export class MemoryActionIO implements ActionIO {
  outputs: Record<string, string> = {};
  failed: string | null = null;
  secrets: string[] = [];
  lines: string[] = [];
  warnings: string[] = [];
  notices: string[] = [];
  summary = '';

  constructor(
    private readonly inputs: Record<string, string>,
    public env: Record<string, string | undefined> = {}
  ) {}

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  setFailed(message: string): void {
    this.failed = message;
  }
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  info(line: string): void {
    this.lines.push(line);
  }
  warning(message: string): void {
    this.warnings.push(message);
  }
  notice(message: string): void {
    this.notices.push(message);
  }
  async group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
}

export class MemoryState implements StateStore {
  values: Record<string, string> = {};
  set(name: string, value: string): void {
    this.values[name] = value;
  }
  get(name: string): string {
    return this.values[name] ?? '';
  }
}

/** The defaults action.yml gives every input. */
export const DEFAULT_INPUTS: Record<string, string> = {
  command: 'run',
  tasks: 'tasks',
  models: '',
  agent: 'oracle',
  'agent-command': '',
  attempts: '1',
  shards: '1',
  shard: '',
  concurrency: '2',
  baseline: 'auto',
  'fail-on-regression': 'true',
  'min-delta': '0.05',
  'github-token': '',
  'image-cache': 'false',
  'working-directory': '.',
  plan: '',
  'allow-missing': 'false',
  'agent-name': '',
  comment: 'true',
  'comment-marker': 'opsbench-report',
  'check-name': 'OpsBench',
  'max-annotations': '500',
  'artifacts-run-id': ''
};
