/** The CLI's view of the terminal, injected so tests can capture output without spawning a process. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** An outer cancel (tests, embedders); long-running verbs add their own SIGINT/SIGTERM handling on top. */
  signal?: AbortSignal;
}

/** One verb's module (its name and summary live in commands/index.ts, which loads it lazily). */
export interface CliCommand {
  name: string;
  usage: string;
  /** Returns the process exit code. Throws only for bugs; bad input is printed and returns 1 (or 2 for usage). */
  run(args: string[], io: CliIO): Promise<number>;
}
