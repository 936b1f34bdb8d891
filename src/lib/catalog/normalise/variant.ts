/** API variant → domain variant. */
import { nodesOf, type ApiVariant } from '../api-types';
import type { Variant } from '../schema';
import { normaliseIdentifiers } from './identifiers';
import { normaliseImage } from './image';
import { normalisePrices } from './prices';

/**
 * The variant with its chosen value per variant option, in the product's option order
 * (`optionOrder`: variant option ids in display order).
 */
export function normaliseVariant(
  variant: ApiVariant,
  optionOrder: readonly number[],
  fallbackAlt: string,
): Variant {
  if (variant.options.pageInfo.hasNextPage) {
    throw new RangeError(`variant ${variant.entityId} has more variant options than one request returns`);
  }
  const chosen = nodesOf(variant.options)
    .map((option) => ({ optionId: option.entityId, valueId: nodesOf(option.values)[0]?.entityId }))
    .filter((choice): choice is { optionId: number; valueId: number } => choice.valueId !== undefined);
  const rank = (optionId: number) => {
    const index = optionOrder.indexOf(optionId);
    return index === -1 ? optionOrder.length : index;
  };
  chosen.sort((a, b) => rank(a.optionId) - rank(b.optionId));
  const image = normaliseImage(variant.defaultImage, fallbackAlt);
  return {
    id: variant.entityId,
    sku: variant.sku,
    ...normaliseIdentifiers(variant),
    optionValueIds: chosen.map((choice) => choice.valueId),
    prices: normalisePrices(variant.prices),
    purchasable: variant.isPurchasable,
    inStock: variant.inventory?.isInStock ?? variant.isPurchasable,
    availableToSell: variant.inventory?.aggregated?.availableToSell ?? null,
    ...(image ? { image } : {}),
  };
}
