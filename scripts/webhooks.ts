/**
 * `npm run webhooks -- register|list|status|delete [--dry-run]`: manages the site's BigCommerce
 * webhooks through the management API (BIGCOMMERCE_STORE_HASH or BIGCOMMERCE_API_URL,
 * BIGCOMMERCE_ACCESS_TOKEN), for the site at SITE_URL (or URL) with BIGCOMMERCE_WEBHOOK_SECRET.
 */
import { parseArgs } from 'node:util';
import { channelIdFrom, ConfigError } from '../src/lib/config';
import { createManagementClient } from '../src/lib/management/client';
import { managementConfigFrom } from '../src/lib/management/config';
import { formatTable } from '../src/lib/management/hook-plan';
import {
  deleteHooks,
  hookDestinationFrom,
  hookHeadersFrom,
  hookStatus,
  listAllHooks,
  registerHooks,
  type HookReport,
} from '../src/lib/management/webhook-registration';
import { registeredScopes } from '../src/lib/webhooks/scopes';
import { exitWithError } from './store-env';

const USAGE = `Usage: npm run webhooks -- register|list|status|delete [--dry-run]

  register   create or update one hook per needed scope (idempotent)
  list       every hook of the API account
  status     each needed hook and whether BigCommerce has it active
  delete     remove this site's hooks
  --dry-run  say what register or delete would do, change nothing

Reads BIGCOMMERCE_ACCESS_TOKEN, BIGCOMMERCE_STORE_HASH (or BIGCOMMERCE_API_URL), SITE_URL (or URL),
BIGCOMMERCE_WEBHOOK_SECRET and BIGCOMMERCE_CHANNEL_ID.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
const [command] = positionals;

async function run(): Promise<HookReport> {
  const config = managementConfigFrom(process.env);
  if (!config)
    throw new ConfigError(
      'BIGCOMMERCE_ACCESS_TOKEN',
      'set it to a management API token (Settings › API accounts)',
    );
  const client = createManagementClient(config);
  const destination = hookDestinationFrom(process.env);
  const dryRun = values['dry-run'];
  console.log(`${dryRun ? 'Dry run: ' : ''}${command} hooks at ${destination} (${config.baseUrl})`);
  if (command === 'list') return listAllHooks(client, destination);
  if (command === 'delete') return deleteHooks(client, destination, dryRun);
  const scopes = registeredScopes(channelIdFrom(process.env));
  if (command === 'status') return hookStatus(client, { destination, headers: {}, scopes });
  return registerHooks(client, { destination, headers: hookHeadersFrom(process.env), scopes }, dryRun);
}

if (values.help || !['register', 'list', 'status', 'delete'].includes(command ?? '')) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
try {
  const report = await run();
  const header =
    command === 'list' ? ['scope', 'id', 'active', 'destination'] : ['action', 'scope', 'id', 'active'];
  if (report.rows.length) console.log(formatTable(header, report.rows));
  for (const note of report.notes) console.log(note);
} catch (error) {
  exitWithError(error);
}
