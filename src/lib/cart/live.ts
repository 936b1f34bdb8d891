/** Live prices and stock of one product, fetched on hydration to correct what the static page says. */
import type { MoneyFields } from '../bigcommerce/fragments/MoneyFragment';
import {
  GetLiveProductQuery,
  type GetLiveProductData,
  type LiveInventory,
  type LivePrices,
} from '../bigcommerce/queries/GetLiveProductQuery';
import { toMoney } from '../money';
import type { AddToCartProps } from './add-to-cart-props';
import { cartClient } from './client';

/** Price and stock as the store has them now; amounts in minor units. */
export interface LiveState {
  price: number | null;
  /** The price before a sale, only when higher than `price`. */
  basePrice?: number;
  purchasable: boolean;
  inStock: boolean;
  available: number | null;
}

/** A product's live state, and its variants' by variant id. */
export interface LiveProduct extends LiveState {
  variants: Record<number, LiveState>;
}

const amount = (money: MoneyFields | null | undefined) => (money ? toMoney(money).amount : undefined);

function toLiveState(prices: LivePrices, inventory: LiveInventory | null, purchasable = true): LiveState {
  const price = amount(prices?.price) ?? null;
  const base = amount(prices?.basePrice);
  return {
    price,
    basePrice: base !== undefined && price !== null && base > price ? base : undefined,
    purchasable,
    inStock: inventory?.isInStock ?? purchasable,
    available: inventory?.aggregated?.availableToSell ?? null,
  };
}

/** Fetches a product's live prices and stock, every variant included; null when the product is gone. */
export async function fetchLiveProduct(productId: number): Promise<LiveProduct | null> {
  let live: LiveProduct | undefined;
  let after: string | null = null;
  do {
    const data: GetLiveProductData = await cartClient().request(GetLiveProductQuery, {
      entityId: productId,
      after,
    });
    const product = data.site.product;
    if (!product) return null;
    live ??= { ...toLiveState(product.prices, product.inventory), variants: {} };
    for (const { node } of product.variants.edges ?? []) {
      live.variants[node.entityId] = toLiveState(node.prices, node.inventory, node.isPurchasable);
    }
    after = product.variants.pageInfo.hasNextPage ? product.variants.pageInfo.endCursor : null;
  } while (after);
  return live;
}

const SOLD: LiveState = { price: null, purchasable: false, inStock: false, available: 0 };

/** `item` with the live state's price and stock; a missing state means "no longer sold" (last price kept). */
function withLive<T extends { price: number | null }>(item: T, state: LiveState | undefined): T {
  const { price, basePrice, purchasable, inStock, available } = state ?? { ...SOLD, price: item.price };
  return { ...item, price, basePrice, purchasable, inStock, available };
}

/** The props with live values in place of the static ones; `live` null means the product is gone. */
export function applyLive(props: AddToCartProps, live: LiveProduct | null): AddToCartProps {
  return {
    ...withLive(props, live ?? undefined),
    variants: props.variants.map((variant) => withLive(variant, live?.variants[variant.id])),
  };
}
