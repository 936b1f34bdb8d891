/** The webhook endpoint's and the rebuild schedule's settings, read from the environment. */
import { channelIdFrom, ConfigError, envValue, type Env } from '../config';

/** What the endpoint and the rebuild tick need; secrets stay in here and never reach a response. */
export interface WebhookSettings {
  /** `BIGCOMMERCE_WEBHOOK_SECRET`: the shared secret BigCommerce sends back as `X-Webhook-Secret`. */
  secret?: string;
  /** `BIGCOMMERCE_WEBHOOK_SIGNING_SECRET`: the key of Standard Webhooks signatures, when used. */
  signingSecret?: string;
  /** The channel whose assignments, tree and settings count (`BIGCOMMERCE_CHANNEL_ID`, default 1). */
  channelId: number;
  /** Quiet time after the last change before a build (`REBUILD_DEBOUNCE_SECONDS`, default 60). */
  debounceMs: number;
  /** Longest a change waits while changes keep coming (`REBUILD_MAX_DELAY_SECONDS`, default 600). */
  maxDelayMs: number;
  /** `NETLIFY_BUILD_HOOK_URL`; without it the tick keeps changes pending and says so. */
  buildHookUrl?: string;
}

/** Seconds a build waits for a quiet catalog unless `REBUILD_DEBOUNCE_SECONDS` says otherwise. */
export const DEFAULT_DEBOUNCE_SECONDS = 60;
/** Seconds a change waits at most unless `REBUILD_MAX_DELAY_SECONDS` says otherwise. */
export const DEFAULT_MAX_DELAY_SECONDS = 600;

/** Parses a duration in seconds (fractions allowed, so tests can run fast) into milliseconds. */
export function secondsFrom(env: Env, variable: string, fallback: number): number {
  const raw = envValue(env[variable]);
  if (raw === undefined) return fallback * 1000;
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0) {
    throw new ConfigError(variable, `must be a positive number of seconds, got "${raw}"`);
  }
  return Math.round(Number(raw) * 1000);
}

/** Reads every webhook setting; throws `ConfigError` naming the variable on a malformed value. */
export function webhookSettingsFrom(env: Env): WebhookSettings {
  const debounceMs = secondsFrom(env, 'REBUILD_DEBOUNCE_SECONDS', DEFAULT_DEBOUNCE_SECONDS);
  const maxDelayMs = secondsFrom(env, 'REBUILD_MAX_DELAY_SECONDS', DEFAULT_MAX_DELAY_SECONDS);
  if (maxDelayMs < debounceMs) {
    throw new ConfigError(
      'REBUILD_MAX_DELAY_SECONDS',
      `must be at least REBUILD_DEBOUNCE_SECONDS (${debounceMs / 1000}), got ${maxDelayMs / 1000}`,
    );
  }
  const buildHookUrl = envValue(env.NETLIFY_BUILD_HOOK_URL);
  if (buildHookUrl && !/^https?:\/\//.test(buildHookUrl)) {
    // The URL itself is a secret (anyone holding it can start builds), so the message omits it.
    throw new ConfigError('NETLIFY_BUILD_HOOK_URL', 'must be an http(s) URL');
  }
  return {
    secret: envValue(env.BIGCOMMERCE_WEBHOOK_SECRET),
    signingSecret: envValue(env.BIGCOMMERCE_WEBHOOK_SIGNING_SECRET),
    channelId: channelIdFrom(env),
    debounceMs,
    maxDelayMs,
    buildHookUrl,
  };
}
