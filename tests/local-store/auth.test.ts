import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_MESSAGES, mintToken, type LocalStore } from '../../local-store/index';
import { gql, startFixtureStore } from './helpers';

const query = '{ site { settings { storeName } } }';
const DEV_ORIGIN = 'http://localhost:4321';

describe('local store authentication and CORS', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore({ channelId: 1 });
  });
  afterAll(() => store.stop());

  it('answers a private-token server request', async () => {
    const reply = await gql(store, query);
    expect(reply.status).toBe(200);
    expect(reply.data.site.settings.storeName).toBe('Fixture Greenhouse');
  });

  it('lets the storefront token work server-to-server (no Origin)', async () => {
    const reply = await gql(store, query, {}, { token: store.storefrontToken });
    expect(reply.status).toBe(200);
  });

  it.each([
    ['no token', null, AUTH_MESSAGES.missing],
    ['a token we never signed', 'abc.def.ghi', AUTH_MESSAGES.unknown],
    ['a token signed with another key', mintToken({ secret: 'someone-else' }), AUTH_MESSAGES.unknown],
    ['an expired token', mintToken({ expiresAt: new Date(Date.now() - 60_000) }), AUTH_MESSAGES.expired],
    ['a token for another channel', mintToken({ channelIds: [2] }), AUTH_MESSAGES.channel],
  ])('refuses %s with 401 and BigCommerce’s message', async (_label, token, message) => {
    const reply = await gql(store, query, {}, { token });
    expect(reply.status).toBe(401);
    expect(reply.errors?.[0].message).toBe(message);
    expect(reply.data).toBeUndefined();
  });

  it('uses BigCommerce’s exact wording for a missing token', () => {
    expect(AUTH_MESSAGES.missing).toBe('GraphQL credentials were missing. No token was sent.');
  });

  it('answers a preflight from an allowed origin, echoing it, without credentials', async () => {
    const response = await fetch(store.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: DEV_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(DEV_ORIGIN);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives a preflight from any other origin no CORS headers', async () => {
    const response = await fetch(store.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the storefront token to its allowed origin, with CORS headers', async () => {
    const reply = await gql(
      store,
      query,
      {},
      { token: store.storefrontToken, origin: 'http://127.0.0.1:4321' },
    );
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    expect(reply.headers.get('access-control-expose-headers')).toContain('X-Bc-Graphql-Complexity');
  });

  it('refuses the storefront token from an origin not on its list', async () => {
    const reply = await gql(
      store,
      query,
      {},
      { token: store.storefrontToken, origin: 'https://evil.example' },
    );
    expect(reply.status).toBe(403);
    expect(reply.errors?.[0].message).toContain('https://evil.example');
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('honours the origins carried by a minted storefront token', async () => {
    const token = mintToken({ allowedOrigins: ['https://shop.example'] });
    const allowed = await gql(store, query, {}, { token, origin: 'https://shop.example' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const refused = await gql(store, query, {}, { token, origin: DEV_ORIGIN });
    expect(refused.status).toBe(403);
  });

  it('refuses the private token when the request comes from a browser', async () => {
    const reply = await gql(store, query, {}, { token: store.privateToken, origin: DEV_ORIGIN });
    expect(reply.status).toBe(403);
    expect(reply.errors?.[0].message).toMatch(/Private tokens cannot be used from a browser/);
  });

  it('refuses to mint tokens BigCommerce would not issue', () => {
    expect(() =>
      mintToken({ allowedOrigins: ['https://a.example', 'https://b.example', 'https://c.example'] }),
    ).toThrow(/at most 2/);
    expect(() => mintToken({ allowedOrigins: ['https://*.example.com'] })).toThrow(/exact origin/);
  });

  it('issues JWT-shaped tokens carrying the channel, origins and expiry', () => {
    const [header, payload, signature] = store.storefrontToken.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({
      alg: 'HS256',
      typ: 'JWT',
    });
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims).toMatchObject({
      kind: 'storefront',
      cid: [1],
      cors: ['http://localhost:4321', 'http://127.0.0.1:4321'],
    });
    expect(claims.eat * 1000).toBeGreaterThan(Date.now());
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('a store serving another channel', () => {
  it('accepts its own tokens and refuses channel-1 tokens', async () => {
    const store = await startFixtureStore({ channelId: 7 });
    try {
      expect((await gql(store, '{ channel { entityId } }')).data.channel.entityId).toBe(7);
      const reply = await gql(store, query, {}, { token: mintToken({ channelIds: [1] }) });
      expect(reply.status).toBe(401);
      expect(reply.errors?.[0].message).toBe(AUTH_MESSAGES.channel);
    } finally {
      await store.stop();
    }
  });
});
