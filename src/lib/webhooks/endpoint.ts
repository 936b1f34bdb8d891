/** `POST /api/bigcommerce/webhook`: reads the request, judges it, records its change, answers at once. */
import { judgeDelivery, MAX_BODY_BYTES } from './judge-delivery';
import { recordDelivery } from './rebuild-state';
import type { WebhookSettings } from './settings';
import { updateRebuildState, type StateStore } from './state-store';

/** What the endpoint needs from the world. */
export interface EndpointDeps {
  settings: WebhookSettings;
  store: StateStore;
  now?: () => number;
  log?: (line: string) => void;
}

/** The body as text, or `undefined` once it passes `limit` bytes (the rest is never read). */
export async function readBodyUpTo(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const answer = (status: number, message: string) =>
  Response.json({ ok: status < 300, message }, { status, headers: { 'cache-control': 'no-store' } });

/** Handles one request. It only writes the pending state; the build is the tick's job. */
export async function handleWebhookRequest(request: Request, deps: EndpointDeps): Promise<Response> {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? console.log;
  const body = request.method === 'POST' ? await readBodyUpTo(request, MAX_BODY_BYTES) : '';
  const verdict = judgeDelivery(
    { method: request.method, header: (name) => request.headers.get(name), body },
    deps.settings,
    now(),
  );
  if (!verdict.record) {
    if (verdict.status >= 400) log(`webhook refused (${verdict.status}): ${verdict.message}`);
    return answer(verdict.status, verdict.message);
  }
  const { key, change } = verdict.record;
  try {
    const duplicate = await updateRebuildState(deps.store, (state) => {
      const recorded = recordDelivery(state, key, change, now());
      return { state: recorded.duplicate ? null : recorded.state, result: recorded.duplicate };
    });
    return answer(200, duplicate ? `duplicate of an earlier delivery: ${change.scope}` : verdict.message);
  } catch (error) {
    // A 5xx makes BigCommerce retry the delivery later, so the change is not lost.
    log(`webhook not recorded: ${(error as Error).message}`);
    return answer(503, 'the change could not be recorded; retry later');
  }
}
