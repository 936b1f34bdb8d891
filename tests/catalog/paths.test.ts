import { describe, expect, it } from 'vitest';
import { assertUniquePaths } from '../../src/lib/catalog/paths';
import type { Brand, Category, Product } from '../../src/lib/catalog/schema';

const product = (id: number, name: string, path: string) => ({ id, name, path }) as Product;
const category = (id: number, name: string, path: string) => ({ id, name, path }) as Category;
const brand = (id: number, name: string, path: string) => ({ id, name, path }) as Brand;

describe('assertUniquePaths', () => {
  it('accepts distinct paths, nested product paths included', () => {
    expect(() =>
      assertUniquePaths(
        [product(1, 'Pot', '/pot/'), product(2, 'Lid', '/kitchen/pots/lid/')],
        [category(12, 'Kitchen', '/kitchen/'), category(13, 'Pots', '/kitchen/pots/')],
        [brand(3, 'OFS', '/brands/ofs/')],
      ),
    ).not.toThrow();
  });

  it('names both claimants of one path', () => {
    expect(() =>
      assertUniquePaths([product(45, 'Kitchen', '/kitchen/')], [category(12, 'Kitchen', '/kitchen/')], []),
    ).toThrow('Path /kitchen/ is claimed by category 12 "Kitchen" and product 45 "Kitchen"');
  });

  it('treats paths differing only in case or percent-encoding as the same page', () => {
    expect(() => assertUniquePaths([product(1, 'A', '/Mug/'), product(2, 'B', '/mug/')], [], [])).toThrow(
      'Path /mug/ is claimed by product 1 "A" (as /Mug/) and product 2 "B"',
    );
    expect(() =>
      assertUniquePaths([product(1, 'A', '/caf%C3%A9/')], [], [brand(2, 'Café', '/Café/')]),
    ).toThrow('Path /caf%C3%A9/ is claimed by brand 2 "Café" (as /Café/) and product 1 "A"');
  });

  it.each([
    ['/cart/', 'the cart page'],
    ['/search/', 'the search page'],
    ['/Brands/', 'the brands index'],
    ['/blog/spring/', 'the blog (every path beginning /blog/)'],
  ])('refuses the reserved path %s', (path, owner) => {
    expect(() => assertUniquePaths([product(9, 'Odd', path)], [], [])).toThrow(
      `Path ${path} is claimed by ${owner} and product 9 "Odd"`,
    );
  });

  it("refuses a path that a category's or brand's pagination would use, in any case", () => {
    expect(() =>
      assertUniquePaths(
        [product(7, 'Page two', '/kitchen/page/2/')],
        [category(12, 'Kitchen', '/kitchen/')],
        [],
      ),
    ).toThrow(`Path /kitchen/page/2/ is claimed by category 12 "Kitchen"'s page 2 and product 7 "Page two"`);
    expect(() =>
      assertUniquePaths([], [category(5, 'Odd', '/brands/ofs/page/3/')], [brand(3, 'OFS', '/brands/ofs/')]),
    ).toThrow(/brand 3 "OFS"'s page 3/);
    expect(() =>
      assertUniquePaths([product(7, 'Odd', '/Kitchen/Page/12/')], [category(12, 'Kitchen', '/kitchen/')], []),
    ).toThrow(`Path /Kitchen/Page/12/ is claimed by category 12 "Kitchen"'s page 12 and product 7 "Odd"`);
  });

  it('allows /page/1/ and page paths under things that are not listings', () => {
    expect(() =>
      assertUniquePaths(
        [product(7, 'A', '/kitchen/page/1/'), product(8, 'B', '/guide/page/2/')],
        [category(12, 'Kitchen', '/kitchen/')],
        [],
      ),
    ).not.toThrow();
  });

  it('accepts a legacy .html product path and refuses any path ending in .html/, naming the record', () => {
    expect(() => assertUniquePaths([product(1, 'Hat', '/products/hat.html')], [], [])).not.toThrow();
    expect(() => assertUniquePaths([], [category(12, 'Old', '/categories/old.html/')], [])).toThrow(
      'category 12 "Old": field path: /categories/old.html/ ends in ".html/"',
    );
    expect(() => assertUniquePaths([], [], [brand(3, 'Oak', '/brands/oak.HTML/')])).toThrow(/^brand 3 "Oak"/);
    expect(() => assertUniquePaths([product(2, 'Cap', '/cap.html/')], [], [])).toThrow(/^product 2 "Cap"/);
  });

  it("checks a legacy .html listing's later pages against the folder they sit in", () => {
    expect(() => assertUniquePaths([], [], [brand(3, 'Oak', '/brands/oak.html')])).not.toThrow();
    expect(() =>
      assertUniquePaths(
        [product(7, 'Odd', '/brands/oak/page/2/')],
        [],
        [brand(3, 'Oak', '/brands/oak.html')],
      ),
    ).toThrow(`Path /brands/oak/page/2/ is claimed by brand 3 "Oak"'s page 2 and product 7 "Odd"`);
    expect(() =>
      assertUniquePaths([], [category(12, 'Oak', '/brands/oak/')], [brand(3, 'Oak', '/brands/oak.html')]),
    ).toThrow(`Path /brands/oak/page/2/ is claimed by category 12 "Oak"'s page 2 and brand 3 "Oak"`);
  });
});
