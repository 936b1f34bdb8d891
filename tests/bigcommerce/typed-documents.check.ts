/**
 * A type-level test: `npm run check` (astro check) type-checks this file and nothing runs it. Each
 * `@ts-expect-error` must meet an error, and an unused one is itself an error, so the check fails as
 * soon as a document stops typing its result and variables.
 */
import type { BigCommerceClient } from '../../src/lib/bigcommerce/client';
import { AddCartLineItemsMutation } from '../../src/lib/bigcommerce/mutations/AddCartLineItemsMutation';
import { GetBrandsQuery } from '../../src/lib/bigcommerce/queries/GetBrandsQuery';
import { GetCartQuery } from '../../src/lib/bigcommerce/queries/GetCartQuery';
import { GetProductVariantsQuery } from '../../src/lib/bigcommerce/queries/GetProductVariantsQuery';
import { GetStoreSettingsQuery } from '../../src/lib/bigcommerce/queries/GetStoreSettingsQuery';

/** Calls that must compile, and calls that must not. */
export async function typedRequests(client: BigCommerceClient): Promise<string[]> {
  // The document types the result; no call names it.
  const { site } = await client.request(GetCartQuery, { cartId: 'cart-1' });
  const read: string[] = [site.cart?.entityId ?? '', site.cart?.amount.currencyCode ?? ''];

  // @ts-expect-error GetCartQuery does not select the cart's checkout URL.
  read.push(site.cart?.checkoutUrl);
  // @ts-expect-error The variable is `cartId`.
  await client.request(GetCartQuery, { cartID: 'cart-1' });
  // @ts-expect-error `cartId` is required.
  await client.request(GetCartQuery, {});
  // @ts-expect-error `cartId` is required, so the variables are too.
  await client.request(GetCartQuery);
  // @ts-expect-error `cartId` is a string.
  await client.request(GetCartQuery, { cartId: 7 });
  // @ts-expect-error The result type is the document's, not one the caller picks.
  await client.request<{ site: { cart: { checkoutUrl: string } } }, { cartId: string }>(GetCartQuery, {
    cartId: 'cart-1',
  });

  // Variables that are all optional may be left out; misspelt ones still fail.
  const brands = await client.request(GetBrandsQuery);
  read.push(...(brands.site.brands.edges ?? []).map((edge) => edge.node.name));
  await client.request(GetBrandsQuery, { after: null });
  // @ts-expect-error The variable is `after`.
  await client.request(GetBrandsQuery, { cursor: 'abc' });

  // An operation without variables takes none.
  read.push((await client.request(GetStoreSettingsQuery)).site.settings?.storeName ?? '');
  // @ts-expect-error GetStoreSettingsQuery has no variables.
  await client.request(GetStoreSettingsQuery, { after: 'abc' });

  // A query's own variables come on top of the shared ones.
  await client.request(GetProductVariantsQuery, { entityId: 1, variantOptions: 2 });
  // @ts-expect-error `variantOptions` is required.
  await client.request(GetProductVariantsQuery, { entityId: 1 });

  // Inputs are checked to their leaves.
  const lineItems = [{ productEntityId: 1, quantity: 1 }];
  await client.request(AddCartLineItemsMutation, { input: { cartEntityId: 'cart-1', data: { lineItems } } });
  await client.request(AddCartLineItemsMutation, {
    // @ts-expect-error A line needs its product.
    input: { cartEntityId: 'cart-1', data: { lineItems: [{ quantity: 1 }] } },
  });
  return read;
}
