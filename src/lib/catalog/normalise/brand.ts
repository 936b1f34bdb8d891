/** API brand → domain brand. */
import type { ApiBrand } from '../api-types';
import { brandSchema, type Brand } from '../schema';
import { normaliseImage } from './image';
import { merchantSeo } from './seo';
import { validated } from './validate';

/** The domain brand; throws `BadCatalogDataError` naming the brand and field when it is invalid. */
export function normaliseBrand(brand: ApiBrand): Brand {
  const image = normaliseImage(brand.defaultImage, brand.name);
  const normalised: Brand = {
    id: brand.entityId,
    name: brand.name,
    path: brand.path,
    ...(image ? { image } : {}),
    seo: merchantSeo(brand.seo, brand.name),
  };
  return validated(brandSchema, normalised, `brand ${brand.entityId} ${JSON.stringify(brand.name)}`);
}
