/** Seeded categories (five departments × three subcategories × two styles = 50) and brands. */
import { slugify, type CatalogBuilder } from '../build';
import type { Random } from '../random';
import { BRAND_FIRST, BRAND_SECOND, DEPARTMENTS, STYLES, type Department } from './words';

/** A category products can be filed under, with the department that names its products. */
export interface Leaf {
  path: string;
  department: Department;
}

const DEPARTMENT_COUNT = 5;
const SUBCATEGORIES_PER_DEPARTMENT = 3;
const STYLES_PER_SUBCATEGORY = 2;

/** Adds the three-level category tree and returns its leaves. */
export function addCategories(builder: CatalogBuilder, random: Random): Leaf[] {
  const leaves: Leaf[] = [];
  for (const department of DEPARTMENTS.slice(0, DEPARTMENT_COUNT)) {
    const top = `/${slugify(department.name)}/`;
    builder.category({
      path: top,
      name: department.name,
      description: `<p>Everything for the ${department.name.toLowerCase()}, from everyday basics to heirlooms.</p>`,
      hue: random.int(0, 359),
      seo: { title: `${department.name} | Benchmark Store`, description: '' },
    });
    for (const subcategory of random.sample(department.subcategories, SUBCATEGORIES_PER_DEPARTMENT)) {
      const middle = `${top}${slugify(subcategory)}/`;
      builder.category({
        path: middle,
        name: subcategory,
        description: `<p>${subcategory} for the ${department.name.toLowerCase()}.</p>`,
        hue: random.int(0, 359),
      });
      for (const style of random.sample(STYLES, STYLES_PER_SUBCATEGORY)) {
        const path = `${middle}${slugify(style)}/`;
        builder.category({
          path,
          name: `${style} ${subcategory}`,
          description: `<p>${style} ${subcategory}.</p>`,
        });
        leaves.push({ path, department });
      }
    }
  }
  return leaves;
}

/** Adds `count` brands with distinct names and returns their slugs. */
export function addBrands(builder: CatalogBuilder, random: Random, count: number): string[] {
  const names = BRAND_FIRST.flatMap((first) => BRAND_SECOND.map((second) => `${first} ${second}`));
  return random.sample(names, count).map((name) => {
    const slug = slugify(name);
    builder.brand({
      slug,
      name,
      keywords: name.toLowerCase().split(' '),
      hue: random.chance(0.5) ? random.int(0, 359) : undefined,
    });
    return slug;
  });
}
