/** What the brands index lists: every brand, A to Z, with its product count. */
import type { Brand } from '../catalog/schema';
import type { CatalogIndex } from './catalog-index';

/** A brand on the brands index. */
export interface BrandEntry {
  brand: Brand;
  productCount: number;
}

/** Every brand, A to Z (ignoring case and accents), with its product count. */
export function brandDirectory(index: CatalogIndex, locale = 'en'): BrandEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...index.brands]
    .sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id)
    .map((brand) => ({ brand, productCount: index.productsByBrand.get(brand.id)?.length ?? 0 }));
}
