/** A local stand-in for a Netlify build hook: records each call, and fails on demand. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseRebuildRequest, type RebuildRequest } from '../../src/lib/webhooks/rebuild-request';

/** One call the hook received. */
export interface HookCall {
  title: string | null;
  request: RebuildRequest;
  answered: number;
}

/** A running receiver. */
export interface BuildHookReceiver {
  /** The hook's URL; its path plays the secret id Netlify puts in real hook URLs. */
  url: string;
  calls: HookCall[];
  /** Why each call whose body was not a rebuild request could not be used (answered 400). */
  unusable: string[];
  /** The status the next calls get (200 unless set). */
  answerWith(status: number): void;
  /** Resolves once `count` calls answered `status` have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, status?: number, timeoutMs?: number): Promise<HookCall[]>;
  stop(): Promise<void>;
}

/** The secret-looking part of the receiver's URL, to check that it never shows up in logs. */
export const HOOK_ID = 'hook-5f0c2e9a77';

/** Starts a receiver on 127.0.0.1. */
export async function startBuildHookReceiver(): Promise<BuildHookReceiver> {
  const calls: HookCall[] = [];
  const unusable: string[] = [];
  let status = 200;
  const listeners = new Set<() => void>();
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const parsed = parseRebuildRequest(Buffer.concat(chunks).toString('utf8'));
      if (!parsed.ok) {
        unusable.push(parsed.reason);
        outgoing.writeHead(400).end();
        return;
      }
      const title = new URL(incoming.url ?? '/', 'http://x').searchParams.get('trigger_title');
      calls.push({ title, request: parsed.request, answered: status });
      outgoing.writeHead(status).end();
      for (const listener of listeners) listener();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const matching = (wanted: number) => calls.filter((call) => call.answered === wanted);
  return {
    url: `http://127.0.0.1:${port}/build_hooks/${HOOK_ID}`,
    calls,
    unusable,
    answerWith: (next) => void (status = next),
    waitFor: (count, wanted = 200, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (matching(wanted).length < count) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(matching(wanted));
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(
              `expected ${count} build-hook calls answered ${wanted}, got ${matching(wanted).length}`,
            ),
          );
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
