/** Worker-thread entry of one local store replica: its own API over its copy of the catalog, on the shared port. */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { createLocalApi, type LocalApi } from './core/api';
import type { FaultConfig } from './core/faults';
import type { ApiRequest, ApiResponse } from './core/http';
import type { ReplicaReady, ReplicaWorkerData } from './replicas';
import { listenOnLoopback } from './server';

const setup = workerData as ReplicaWorkerData;
let api: LocalApi | undefined;

const apiAt = (port: number): LocalApi =>
  createLocalApi(setup.data, {
    origin: `http://127.0.0.1:${port}`,
    channelId: setup.channelId,
    allowedOrigins: setup.allowedOrigins,
    faults: setup.faults,
  });

// Read synchronously, so a request sent after `setFaults` returned always sees the new config.
function applyPendingFaults(target: LocalApi): void {
  let next;
  while ((next = receiveMessageOnPort(setup.faultsPort))) target.setFaults(next.message as FaultConfig);
}

async function handle(request: ApiRequest): Promise<ApiResponse> {
  if (!api) return { status: 503, headers: {}, body: 'Starting' };
  applyPendingFaults(api);
  const reply = api.handle(request);
  // `handle` counts a GraphQL request before its first await, so the count is already current.
  Atomics.store(setup.requestCounts, setup.index, api.requestCount());
  return reply;
}

// Only a replica that picks the port must listen before it knows its origin.
if (setup.port !== 0) api = apiAt(setup.port);
const server = await listenOnLoopback(setup.port, handle, { reusePort: true });
api ??= apiAt(server.port);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  void server.close().then(() => process.exit(0));
});
parentPort?.postMessage({ listening: server.port } satisfies ReplicaReady);
