/** A thin loopback HTTP server (node:http on 127.0.0.1) around the pure local API. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiRequest, ApiResponse } from './core/http';

/** A listening loopback server. */
export interface LoopbackServer {
  port: number;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

/** Settings of `listenOnLoopback`. */
export interface ListenOptions {
  /** Sets SO_REUSEPORT so several servers (e.g. in worker threads) share the port and the kernel spreads connections. */
  reusePort?: boolean;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Listens on 127.0.0.1:`port` (0 = any free port) and answers every request with `handle`. */
export async function listenOnLoopback(
  port: number,
  handle: (request: ApiRequest) => Promise<ApiResponse>,
  options: ListenOptions = {},
): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => void answer(request, response));
  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const body = await readBody(request);
      const reply = await handle({
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        headers: request.headers,
        body,
      });
      if (reply.dropConnection) {
        request.socket.destroy();
        return;
      }
      response.writeHead(reply.status, reply.headers);
      response.end(reply.body);
    } catch (error) {
      if (response.headersSent) return void response.destroy();
      response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(
        JSON.stringify({ errors: [{ message: `Local store failure: ${(error as Error).message}` }] }),
      );
    }
  }
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', reusePort: options.reusePort ?? false }, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The local store did not get a TCP port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
