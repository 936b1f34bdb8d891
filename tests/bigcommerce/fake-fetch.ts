/** A scripted fetch and sample documents for the client's unit tests. */
import { createClient, type ClientOptions } from '../../src/lib/bigcommerce/client';
import { graphql } from '../../src/lib/bigcommerce/graphql';

/** A store endpoint no request really reaches. */
export const ENDPOINT = 'https://store-abc123.mybigcommerce.com/graphql';
const NameFragment = graphql(`
  fragment ProductName on Product {
    name
  }
`);
/** A query spreading one fragment. */
export const ProductQuery = graphql<typeof productData, { id: number }>(
  `
    query GetProduct($id: Int!) {
      site {
        product(entityId: $id) {
          ...ProductName
        }
      }
    }
  `,
  [NameFragment],
);
/** A mutation, for the stricter retry rules. */
export const AddMutation = graphql(`
  mutation AddThing {
    cart {
      deleteCart(input: { cartEntityId: "x" }) {
        deletedCartEntityId
      }
    }
  }
`);

type Reply = Response | (() => Promise<Response>) | Error;
interface Call {
  url: string;
  init: RequestInit;
  body: { query: string; operationName?: string; variables?: Record<string, unknown> };
}

/** A JSON reply. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A fetch that answers from a script, one reply per call, and records what it was sent. */
export function fakeFetch(...replies: Reply[]) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init, body: JSON.parse(String(init.body)) });
    const reply = replies[Math.min(calls.length, replies.length) - 1];
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply() : reply.clone();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** A client on a fake fetch whose sleeps only record their length. */
export function clientWith(fetch: typeof globalThis.fetch, overrides: Partial<ClientOptions> = {}) {
  const waits: number[] = [];
  const client = createClient({
    endpoint: ENDPOINT,
    token: 'tok_123',
    fetch,
    retry: { baseDelayMs: 10, maxDelayMs: 1000, random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
    ...overrides,
  });
  return { client, waits };
}

/** A reply that never comes, until the request is aborted. */
export const hangUntilAborted = (init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });

/** What ProductQuery answers. */
export const productData = { site: { product: { name: 'Orbit Terrarium' } } };
/** How Node's fetch fails when nothing listens. */
export const refused = () =>
  Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
  });
