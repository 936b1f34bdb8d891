import { describe, expect, it } from 'vitest';
import { homeRows } from '../../src/lib/content/home-view';
import { homeSections } from '../../src/lib/routes/home-sections';
import { indexCatalog } from '../../src/lib/routes/catalog-index';
import { brands, categories, products, settings } from '../pages/fixture';

const automatic = homeSections(indexCatalog({ products, categories, brands }), settings);

describe('home rows', () => {
  it("keeps today's automatic picks when the home file lists none", () => {
    expect(homeRows(automatic, { featuredCategories: [], featuredProducts: [] })).toEqual(automatic);
    expect(homeRows(automatic)).toEqual(automatic);
  });

  it("shows the home file's featured products and categories in their order", () => {
    const picks = { featuredCategories: [categories[3]], featuredProducts: [products[52], products[50]] };
    const rows = homeRows(automatic, picks);
    expect(rows.categories.map((category) => category.name)).toEqual(['Garden']);
    expect(rows.featured.map((product) => product.name)).toEqual(['Large pot', 'Small pot']);
    expect(rows.newest).toBe(automatic.newest);
  });
});
