/** The home page's rows: the marketer's featured picks where the home file lists any, else the automatic ones. */
import type { Category, Product } from '../catalog/schema';
import type { HomeSections } from '../routes/home-sections';
import { HOME_ROW_SIZE } from '../routes/home-sections';

/** What the home file picked, resolved against the catalog. */
export interface HomePicks {
  featuredCategories: readonly Category[];
  featuredProducts: readonly Product[];
}

/** The automatic sections with the home file's picks in place of each row it fills (at most a row). */
export function homeRows(automatic: HomeSections, picks?: HomePicks, limit = HOME_ROW_SIZE): HomeSections {
  return {
    categories: picks?.featuredCategories.length ? [...picks.featuredCategories] : automatic.categories,
    featured: picks?.featuredProducts.length ? picks.featuredProducts.slice(0, limit) : automatic.featured,
    newest: automatic.newest,
  };
}
