/** JWT-shaped storefront and private tokens, BigCommerce's 401 messages, and the CORS rules tied to tokens. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { headerOf, type ApiRequest } from './http';

/** `storefront` tokens serve browsers (and, for now, servers); `private` tokens serve servers only. */
export type TokenKind = 'storefront' | 'private';

/** What a local token carries. */
export interface TokenClaims {
  kind: TokenKind;
  /** Channel ids the token may query. */
  cid: number[];
  /** Exact browser origins a storefront token accepts (at most 2). */
  cors: string[];
  /** Issued-at and expiry, in seconds since the epoch. */
  iat: number;
  eat: number;
}

/** Options for `mintToken`. */
export interface MintTokenOptions {
  kind?: TokenKind;
  channelIds?: number[];
  allowedOrigins?: string[];
  /** Expiry as a Date or epoch seconds; default ten years after issue. */
  expiresAt?: Date | number;
  /** Issue time in epoch seconds; default now. A fixed value gives the same token on every start. */
  issuedAt?: number;
  secret?: string;
}

/** The issue time of the store's own tokens, fixed so builds that embed the storefront token stay byte-identical. */
export const STABLE_ISSUED_AT = Date.UTC(2026, 0, 1) / 1000;

/** The origins a storefront token accepts unless told otherwise: the Astro dev and preview servers. */
export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:4321', 'http://127.0.0.1:4321'];

/** The HMAC key local tokens are signed with; loopback-only, so it need not be secret. */
export const LOCAL_TOKEN_SECRET = process.env.LOCAL_STORE_SECRET || 'local-store-loopback-signing-key';

/** BigCommerce's 401 messages. */
export const AUTH_MESSAGES = {
  missing: 'GraphQL credentials were missing. No token was sent.',
  unknown: 'Unknown JWT token',
  expired: 'GraphQL invalid credentials. JWT is expired',
  channel: "GraphQL invalid credentials. JWT channel id doesn't match channel id of the URL",
} as const;

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const sign = (input: string, secret: string) =>
  createHmac('sha256', secret).update(input).digest('base64url');

/** Mints a token signed with the local secret; tests use it for expired, wrong-channel or other-origin tokens. */
export function mintToken(options: MintTokenOptions = {}): string {
  const kind = options.kind ?? 'storefront';
  const cors = kind === 'storefront' ? (options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS) : [];
  if (cors.length > 2) throw new Error('A storefront token accepts at most 2 origins');
  for (const origin of cors) {
    if (origin.includes('*') || new URL(origin).origin !== origin) {
      throw new Error(`"${origin}" is not an exact origin (scheme://host[:port], no wildcards)`);
    }
  }
  const now = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const expiresAt = options.expiresAt ?? now + 10 * 365 * 24 * 3600;
  const claims: TokenClaims = {
    kind,
    cid: options.channelIds ?? [1],
    cors,
    iat: now,
    eat: expiresAt instanceof Date ? Math.floor(expiresAt.getTime() / 1000) : expiresAt,
  };
  const unsigned = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${unsigned}.${sign(unsigned, options.secret ?? LOCAL_TOKEN_SECRET)}`;
}

/** The claims of a token signed with `secret`, or `null` when it is not one. */
export function readToken(token: string, secret = LOCAL_TOKEN_SECRET): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`, secret));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
    return Array.isArray(claims.cid) && typeof claims.eat === 'number' ? claims : null;
  } catch {
    return null;
  }
}

/** The outcome of checking a request's credentials. */
export type AuthResult =
  { ok: true; claims: TokenClaims; corsOrigin?: string } | { ok: false; status: number; message: string };

/** Checks the bearer token, its expiry and channel, and whether the request's `Origin` may use it. */
export function authorize(request: ApiRequest, channelId: number, now = Date.now()): AuthResult {
  const header = headerOf(request, 'authorization')?.trim() ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) return { ok: false, status: 401, message: AUTH_MESSAGES.missing };
  const claims = readToken(token);
  if (!claims) return { ok: false, status: 401, message: AUTH_MESSAGES.unknown };
  if (claims.eat * 1000 <= now) return { ok: false, status: 401, message: AUTH_MESSAGES.expired };
  if (!claims.cid.includes(channelId)) return { ok: false, status: 401, message: AUTH_MESSAGES.channel };
  const origin = headerOf(request, 'origin');
  if (origin === undefined) return { ok: true, claims };
  if (claims.kind === 'private') {
    return {
      ok: false,
      status: 403,
      message: 'Private tokens cannot be used from a browser: the request has an Origin header',
    };
  }
  if (!claims.cors.includes(origin)) {
    return { ok: false, status: 403, message: `Origin ${origin} is not allowed for this storefront token` };
  }
  return { ok: true, claims, corsOrigin: origin };
}

/** Response headers that let `origin` read a reply (no credentials, as BigCommerce). */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'X-Bc-Graphql-Complexity, X-Retry-After, X-Rate-Limit-Time-Reset-Ms',
    vary: 'Origin',
  };
}

/** The reply to a CORS preflight: allowed only for the store's configured storefront origins. */
export function preflightHeaders(
  request: ApiRequest,
  allowedOrigins: readonly string[],
): Record<string, string> | null {
  const origin = headerOf(request, 'origin');
  if (!origin || !allowedOrigins.includes(origin)) return null;
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': 'POST, GET, OPTIONS',
    'access-control-allow-headers':
      headerOf(request, 'access-control-request-headers') ?? 'Authorization, Content-Type, Accept',
    'access-control-max-age': '600',
  };
}
