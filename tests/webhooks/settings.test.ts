import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/lib/config';
import { webhookSettingsFrom } from '../../src/lib/webhooks/settings';

const failure = (env: Record<string, string>) => {
  try {
    webhookSettingsFrom(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
};

describe('webhookSettingsFrom', () => {
  it('defaults to a 60 s quiet window, a 600 s cap and channel 1', () => {
    expect(webhookSettingsFrom({})).toEqual({
      secret: undefined,
      signingSecret: undefined,
      channelId: 1,
      debounceMs: 60_000,
      maxDelayMs: 600_000,
      buildHookUrl: undefined,
    });
  });

  it('accepts fractional seconds, so tests can run fast', () => {
    const env = {
      REBUILD_DEBOUNCE_SECONDS: '0.25',
      REBUILD_MAX_DELAY_SECONDS: '1.5',
      BIGCOMMERCE_CHANNEL_ID: '3',
    };
    expect(webhookSettingsFrom(env)).toMatchObject({ debounceMs: 250, maxDelayMs: 1500, channelId: 3 });
  });

  it('names the variable that is malformed, without printing the hook URL', () => {
    expect(failure({ REBUILD_DEBOUNCE_SECONDS: 'soon' }).variable).toBe('REBUILD_DEBOUNCE_SECONDS');
    expect(failure({ REBUILD_MAX_DELAY_SECONDS: '0' }).variable).toBe('REBUILD_MAX_DELAY_SECONDS');
    const shorter = failure({ REBUILD_DEBOUNCE_SECONDS: '120', REBUILD_MAX_DELAY_SECONDS: '60' });
    expect(shorter.message).toMatch(/at least REBUILD_DEBOUNCE_SECONDS/);
    const hook = failure({ NETLIFY_BUILD_HOOK_URL: 'api.netlify.com/build_hooks/secret-id' });
    expect(hook.variable).toBe('NETLIFY_BUILD_HOOK_URL');
    expect(hook.message).not.toContain('secret-id');
  });
});
