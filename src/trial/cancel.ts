/**
 * Runs `fn` with a signal that fires on SIGINT/SIGTERM (or when `parent` does), so in-flight trials tear
 * down and the results so far are kept. Both front ends cancel a run through this: the CLI on Ctrl-C, the
 * Action when a workflow is cancelled (the runner sends SIGINT, then SIGTERM). `onSignal` is told each
 * signal and how many have arrived, for the front end's own words (the CLI quits at once on the second).
 */
export async function withCancelOnSignals<T>(
  fn: (signal: AbortSignal) => Promise<T>,
  opts: { parent?: AbortSignal; onSignal: (name: NodeJS.Signals, received: number) => void }
): Promise<T> {
  const controller = new AbortController();
  let received = 0;
  const onSignal = (name: NodeJS.Signals) => {
    received += 1;
    opts.onSignal(name, received);
    controller.abort(new Error(name));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await fn(opts.parent ? AbortSignal.any([opts.parent, controller.signal]) : controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
