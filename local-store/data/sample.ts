/** The sample shop the local store serves by default: Orbit & Fern, a home, garden and lifestyle store. */
import { CatalogBuilder } from './build';
import { storeCurrencies } from './currencies';
import { addGardenWear } from './sample/garden-wear';
import { addGarden } from './sample/garden';
import { addKitchen } from './sample/kitchen';
import { addLighting } from './sample/lighting';
import { addOutdoor } from './sample/outdoor';
import { addPlanters } from './sample/planters';
import { addTableware } from './sample/tableware';
import { addTextiles } from './sample/textiles';
import { SAMPLE_BRANDS, SAMPLE_CATEGORIES } from './sample/taxonomy';
import type { StoreData } from './types';

/** The Orbit & Fern catalog, built afresh on every call and identical every time. */
export function sampleStore(): StoreData {
  const builder = new CatalogBuilder();
  SAMPLE_CATEGORIES.forEach((category) => builder.category(category));
  SAMPLE_BRANDS.forEach((brand) => builder.brand(brand));
  for (const addDepartment of [
    addKitchen,
    addTableware,
    addGarden,
    addGardenWear,
    addPlanters,
    addTextiles,
    addLighting,
    addOutdoor,
  ]) {
    addDepartment(builder);
  }
  builder.resolveRelated();
  return {
    settings: { storeName: 'Orbit & Fern', storeHash: 'sample1', defaultCurrency: 'USD' },
    currencies: storeCurrencies(),
    categories: builder.categories,
    brands: builder.brands,
    products: builder.products,
  };
}
