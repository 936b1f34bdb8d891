/**
 * A tiny static file server for a built `dist/`, with directory indexes, the 404 page, and the
 * headers of its `_headers` file applied as Netlify applies them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  headersForPath,
  parseHeadersFile,
  type HeaderRule,
} from '../../src/lib/headers/netlify-headers-file';
import { REVALIDATE } from '../../src/lib/headers/site-rules';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};

/** A running static server. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const safe = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = path.join(candidate, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

/** The rules of `root/_headers`, read on every request since the folder may be filled later. */
async function headerRules(root: string): Promise<HeaderRule[]> {
  const text = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  return parseHeadersFile(text);
}

/** Serves `root` on 127.0.0.1 at `port` (0 picks a free one); the folder may be filled later. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = await resolveFile(root, url.pathname);
    const target = file ?? path.join(root, '404.html');
    const body = await readFile(target).catch(() => Buffer.from('Not found'));
    res.writeHead(file ? 200 : 404, {
      'cache-control': REVALIDATE,
      ...headersForPath(await headerRules(root), url.pathname),
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    });
    res.end(body);
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
