/**
 * The webhook endpoint and its schedules on this machine: a node:http server in front of the same
 * handler the Netlify Function uses, ticks on a timer, and the state on disk instead of in Blobs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { diskStateStore } from '../../src/lib/webhooks/disk-state-store';
import { handleWebhookRequest } from '../../src/lib/webhooks/endpoint';
import { runRebuildTick, type TickOutcome } from '../../src/lib/webhooks/rebuild-tick';
import { runSafetyNet, type SafetyNetReport } from '../../src/lib/webhooks/safety-net';
import { WEBHOOK_ROUTE } from '../../src/lib/webhooks/scopes';
import { webhookSettingsFrom } from '../../src/lib/webhooks/settings';

/** Where the local state lives unless `WEBHOOK_STATE_DIR` or `stateDir` says otherwise. */
export const DEFAULT_LOCAL_STATE_DIR = 'node_modules/.cache/webhooks-local';

/** How to start the local server. */
export interface WebhookServerOptions {
  port?: number;
  env?: Record<string, string | undefined>;
  stateDir?: string;
  /** Time between ticks (default 1000 ms; Netlify runs one a minute). */
  tickMs?: number;
  /** Also run the safety net this often; off unless set. */
  safetyNetMs?: number;
  log?: (line: string) => void;
}

/** A running local server. */
export interface WebhookServer {
  url: string;
  endpointUrl: string;
  stateDir: string;
  /** Resolves once `count` more ticks have finished (the first may have begun before the call), with the last one's outcome. */
  ticksAfter(count: number): Promise<TickOutcome>;
  safetyNet(): Promise<SafetyNetReport>;
  stop(): Promise<void>;
}

function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method: incoming.method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

async function send(response: Response, outgoing: ServerResponse) {
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/** Starts the server on 127.0.0.1 and the tick loop; settings come from `env` (default `process.env`). */
export async function startWebhookServer(options: WebhookServerOptions = {}): Promise<WebhookServer> {
  const env = options.env ?? process.env;
  const settings = webhookSettingsFrom(env);
  const stateDir = options.stateDir ?? (env.WEBHOOK_STATE_DIR?.trim() || DEFAULT_LOCAL_STATE_DIR);
  const store = diskStateStore(stateDir);
  const print = options.log ?? console.log;
  let lastLine = '';
  // A tick a second would repeat "no build hook" forever; each distinct line is printed once in a row.
  const log = (line: string) => {
    if (line !== lastLine) print(line);
    lastLine = line;
  };
  const deps = { settings, store, log };
  let origin = '';

  const server = createServer((incoming, outgoing) => {
    const request = toRequest(incoming, origin);
    const reply =
      new URL(request.url).pathname === WEBHOOK_ROUTE
        ? handleWebhookRequest(request, deps)
        : Promise.resolve(Response.json({ ok: false, message: `no route ${incoming.url}` }, { status: 404 }));
    reply
      .then((response) => send(response, outgoing))
      .catch((error: Error) => {
        log(`webhooks:serve: ${error.message}`);
        outgoing.destroy();
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let waiters: { remaining: number; resolve: (outcome: TickOutcome) => void }[] = [];
  const tickMs = options.tickMs ?? 1000;
  const loop = async () => {
    const outcome = await runRebuildTick(deps).catch((error: Error): TickOutcome => {
      log(`rebuild tick failed: ${error.message}`);
      return { kind: 'failed', error: error.message };
    });
    waiters = waiters.filter((waiter) => --waiter.remaining > 0 || (waiter.resolve(outcome), false));
    if (!stopped) timer = setTimeout(() => void loop(), tickMs);
  };
  timer = setTimeout(() => void loop(), tickMs);
  const safetyNetTimer = options.safetyNetMs
    ? setInterval(
        () => void runSafetyNet(deps).catch((error: Error) => log(`safety net failed: ${error.message}`)),
        options.safetyNetMs,
      )
    : undefined;

  return {
    url: origin,
    endpointUrl: `${origin}${WEBHOOK_ROUTE}`,
    stateDir,
    ticksAfter: (count) => new Promise((resolve) => waiters.push({ remaining: count, resolve })),
    safetyNet: () => runSafetyNet(deps),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(safetyNetTimer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
