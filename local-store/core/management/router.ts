/**
 * The subset of BigCommerce's management REST API the project uses, at `/stores/{hash}/v3/…` with the
 * `X-Auth-Token` header: webhooks, 301 redirects, the channel's site, and product edits.
 */
import { readToken } from '../auth';
import type { Catalog } from '../catalog';
import { bodyText, headerOf, type ApiRequest, type ApiResponse } from '../http';
import type { WebhookDelivery } from './delivery';
import { isRefusal, type HookRegistry } from './hooks';
import { catalogApiProduct, editProduct } from './products';
import { sampleRedirects, toUrl } from './redirects';
import { dataReply, jsonObject, pagedReply, pageParams, restError, UNAUTHORIZED_TITLE } from './replies';

/** What the management API works on. */
export interface ManagementTargets {
  catalog: Catalog;
  hooks: HookRegistry;
  delivery: WebhookDelivery;
  channelId: number;
  /** The storefront's origin, for `to_url` and the channel site's URL. */
  origin: string;
}

/** The site id of a channel: BigCommerce numbers the first site 1000. */
export const siteIdOf = (channelId: number) => 999 + channelId;

const MANAGEMENT_PATH = /^\/stores\/([^/]+)\/v3(\/.*)$/;

function hooksRoute(request: ApiRequest, rest: string, query: URLSearchParams, targets: ManagementTargets) {
  const { hooks } = targets;
  const idText = /^\/hooks\/([^/]+)$/.exec(rest)?.[1];
  if (rest === '/hooks' && request.method === 'GET') {
    const page = pageParams(query);
    if (!page) return restError(400, 'page and limit must be positive whole numbers (limit at most 250)');
    const wanted = (hook: ReturnType<HookRegistry['list']>[number]) =>
      (!query.has('is_active') || String(hook.is_active) === query.get('is_active')) &&
      (!query.has('scope') || hook.scope === query.get('scope')) &&
      (!query.has('destination') || hook.destination === query.get('destination'));
    return pagedReply(hooks.list().filter(wanted), page.page, page.limit);
  }
  if (rest === '/hooks' && request.method === 'POST') {
    const body = jsonObject(bodyText(request));
    if (typeof body === 'string') return restError(400, body);
    const created = hooks.create(body);
    return isRefusal(created) ? restError(created.status, created.title, created.errors) : dataReply(created);
  }
  if (idText === undefined) return null;
  const id = Number(idText);
  const missing = () => restError(404, `Webhook with id [${idText}] not found`);
  if (!Number.isInteger(id)) return missing();
  if (request.method === 'GET') return hooks.get(id) ? dataReply(hooks.get(id)) : missing();
  if (request.method === 'DELETE') {
    const deleted = hooks.delete(id);
    return deleted ? dataReply(deleted) : missing();
  }
  if (request.method !== 'PUT') return restError(405, `Use GET, PUT or DELETE on /hooks/${idText}`);
  const body = jsonObject(bodyText(request));
  if (typeof body === 'string') return restError(400, body);
  const updated = hooks.update(id, body);
  if (!updated) return missing();
  return isRefusal(updated) ? restError(updated.status, updated.title, updated.errors) : dataReply(updated);
}

function productsRoute(
  request: ApiRequest,
  rest: string,
  query: URLSearchParams,
  targets: ManagementTargets,
) {
  const { catalog } = targets;
  if (rest === '/catalog/products' && request.method === 'GET') {
    const page = pageParams(query);
    if (!page) return restError(400, 'page and limit must be positive whole numbers (limit at most 250)');
    const sku = query.get('sku');
    const ids = query.get('id:in')?.split(',').map(Number);
    const all = catalog.data.products.map((record) => catalog.anyProduct(record.entityId)!);
    const found = all.filter(
      (product) => (sku === null || product.sku === sku) && (!ids || ids.includes(product.entityId)),
    );
    return pagedReply(
      found.map((product) => catalogApiProduct(catalog, product)),
      page.page,
      page.limit,
    );
  }
  const idText = /^\/catalog\/products\/([^/]+)$/.exec(rest)?.[1];
  if (idText === undefined) return null;
  const product = catalog.anyProduct(Number(idText));
  if (!product) return restError(404, `The product with id ${idText} was not found`);
  if (request.method === 'GET') return dataReply(catalogApiProduct(catalog, product));
  if (request.method !== 'PUT') return restError(405, `Use GET or PUT on /catalog/products/${idText}`);
  const body = jsonObject(bodyText(request));
  if (typeof body === 'string') return restError(400, body);
  const edit = editProduct(catalog, product, body);
  if (!edit.ok) return restError(422, 'JSON data is missing or invalid', edit.errors);
  for (const event of edit.events) targets.delivery.emit(event);
  return dataReply(edit.product);
}

function redirectsRoute(request: ApiRequest, query: URLSearchParams, targets: ManagementTargets) {
  if (request.method !== 'GET')
    return restError(405, 'This local store serves GET /storefront/redirects only');
  const page = pageParams(query);
  if (!page) return restError(400, 'page and limit must be positive whole numbers (limit at most 250)');
  const siteId = siteIdOf(targets.channelId);
  const wantedSite = query.get('site_id');
  const all =
    wantedSite === null || Number(wantedSite) === siteId ? sampleRedirects(targets.catalog, siteId) : [];
  const withUrl = query.get('include') === 'to_url';
  const items = all.map((redirect) =>
    withUrl ? { ...redirect, to_url: toUrl(targets.catalog, redirect.to, targets.origin) } : redirect,
  );
  return pagedReply(items, page.page, page.limit);
}

/** Answers a management API request, or null when `path` is not one. */
export function handleManagement(
  request: ApiRequest,
  path: string,
  targets: ManagementTargets,
): ApiResponse | null {
  const match = MANAGEMENT_PATH.exec(path);
  if (!match) return null;
  const [, hash, rest] = match;
  const token = headerOf(request, 'x-auth-token')?.trim();
  const claims = token ? readToken(token) : null;
  if (!claims || claims.kind !== 'private' || hash !== targets.catalog.data.settings.storeHash)
    return restError(401, UNAUTHORIZED_TITLE);
  const query = new URL(request.path, 'http://local').searchParams;
  if (rest.startsWith('/hooks'))
    return hooksRoute(request, rest, query, targets) ?? restError(404, `Nothing at ${rest}`);
  if (rest.startsWith('/catalog/products'))
    return productsRoute(request, rest, query, targets) ?? restError(404, `Nothing at ${rest}`);
  if (rest === '/storefront/redirects') return redirectsRoute(request, query, targets);
  const channel = /^\/channels\/(\d+)\/site$/.exec(rest)?.[1];
  if (channel !== undefined && request.method === 'GET') {
    if (Number(channel) !== targets.channelId) return restError(404, `No site for channel ${channel}`);
    const site = { id: siteIdOf(targets.channelId), channel_id: targets.channelId, url: targets.origin };
    return dataReply({ ...site, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
  }
  return restError(404, `This local store does not serve ${request.method} ${rest}`);
}
