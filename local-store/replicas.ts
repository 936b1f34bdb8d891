/** Runs the local API as worker-thread replicas that share one loopback port, for read-only load. */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { parseFaultConfig, type FaultConfig } from './core/faults';
import type { StoreData } from './data/types';
import { listenOnLoopback } from './server';

/** What `startReplicas` needs: how many replicas, where, and what each one serves. */
export interface ReplicaSettings {
  count: number;
  /** 0 lets the first replica pick a free port; the others join it. */
  port: number;
  data: StoreData;
  channelId: number;
  allowedOrigins: string[];
  faults?: FaultConfig;
}

/** The `workerData` of one replica. */
export interface ReplicaWorkerData {
  index: number;
  port: number;
  data: StoreData;
  channelId: number;
  allowedOrigins: string[];
  faults?: FaultConfig;
  /** Fault configs from `setFaults`, read synchronously before each request. */
  faultsPort: MessagePort;
  /** GraphQL requests received, one slot per replica (shared memory). */
  requestCounts: Int32Array;
}

/** What a replica posts once it listens. */
export interface ReplicaReady {
  listening: number;
}

/** Running replicas. */
export interface ReplicaSet {
  port: number;
  /** Sends the fault config to every replica; each applies it before its next request. */
  setFaults(faults: FaultConfig): void;
  /** GraphQL requests received by all replicas together. */
  requestCount(): number;
  /** Closes every replica's connections and ends its thread. */
  stop(): Promise<void>;
}

const WORKER_URL = new URL('./replica-worker.ts', import.meta.url);
const STOP_GRACE_MS = 2000;

interface Replica {
  worker: Worker;
  faultsPort: MessagePort;
  exited: Promise<unknown>;
}

function startReplica(
  settings: ReplicaSettings,
  index: number,
  port: number,
  requestCounts: Int32Array,
): Promise<{ replica: Replica; port: number }> {
  // A worker gets no TypeScript loader from vitest and only sometimes from tsx, so each one loads tsx itself.
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const { port1, port2 } = new MessageChannel();
  const { data, channelId, allowedOrigins, faults } = settings;
  const workerData: ReplicaWorkerData = {
    index,
    port,
    data,
    channelId,
    allowedOrigins,
    faults,
    faultsPort: port2,
    requestCounts,
  };
  const worker = new Worker(WORKER_URL, {
    workerData,
    transferList: [port2],
    execArgv: ['--import', tsxLoader],
  });
  const replica: Replica = {
    worker,
    faultsPort: port1,
    exited: new Promise((resolve) => worker.once('exit', resolve)),
  };
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      port1.close();
      void worker.terminate();
      reject(error);
    };
    const exitedEarly = (code: number) =>
      fail(new Error(`Local store replica ${index} exited (${code}) while starting`));
    worker.once('error', fail);
    worker.once('exit', exitedEarly);
    worker.once('message', (message: ReplicaReady) => {
      worker.off('error', fail);
      worker.off('exit', exitedEarly);
      worker.on('error', (error) => console.error(`local store replica ${index} failed: ${error.message}`));
      resolve({ replica, port: message.listening });
    });
  });
}

async function stopReplica(replica: Replica): Promise<void> {
  replica.faultsPort.close();
  replica.worker.postMessage('stop');
  // A replica stuck in a long request is ended all the same.
  const timer = setTimeout(() => void replica.worker.terminate(), STOP_GRACE_MS);
  await replica.exited;
  clearTimeout(timer);
}

/** Starts `count` replicas on one port; resolves once all listen, or rejects having stopped them all. */
export async function startReplicas(settings: ReplicaSettings): Promise<ReplicaSet> {
  if (settings.port !== 0) {
    // SO_REUSEPORT would silently share a port some other reusing server holds; a plain listen refuses it.
    await (
      await listenOnLoopback(settings.port, async () => ({ status: 503, headers: {}, body: '' }))
    ).close();
  }
  const requestCounts = new Int32Array(new SharedArrayBuffer(settings.count * Int32Array.BYTES_PER_ELEMENT));
  const first = await startReplica(settings, 0, settings.port, requestCounts);
  const others = await Promise.allSettled(
    Array.from({ length: settings.count - 1 }, (_, i) =>
      startReplica(settings, i + 1, first.port, requestCounts),
    ),
  );
  const replicas = [
    first,
    ...others.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])),
  ].map((started) => started.replica);
  const failed = others.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(replicas.map(stopReplica));
    throw failed.reason;
  }
  return {
    port: first.port,
    setFaults(faults) {
      const config = parseFaultConfig(faults);
      for (const replica of replicas) replica.faultsPort.postMessage(config);
    },
    requestCount: () => requestCounts.reduce((sum, _, index) => sum + Atomics.load(requestCounts, index), 0),
    stop: async () => {
      await Promise.all(replicas.map(stopReplica));
    },
  };
}
