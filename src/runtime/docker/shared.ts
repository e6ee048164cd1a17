interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

/**
 * Work keyed by name that many callers share (an image build wanted by every parallel trial of a task):
 * the first caller starts it, later ones wait for the same promise. Each waiter can leave on its own
 * signal; the work itself is aborted only when the last waiter has left, so one cancelled trial never
 * kills a build the others are waiting for, and a cancelled run leaves no build running.
 * A result stays for later callers; a failure too unless `forget(error)` says otherwise.
 */
export class SharedWork<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /** @throws the work's error, or `signal`'s reason when this caller leaves first */
  run(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal, forget: (error: unknown) => boolean = () => true): Promise<T> {
    signal?.throwIfAborted();
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry<T> = { controller, waiters: 0, settled: false, promise: Promise.resolve() as Promise<T> };
      created.promise = start(controller.signal).then(
        (value) => {
          created.settled = true;
          return value;
        },
        (error: unknown) => {
          created.settled = true;
          if ((controller.signal.aborted || forget(error)) && this.entries.get(key) === created) this.entries.delete(key);
          throw error;
        }
      );
      created.promise.catch(() => {}); // every waiter handles it; this keeps an unwaited failure from being "unhandled"
      this.entries.set(key, created);
      entry = created;
    }
    return this.wait(key, entry, signal);
  }

  private wait(key: string, entry: Entry<T>, signal?: AbortSignal): Promise<T> {
    if (entry.settled) return entry.promise;
    // A caller without a signal never leaves, so it keeps the work alive until it settles.
    entry.waiters += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        if (!signal) return;
        entry.waiters -= 1;
        if (entry.waiters === 0 && !entry.settled) {
          entry.controller.abort(signal.reason);
          if (this.entries.get(key) === entry) this.entries.delete(key);
        }
        reject(signal.reason ?? new Error('aborted'));
      };
      signal?.addEventListener('abort', leave, { once: true });
      entry.promise.then(
        (value) => {
          signal?.removeEventListener('abort', leave);
          entry.waiters -= 1;
          resolve(value);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', leave);
          entry.waiters -= 1;
          reject(error);
        }
      );
    });
  }
}
