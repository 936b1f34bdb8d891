/** `npm run local-store -- [flags]`: serves the local BigCommerce Storefront API until Ctrl-C. */
import { parseArgs } from 'node:util';
import { EDIT_COMMANDS, runEditCommand } from './edit-cli';
import { parseFaultConfig, startLocalStore, type FaultConfig, type ThrottleHeader } from './index';

const USAGE = `Usage: npm run local-store -- [options]

  --port N              TCP port on 127.0.0.1 (default 4010; 0 = any free port)
  --products N          serve a generated catalog of N products instead of the sample store
  --seed S              seed for the generated catalog (default 1)
  --channel N           channel id the endpoint serves (default 1)
  --origins A,B         browser origins for the storefront token (at most 2)
  --latency MS          delay every GraphQL reply
  --throttle N          answer the next N requests with 429
  --throttle-header H   retry-after | reset-ms | both | none (default both)
  --retry-after S       X-Retry-After seconds (default 1)
  --reset-ms MS         X-Rate-Limit-Time-Reset-Ms (default 1000)
  --server-errors N     answer the next N requests with 500
  --die-after K         stop answering after K more requests
  --graphql-errors N    answer the next N requests with errors beside partial data
  --help                show this help

Faults may also come from LOCAL_STORE_FAULTS (JSON); flags win.
Edit a running store's products: npm run local-store -- set-price|set-product --help`;

const [subcommand, ...subcommandArgs] = process.argv.slice(2);
const editing = (EDIT_COMMANDS as readonly string[]).includes(subcommand ?? '');

const { values } = parseArgs({
  args: editing ? [] : process.argv.slice(2),
  options: {
    port: { type: 'string', default: '4010' },
    products: { type: 'string' },
    seed: { type: 'string', default: '1' },
    channel: { type: 'string', default: '1' },
    origins: { type: 'string' },
    latency: { type: 'string' },
    throttle: { type: 'string' },
    'throttle-header': { type: 'string', default: 'both' },
    'retry-after': { type: 'string' },
    'reset-ms': { type: 'string' },
    'server-errors': { type: 'string' },
    'die-after': { type: 'string' },
    'graphql-errors': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

function wholeNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) {
    console.error(`--${flag} must be a whole number, got "${raw}"\n\n${USAGE}`);
    process.exit(2);
  }
  return Number(raw);
}

function faultsFromEnvAndFlags(): FaultConfig {
  const fromEnv = process.env.LOCAL_STORE_FAULTS
    ? parseFaultConfig(JSON.parse(process.env.LOCAL_STORE_FAULTS))
    : {};
  const throttleCount = wholeNumber('throttle', values.throttle);
  const flags: FaultConfig = {
    latencyMs: wholeNumber('latency', values.latency),
    serverErrors: wholeNumber('server-errors', values['server-errors']),
    dieAfter: wholeNumber('die-after', values['die-after']),
    graphqlErrors: wholeNumber('graphql-errors', values['graphql-errors']),
    throttle:
      throttleCount === undefined
        ? undefined
        : {
            count: throttleCount,
            header: values['throttle-header'] as ThrottleHeader,
            retryAfterSeconds: wholeNumber('retry-after', values['retry-after']),
            resetMs: wholeNumber('reset-ms', values['reset-ms']),
          },
  };
  const defined = Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined));
  return parseFaultConfig({ ...fromEnv, ...defined });
}

async function main() {
  if (editing) return runEditCommand(subcommand, subcommandArgs);
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const productCount = wholeNumber('products', values.products);
  const data =
    productCount === undefined
      ? undefined
      : (await import('./data/generate.ts')).generateStore({
          products: productCount,
          seed: wholeNumber('seed', values.seed),
        });
  const store = await startLocalStore({
    port: wholeNumber('port', values.port),
    data,
    channelId: wholeNumber('channel', values.channel),
    allowedOrigins: values.origins?.split(',').map((origin) => origin.trim()),
    faults: faultsFromEnvAndFlags(),
  });
  console.log(`Local BigCommerce Storefront API${productCount === undefined ? ' (sample store)' : ` (${productCount} generated products)`}
  GraphQL URL       ${store.graphqlUrl}
  Storefront token  ${store.storefrontToken}
  Private token     ${store.privateToken}
  Management API    ${store.managementUrl}/v3
  Management token  ${store.managementToken}
Press Ctrl-C to stop.`);
  const stop = async () => {
    await store.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`local-store: ${(error as Error).message}`);
  process.exit(1);
});
