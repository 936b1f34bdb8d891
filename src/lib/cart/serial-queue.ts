/** The one queue every cart task waits in, so two quick clicks never race each other. */

let queue: Promise<unknown> = Promise.resolve();

/** Runs cart tasks strictly one after another, each once the one before has settled. */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
