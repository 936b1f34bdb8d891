/**
 * `npm run local-store -- set-price <productId|sku> <price>` and `… set-product <productId|sku> [--name …]
 * [--price N] [--sale-price N] [--visible true|false] [--stock N]`: edits a product of a running local
 * store through its management API (`PUT /v3/catalog/products/{id}`), as a merchant would in the
 * control panel, so the store serves the change and delivers its webhooks.
 */
import { parseArgs } from 'node:util';
import { mintToken, STABLE_ISSUED_AT } from './core/auth';

/** The subcommands this file runs. */
export const EDIT_COMMANDS = ['set-price', 'set-product'] as const;

const USAGE = `Usage: npm run local-store -- set-price <productId|sku> <price> [--url URL] [--token T]
       npm run local-store -- set-product <productId|sku> [--name TEXT] [--price N] [--sale-price N]
                                          [--visible true|false] [--stock N] [--url URL] [--token T]

  --url URL     the running local store (default http://127.0.0.1:4010)
  --token T     X-Auth-Token (default: the private token the local store prints)
  --channel N   channel of the default token (default 1)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function amount(flag: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0)
    fail(`${flag} must be a number of at least 0, got "${raw}"`);
  return value;
}

/** The body of the PUT, from the subcommand's arguments. */
function changesFrom(command: string, rest: string[], values: Record<string, string | undefined>) {
  const changes: Record<string, unknown> = {};
  if (command === 'set-price') {
    if (rest.length !== 1) fail('set-price needs a product and a price');
    changes.price = amount('price', rest[0]);
    return changes;
  }
  if (rest.length) fail(`Unexpected arguments: ${rest.join(' ')}`);
  if (values.name !== undefined) changes.name = values.name;
  if (values.price !== undefined) changes.price = amount('--price', values.price);
  if (values['sale-price'] !== undefined) changes.sale_price = amount('--sale-price', values['sale-price']);
  if (values.visible !== undefined) {
    if (!['true', 'false'].includes(values.visible))
      fail(`--visible must be true or false, got "${values.visible}"`);
    changes.is_visible = values.visible === 'true';
  }
  if (values.stock !== undefined) {
    if (!/^\d+$/.test(values.stock)) fail(`--stock must be a whole number, got "${values.stock}"`);
    changes.inventory_level = Number(values.stock);
  }
  if (!Object.keys(changes).length) fail('set-product needs at least one change');
  return changes;
}

async function call(url: string, token: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const reply = await fetch(url, {
    ...init,
    headers: { 'x-auth-token': token, 'content-type': 'application/json' },
  });
  const body = (await reply.json().catch(() => ({}))) as Record<string, unknown>;
  if (!reply.ok) {
    const errors = body.errors ? ` ${JSON.stringify(body.errors)}` : '';
    throw new Error(
      `${init.method ?? 'GET'} ${url} answered ${reply.status}: ${String(body.title ?? '')}${errors}`,
    );
  }
  return body;
}

/** Runs an edit subcommand with its arguments (after the subcommand's name). */
export async function runEditCommand(command: string, args: string[]): Promise<void> {
  if (args.includes('--help')) return void console.log(USAGE);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4010' },
      token: { type: 'string' },
      channel: { type: 'string', default: '1' },
      name: { type: 'string' },
      price: { type: 'string' },
      'sale-price': { type: 'string' },
      visible: { type: 'string' },
      stock: { type: 'string' },
    },
  });
  const [product, ...rest] = positionals;
  if (!product) fail(`${command} needs a product id or SKU`);
  const changes = changesFrom(command, rest, values);
  const token =
    values.token ??
    mintToken({ kind: 'private', channelIds: [Number(values.channel)], issuedAt: STABLE_ISSUED_AT });
  const root = (await call(values.url.replace(/\/+$/, '') + '/', token)) as { management?: string };
  if (!root.management)
    throw new Error(`${values.url} is not a local store (its root names no management API)`);
  const base = `${root.management}/v3/catalog/products`;
  let id = /^\d+$/.test(product) ? Number(product) : undefined;
  if (id === undefined) {
    const found = (await call(`${base}?sku=${encodeURIComponent(product)}`, token)).data as { id: number }[];
    if (!found.length) throw new Error(`The store has no product with SKU "${product}"`);
    id = found[0].id;
  }
  const { data } = (await call(`${base}/${id}`, token, { method: 'PUT', body: JSON.stringify(changes) })) as {
    data: {
      id: number;
      sku: string;
      name: string;
      price: number;
      is_visible: boolean;
      inventory_level: number;
    };
  };
  console.log(
    `Product ${data.id} (${data.sku}) "${data.name}": price ${data.price}, ` +
      `${data.is_visible ? 'visible' : 'hidden'}, ${data.inventory_level} in stock`,
  );
}
