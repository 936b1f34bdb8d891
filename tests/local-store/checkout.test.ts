import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local-store/index';
import { ids } from './fixture';
import { gql, gqlOk, startFixtureStore } from './helpers';

const CREATE = `mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }`;
const REDIRECT = `mutation($id: String) { cart { createCartRedirectUrls(input: { cartEntityId: $id }) {
  redirectUrls { redirectedCheckoutUrl embeddedCheckoutUrl } } } }`;

/** The `data-sku` / `data-quantity` hooks of each line on a checkout page. */
const linesOf = (html: string) =>
  [...html.matchAll(/<tr class="line" data-sku="([^"]+)" data-quantity="(\d+)"/g)].map((m) => [
    m[1],
    Number(m[2]),
  ]);

describe('local store hosted checkout', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = await startFixtureStore();
  });
  afterAll(() => store.stop());

  const cartWith = async (lineItems: unknown[]) =>
    (await gqlOk(store, CREATE, { input: { lineItems } })).cart.createCart.cart.entityId as string;
  const redirectUrl = async (cartId: string) =>
    (await gqlOk(store, REDIRECT, { id: cartId })).cart.createCartRedirectUrls.redirectUrls
      .redirectedCheckoutUrl as string;

  it('makes single-use redirect URLs in BigCommerce’s shape', async () => {
    const cartId = await cartWith([{ quantity: 1, productEntityId: ids.mister }]);
    const { cart } = await gqlOk(store, REDIRECT, { id: cartId });
    const { redirectedCheckoutUrl, embeddedCheckoutUrl } = cart.createCartRedirectUrls.redirectUrls;
    expect(redirectedCheckoutUrl).toMatch(
      new RegExp(`^${store.url}/cart\\.php\\?action=loadInCheckout&id=${cartId}&token=[0-9a-f]{64}$`),
    );
    expect(embeddedCheckoutUrl).toContain('embedded=1');
    expect(new URL(embeddedCheckoutUrl).searchParams.get('token')).not.toBe(
      new URL(redirectedCheckoutUrl).searchParams.get('token'),
    );
    const missing = await gql(store, REDIRECT, { id: 'nope' });
    expect(missing.errors?.[0].message).toBe('Not Found: Cart does not exist');
  });

  it('shows exactly the cart’s lines, places the order, lowers stock and deletes the cart', async () => {
    const cartId = await cartWith([
      {
        quantity: 2,
        productEntityId: ids.terrarium,
        selectedOptions: {
          multipleChoices: [
            { optionEntityId: 101, optionValueEntityId: 1012 },
            { optionEntityId: 102, optionValueEntityId: 1021 },
          ],
        },
      },
      { quantity: 1, productEntityId: ids.mister },
    ]);
    const page = await fetch(await redirectUrl(cartId));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(linesOf(html)).toEqual([
      ['TERR-L-CLR', 2],
      ['SKU-2', 1],
    ]);
    expect(html).toContain('Orbit Terrarium');
    expect(html).toContain('Size: Large; Glass: Clear');
    expect(html).toContain('$240.00');
    expect(html).toContain('data-total="259.5"');
    const session = /name="session" value="([^"]+)"/.exec(html)?.[1];
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    expect(session).toBeTruthy();

    const placed = await fetch(new URL(action!, store.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ session: session! }).toString(),
    });
    const confirmation = await placed.text();
    expect(placed.status).toBe(200);
    expect(confirmation).toMatch(/Order #\d+ placed/);
    expect(linesOf(confirmation)).toEqual([
      ['TERR-L-CLR', 2],
      ['SKU-2', 1],
    ]);

    const after = await gqlOk(
      store,
      `query($id: String) { site { cart(entityId: $id) { entityId }
        product(variantEntityId: 203) { inventory { isInStock aggregated { availableToSell } } }
        mister: product(entityId: 2) { inventory { aggregated { availableToSell } } } } }`,
      { id: cartId },
    );
    expect(after.site.cart).toBeNull();
    expect(after.site.product.inventory).toEqual({ isInStock: false, aggregated: { availableToSell: 0 } });
    expect(after.site.mister.inventory.aggregated.availableToSell).toBe(2);

    const again = await fetch(new URL(action!, store.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ session: session! }).toString(),
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already placed');
  });

  it('shows an error page for a used or forged link', async () => {
    const cartId = await cartWith([{ quantity: 1, productEntityId: 102 }]);
    const url = await redirectUrl(cartId);
    expect((await fetch(url)).status).toBe(200);
    const reused = await fetch(url);
    expect(reused.status).toBe(410);
    expect(await reused.text()).toContain('already been used');
    const forged = await fetch(url.replace(/token=[0-9a-f]+/, `token=${'0'.repeat(64)}`));
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain('not valid');
  });
});
