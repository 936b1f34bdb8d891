/** `npm run webhooks:serve -- --port N`: the webhook endpoint and its rebuild schedule, locally, until Ctrl-C. */
import { parseArgs } from 'node:util';
import { exitWithError } from './store-env';
import { startWebhookServer } from './webhooks/server';

const USAGE = `Usage: npm run webhooks:serve -- [options]

  --port N                TCP port on 127.0.0.1 (default 8788; 0 = any free port)
  --tick-seconds S        time between rebuild ticks (default 1; Netlify ticks once a minute)
  --safety-net-seconds S  also run the safety net (a full rebuild) this often (default: never)
  --state-dir DIR         where the pending state lives (default WEBHOOK_STATE_DIR or node_modules/.cache/webhooks-local)
  --help                  show this help

Reads BIGCOMMERCE_WEBHOOK_SECRET, BIGCOMMERCE_WEBHOOK_SIGNING_SECRET, BIGCOMMERCE_CHANNEL_ID,
NETLIFY_BUILD_HOOK_URL, REBUILD_DEBOUNCE_SECONDS and REBUILD_MAX_DELAY_SECONDS (fractions allowed).`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8788' },
    'tick-seconds': { type: 'string', default: '1' },
    'safety-net-seconds': { type: 'string' },
    'state-dir': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function seconds(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0) {
    console.error(`--${flag} must be a positive number of seconds, got "${raw}"\n\n${USAGE}`);
    process.exit(2);
  }
  return Number(raw) * 1000;
}

if (!/^\d+$/.test(values.port)) {
  console.error(`--port must be a whole number, got "${values.port}"\n\n${USAGE}`);
  process.exit(2);
}

try {
  const server = await startWebhookServer({
    port: Number(values.port),
    tickMs: seconds('tick-seconds', values['tick-seconds']),
    safetyNetMs: seconds('safety-net-seconds', values['safety-net-seconds']),
    stateDir: values['state-dir'],
  });
  console.log(`Webhook endpoint listening at ${server.endpointUrl} (state in ${server.stateDir})`);
  if (!process.env.NETLIFY_BUILD_HOOK_URL)
    console.log('NETLIFY_BUILD_HOOK_URL is not set: changes are recorded but no build is called');
  process.once('SIGINT', () => void server.stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
} catch (error) {
  exitWithError(error);
}
