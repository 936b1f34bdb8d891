/** Bounded concurrency: run async tasks with at most N in flight. */

/** Runs tasks with at most `concurrency` of them in flight at once. */
export interface Pool {
  /** Queues a task; it starts when a slot is free. Rejects with the task's error. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

/** Creates a pool allowing `concurrency` (a whole number ≥ 1) tasks at once. */
export function createPool(concurrency: number): Pool {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  let active = 0;
  const queue: (() => void)[] = [];

  const release = () => {
    active -= 1;
    const next = queue.shift();
    if (next) next();
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          active += 1;
          Promise.resolve().then(task).then(resolve, reject).finally(release);
        };
        if (active < concurrency) start();
        else queue.push(start);
      });
    },
  };
}

/**
 * Waits for every task to settle, then rethrows the first failure or returns the results in order, so
 * nothing is still running once a failure is reported. Tuples keep each task's own result type.
 */
export async function settleAll<T extends readonly unknown[]>(tasks: {
  readonly [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
