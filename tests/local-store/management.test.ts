/* eslint-disable @typescript-eslint/no-explicit-any -- tests read REST JSON replies */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLocalStore, type LocalStore } from '../../local-store/index';
import { DEACTIVATE_HOOK_CONTROL_PATH } from '../../local-store/core/controls';
import { gqlOk } from './helpers';

let store: LocalStore;
beforeEach(async () => {
  store = await startLocalStore({ port: 0, webhooks: { retryDelaysMs: [], duplicates: false } });
});
afterEach(() => store.stop());

async function api(
  method: string,
  path: string,
  body?: unknown,
  token: string | null = store.managementToken,
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers['x-auth-token'] = token;
  const reply = await fetch(`${store.managementUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: reply.status, body: await reply.json() };
}

const hook = (scope: string, destination = 'https://shop.example.com/api/bigcommerce/webhook') => ({
  scope,
  destination,
  is_active: true,
  headers: { 'X-Webhook-Secret': 's3cret' },
});

describe('management API authentication', () => {
  it('answers 401 in BigCommerce’s shape without a token, with a wrong one, or for another store', async () => {
    for (const token of [null, 'not-a-token', store.storefrontToken]) {
      const reply = await api('GET', '/v3/hooks', undefined, token);
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ status: 401, title: expect.stringContaining('Unauthorized') });
    }
    const other = await fetch(store.managementUrl.replace(/stores\/\w+$/, 'stores/otherstore/v3/hooks'), {
      headers: { 'x-auth-token': store.managementToken },
    });
    expect(other.status).toBe(401);
  });

  it('takes the private token as well as the management token', async () => {
    expect((await api('GET', '/v3/hooks', undefined, store.privateToken)).status).toBe(200);
  });
});

describe('/v3/hooks', () => {
  it('creates, reads, lists, updates and deletes a hook', async () => {
    const created = await api('POST', '/v3/hooks', hook('store/product/updated'));
    expect(created.status).toBe(200);
    const { id } = created.body.data;
    expect(created.body.data).toMatchObject({ ...hook('store/product/updated'), id: expect.any(Number) });
    expect(created.body.data.created_at).toEqual(expect.any(Number));

    expect((await api('GET', `/v3/hooks/${id}`)).body.data.scope).toBe('store/product/updated');
    const listed = await api('GET', '/v3/hooks');
    expect(listed.body.data.map((each: any) => each.id)).toEqual([id]);
    expect(listed.body.meta.pagination).toMatchObject({ total: 1, count: 1, current_page: 1 });

    const updated = await api('PUT', `/v3/hooks/${id}`, {
      is_active: false,
      headers: { 'X-Webhook-Secret': 'new' },
    });
    expect(updated.body.data).toMatchObject({ is_active: false, headers: { 'X-Webhook-Secret': 'new' } });
    expect((await api('GET', '/v3/hooks?is_active=true')).body.data).toEqual([]);

    expect((await api('DELETE', `/v3/hooks/${id}`)).body.data.id).toBe(id);
    const gone = await api('GET', `/v3/hooks/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.title).toBe(`Webhook with id [${id}] not found`);
  });

  it('refuses a second hook for the same scope and destination with 422', async () => {
    await api('POST', '/v3/hooks', hook('store/product/updated'));
    const twin = await api('POST', '/v3/hooks', hook('store/product/updated'));
    expect(twin.status).toBe(422);
    expect(twin.body).toMatchObject({ status: 422, errors: { scope: expect.any(String) } });
    expect((await api('POST', '/v3/hooks', hook('store/product/created'))).status).toBe(200);
  });

  it('refuses destinations BigCommerce would refuse, but takes loopback ones for tests', async () => {
    for (const destination of [
      'http://shop.example.com/hook',
      'https://shop.example.com:8443/hook',
      'not a url',
    ]) {
      const refused = await api('POST', '/v3/hooks', hook('store/product/updated', destination));
      expect(refused.status, destination).toBe(422);
      expect(refused.body.errors.destination).toBeTruthy();
    }
    expect(
      (await api('POST', '/v3/hooks', hook('store/product/updated', 'http://127.0.0.1:9/x'))).status,
    ).toBe(200);
  });

  it('has a control that deactivates a hook, as BigCommerce does after failed retries', async () => {
    const { id } = (await api('POST', '/v3/hooks', hook('store/product/updated'))).body.data;
    const control = await fetch(`${store.url}${DEACTIVATE_HOOK_CONTROL_PATH}`, {
      method: 'POST',
      body: JSON.stringify({ id }),
    });
    expect(control.status).toBe(200);
    expect((await api('GET', `/v3/hooks/${id}`)).body.data.is_active).toBe(false);
  });
});

describe('/v3/catalog/products', () => {
  const productQuery = `query($id: Int!) { site { product(entityId: $id) { name prices { price { value } } } } }`;

  it('changes what the Storefront API serves', async () => {
    const edited = await api('PUT', '/v3/catalog/products/77', { price: 71.25, name: 'Skillet, renamed' });
    expect(edited.body.data).toMatchObject({ id: 77, price: 71.25, name: 'Skillet, renamed' });
    const data = await gqlOk(store, productQuery, { id: 77 });
    expect(data.site.product).toEqual({ name: 'Skillet, renamed', prices: { price: { value: 71.25 } } });
  });

  it('hides and shows a product', async () => {
    await api('PUT', '/v3/catalog/products/77', { is_visible: false });
    expect((await gqlOk(store, productQuery, { id: 77 })).site.product).toBeNull();
    await api('PUT', '/v3/catalog/products/77', { is_visible: true });
    expect((await gqlOk(store, productQuery, { id: 77 })).site.product).not.toBeNull();
  });

  it('finds a product by SKU and refuses bad values and unknown products', async () => {
    expect(
      (await api('GET', '/v3/catalog/products?sku=HI-SKL')).body.data.map((each: any) => each.id),
    ).toEqual([77]);
    const bad = await api('PUT', '/v3/catalog/products/77', { price: -1, colour: 'red' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['colour', 'price']);
    expect((await api('PUT', '/v3/catalog/products/999999', { price: 1 })).status).toBe(404);
  });
});

describe('/v3/storefront/redirects and the channel site', () => {
  it('pages the sample redirects like v3 lists, with to_url on request', async () => {
    const site = (await api('GET', '/v3/channels/1/site')).body.data;
    const first = await api('GET', `/v3/storefront/redirects?site_id=${site.id}&limit=3&include=to_url`);
    expect(first.body.meta.pagination).toMatchObject({ count: 3, per_page: 3, current_page: 1 });
    expect(first.body.data[0]).toMatchObject({ site_id: site.id, from_path: expect.stringMatching(/^\//) });
    expect(first.body.data[0].to_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const { total, total_pages } = first.body.meta.pagination;
    const last = await api('GET', `/v3/storefront/redirects?limit=3&page=${total_pages}`);
    expect(last.body.data.length).toBe(total - 3 * (total_pages - 1));
    expect(last.body.data[0].to_url).toBeUndefined();
    const types = new Set(
      (await api('GET', '/v3/storefront/redirects')).body.data.map((each: any) => each.to.type as string),
    );
    expect([...types].sort()).toEqual(['brand', 'category', 'page', 'product', 'url']);
    expect((await api('GET', '/v3/storefront/redirects?site_id=4242')).body.data).toEqual([]);
    expect((await api('GET', '/v3/channels/2/site')).status).toBe(404);
  });
});
