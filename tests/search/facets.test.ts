import { describe, expect, it } from 'vitest';
import { buildFacets, facetLabel, facetOrder } from '../../src/lib/search/facets';
import { priceBand } from '../../src/lib/search/price-bands';

const names = (facets: ReturnType<typeof buildFacets>) => facets.map((facet) => facet.name);
const values = (facets: ReturnType<typeof buildFacets>, name: string) =>
  facets.find((facet) => facet.name === name)?.values.map((value) => value.value);

describe('buildFacets', () => {
  it('never offers a value that would give no results, unless it is chosen', () => {
    const facets = buildFacets(
      ['brand'],
      { brand: { Kiln: 2, Hearth: 0, Brass: 1, Lumen: 0 } },
      { brand: ['Lumen'] },
      3,
    );
    expect(facets[0].values).toEqual([
      { value: 'Brass', label: 'Brass', count: 1, selected: false },
      { value: 'Kiln', label: 'Kiln', count: 2, selected: false },
      { value: 'Lumen', label: 'Lumen', count: 0, selected: true },
    ]);
  });

  it('leaves out a facet that could not narrow the results, unless something in it is chosen', () => {
    const counts = { brand: { Kiln: 3 }, availability: { 'In stock': 3, Preorder: 0 }, price: {} };
    expect(names(buildFacets(['brand', 'availability', 'price'], counts, {}, 3))).toEqual([]);
    expect(names(buildFacets(['brand', 'availability'], counts, { brand: ['Kiln'] }, 3))).toEqual(['brand']);
    expect(names(buildFacets(['brand'], { brand: { Kiln: 2, Brass: 1 } }, {}, 3))).toEqual(['brand']);
  });

  it('orders facets: category, brand, price, availability, then options A to Z', () => {
    expect(
      facetOrder(['option:Size', 'availability', 'option:Colour', 'price', 'brand', 'category']),
    ).toEqual(['category', 'brand', 'price', 'availability', 'option:Colour', 'option:Size']);
  });

  it('orders availability as shoppers expect and price bands cheapest first', () => {
    const bands = [120000, 3000, 500, 1500, 30000].map((amount) => priceBand({ amount, currency: 'USD' }));
    const facets = buildFacets(
      ['availability', 'price'],
      {
        availability: { 'Out of stock': 1, 'In stock': 5, Preorder: 1 },
        price: Object.fromEntries(bands.map((band) => [band, 1])),
      },
      {},
      9,
      'USD',
    );
    expect(values(facets, 'availability')).toEqual(['In stock', 'Preorder', 'Out of stock']);
    expect(values(facets, 'price')).toEqual([
      'Under $10.00',
      '$10.00 to $25.00',
      '$25.00 to $50.00',
      '$250.00 to $500.00',
      '$1,000.00 to $2,500.00',
    ]);
  });

  it('orders other values A to Z, numbers by value', () => {
    const facets = buildFacets(
      ['option:Size'],
      { 'option:Size': { '28 cm': 1, '8 cm': 1, '120 cm': 1 } },
      {},
      5,
    );
    expect(values(facets, 'option:Size')).toEqual(['8 cm', '28 cm', '120 cm']);
  });

  it('labels facets and record types for shoppers', () => {
    expect(facetLabel('brand')).toBe('Brand');
    expect(facetLabel('option:Colour')).toBe('Colour');
    const facets = buildFacets(['type'], { type: { product: 4, page: 2 } }, {}, 6);
    expect(facets[0].label).toBe('Type');
    expect(facets[0].values.map((value) => value.label)).toEqual(['Pages', 'Products']);
  });
});
