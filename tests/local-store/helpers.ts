/** Test helpers: start the local store on the fixture and talk to it over real HTTP. */
/* eslint-disable @typescript-eslint/no-explicit-any -- tests walk deep GraphQL JSON replies */
import { startLocalStore, type LocalStore, type StartLocalStoreOptions } from '../../local-store/index';
import { fixtureStore } from './fixture';

/** Starts a local store on a random port serving a fresh fixture catalog. */
export function startFixtureStore(options: StartLocalStoreOptions = {}): Promise<LocalStore> {
  return startLocalStore({ port: 0, data: fixtureStore(), ...options });
}

/** A parsed GraphQL reply. */
export interface GqlReply<T = any> {
  status: number;
  headers: Headers;
  data: T;
  errors?: { message: string; path?: (string | number)[] }[];
}

/** Request options: which token (default the private one), a browser `Origin`, extra headers. */
export interface GqlOptions {
  token?: string | null;
  origin?: string;
  headers?: Record<string, string>;
}

/** POSTs a GraphQL request to the store. */
export async function gql<T = any>(
  store: LocalStore,
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<GqlReply<T>> {
  const token = options.token === undefined ? store.privateToken : options.token;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.origin) headers.origin = options.origin;
  const response = await fetch(store.graphqlUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GqlReply['errors'] };
  return { status: response.status, headers: response.headers, data: body.data as T, errors: body.errors };
}

/** Like `gql`, but fails the test on any GraphQL error. */
export async function gqlOk<T = any>(
  store: LocalStore,
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<T> {
  const reply = await gql<T>(store, query, variables, options);
  if (reply.status !== 200 || reply.errors?.length) {
    throw new Error(`GraphQL failed (${reply.status}): ${JSON.stringify(reply.errors)}`);
  }
  return reply.data;
}

/** Decodes a cursor to its list index. */
export const cursorIndex = (cursor: string) =>
  Number(Buffer.from(cursor, 'base64').toString('utf8').split(':')[1]);

/** One product's `fields`, as `site.product(args)` answers them. */
export async function productFields(store: LocalStore, args: string, fields: string): Promise<any> {
  return (await gqlOk(store, `{ site { product(${args}) { ${fields} } } }`)).site.product;
}
