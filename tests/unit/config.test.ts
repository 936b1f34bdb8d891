import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  envFlag,
  envValue,
  defaultEndpoint,
  exportConcurrencyFrom,
  resolveStoreConfig,
  storeEndpoint,
} from '../../src/lib/config';

const fails = (env: Record<string, string>, variable: string) => {
  try {
    resolveStoreConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
    return;
  }
  throw new Error('expected a ConfigError');
};

describe('resolveStoreConfig', () => {
  it('uses the sample store when nothing is configured', () => {
    expect(resolveStoreConfig({}).kind).toBe('sample');
  });

  it("builds BigCommerce's endpoint from the hash and channel", () => {
    const one = resolveStoreConfig({ BIGCOMMERCE_STORE_HASH: 'abc123', BIGCOMMERCE_PRIVATE_TOKEN: 't' });
    expect(one.endpoint).toBe('https://store-abc123.mybigcommerce.com/graphql');
    const two = resolveStoreConfig({
      BIGCOMMERCE_STORE_HASH: 'abc123',
      BIGCOMMERCE_CHANNEL_ID: '1234',
      BIGCOMMERCE_PRIVATE_TOKEN: 't',
    });
    expect(two.endpoint).toBe(defaultEndpoint('abc123', 1234));
    expect(two.endpoint).toBe('https://store-abc123-1234.mybigcommerce.com/graphql');
    expect(two.channelId).toBe(1234);
  });

  it('prefers an explicit endpoint and the private token for the build', () => {
    const config = resolveStoreConfig({
      BIGCOMMERCE_GRAPHQL_URL: 'https://shop.example.com/graphql',
      BIGCOMMERCE_PRIVATE_TOKEN: 'private',
      BIGCOMMERCE_STOREFRONT_TOKEN: 'public',
    });
    expect(config).toMatchObject({
      kind: 'store',
      endpoint: 'https://shop.example.com/graphql',
      buildToken: 'private',
      storefrontToken: 'public',
    });
  });

  it('falls back to the storefront token when there is no private token', () => {
    const config = resolveStoreConfig({
      BIGCOMMERCE_STORE_HASH: 'abc123',
      BIGCOMMERCE_STOREFRONT_TOKEN: 'public',
    });
    expect(config.buildToken).toBe('public');
  });

  it('refuses a half-configured store instead of falling back to the sample', () => {
    fails({ BIGCOMMERCE_STORE_HASH: 'abc123' }, 'BIGCOMMERCE_PRIVATE_TOKEN');
    fails({ BIGCOMMERCE_PRIVATE_TOKEN: 'x' }, 'BIGCOMMERCE_STORE_HASH');
  });

  it('names malformed values', () => {
    fails(
      { BIGCOMMERCE_STORE_HASH: 'not a hash!', BIGCOMMERCE_PRIVATE_TOKEN: 't' },
      'BIGCOMMERCE_STORE_HASH',
    );
    fails({ BIGCOMMERCE_GRAPHQL_URL: 'nope', BIGCOMMERCE_PRIVATE_TOKEN: 't' }, 'BIGCOMMERCE_GRAPHQL_URL');
    fails({ BIGCOMMERCE_CHANNEL_ID: 'two' }, 'BIGCOMMERCE_CHANNEL_ID');
    fails({ BIGCOMMERCE_CHANNEL_ID: '0' }, 'BIGCOMMERCE_CHANNEL_ID');
  });
});

describe('exportConcurrencyFrom', () => {
  it('defaults to 4 requests in flight and takes a whole number from 1 to 32', () => {
    expect(exportConcurrencyFrom({})).toBe(4);
    expect(exportConcurrencyFrom({ BIGCOMMERCE_EXPORT_CONCURRENCY: ' 16 ' })).toBe(16);
    expect(exportConcurrencyFrom({ BIGCOMMERCE_EXPORT_CONCURRENCY: '32' })).toBe(32);
  });

  it('names the variable when the value is not usable', () => {
    for (const value of ['0', '33', '2.5', 'many', '-1']) {
      expect(() => exportConcurrencyFrom({ BIGCOMMERCE_EXPORT_CONCURRENCY: value }), value).toThrow(
        /^BIGCOMMERCE_EXPORT_CONCURRENCY: must be a whole number from 1 to 32/,
      );
    }
  });
});

describe('storeEndpoint', () => {
  it("prefers the explicit URL, else builds BigCommerce's from the hash and channel", () => {
    expect(storeEndpoint(' https://example.test/graphql ', 'abc123', 2)).toBe('https://example.test/graphql');
    expect(storeEndpoint(undefined, 'abc123', 1)).toBe('https://store-abc123.mybigcommerce.com/graphql');
    expect(storeEndpoint('', ' abc123 ', 7)).toBe('https://store-abc123-7.mybigcommerce.com/graphql');
  });

  it('is undefined with neither, so the browser gets no cart rather than a broken one', () => {
    expect(storeEndpoint(undefined, '  ', 1)).toBeUndefined();
  });

  it('gives the build and the browser the same URL for the same settings', () => {
    const env = {
      BIGCOMMERCE_STORE_HASH: 'abc123',
      BIGCOMMERCE_CHANNEL_ID: '9',
      BIGCOMMERCE_PRIVATE_TOKEN: 't',
    };
    expect(resolveStoreConfig(env).endpoint).toBe(storeEndpoint(undefined, 'abc123', 9));
  });
});

describe('reading a variable', () => {
  it('trims a value and takes a blank one for unset', () => {
    expect(envValue('  abc ')).toBe('abc');
    expect(envValue('   ')).toBeUndefined();
    expect(envValue(undefined)).toBeUndefined();
  });

  it('reads a yes/no variable one way everywhere', () => {
    for (const yes of ['1', 'true', 'YES', ' yes ']) expect(envFlag(yes), yes).toBe(true);
    for (const no of ['0', 'false', 'no', '', undefined]) expect(envFlag(no), String(no)).toBe(false);
  });
});
