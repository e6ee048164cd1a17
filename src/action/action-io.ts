/**
 * What the Action needs from the runner, as an interface so the logic (run-main.ts) is tested with a memory
 * implementation and real INPUT_ / GITHUB_OUTPUT files rather than by mocking the ESM-only @actions/core.
 */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  setSecret(value: string): void;
  info(line: string): void;
  warning(message: string, props?: { file?: string; title?: string }): void;
  /** A notice annotation: shown on the run's page without failing or warning. */
  notice(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
  env: Record<string, string | undefined>;
}

/** State handed from the main step to the post step (core.saveState / getState, as in actions/cache). */
export interface StateStore {
  set(name: string, value: string): void;
  get(name: string): string;
}
