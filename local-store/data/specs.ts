/** The compact, hand-readable specs the catalog builder turns into records, and small text helpers. */
import type { IdentifierFields, MultipleChoiceRecord, OptionRecord, ProductRecord } from './types';
import type { VariantTweak } from './variants';

/** First id of each entity kind; in the sample the ranges do not overlap, so a mixed-up id cannot resolve. */
export const ID_STARTS = {
  category: 21,
  brand: 51,
  product: 77,
  option: 201,
  optionValue: 401,
  variant: 1001,
  image: 5001,
  customField: 9001,
};

/** An entity kind with its own id sequence. */
export type IdKind = keyof typeof ID_STARTS;

/** A product picture: a hue, or a hue with its own alt text or a 4:3 landscape size. */
export type ImageSpec = number | { hue: number; alt?: string; landscape?: boolean };

/**
 * A product as a merchant would describe it; the builder fills in ids, variants and defaults. Its GTIN,
 * MPN and UPC are the product's, and also its base variant's when it has no variant options.
 */
export interface ProductSpec extends IdentifierFields {
  name: string;
  sku: string;
  /** Custom URL; defaults to `/{slug of name}/`. */
  path?: string;
  /** Brand slug, as in `/brands/{slug}/`. */
  brand: string | null;
  /** Category paths. */
  categories: string[];
  price: number | null;
  salePrice?: number;
  retailPrice?: number;
  description: string;
  /** Default picture first. */
  images?: ImageSpec[];
  variantOptions?: MultipleChoiceRecord[];
  variant?: VariantTweak;
  modifiers?: OptionRecord[];
  /** Typical units per variant; `null` = inventory not tracked. Defaults to 18. */
  stock?: number | null;
  availability?: ProductRecord['availability'];
  availabilityDescription?: string;
  preorderReleaseDate?: string;
  /** Custom fields by name, e.g. `{ Material: 'Stoneware' }`. */
  fields?: Record<string, string>;
  seo?: { title?: string; description?: string };
  /** Number of reviews and their average rating. */
  reviews?: [count: number, average: number];
  /** Slugs (last path segment) of related products. */
  related?: string[];
  warranty?: string;
  /** Defaults to `NEW`; `null` leaves it unset. */
  condition?: ProductRecord['condition'] | null;
  minQuantity?: number;
  maxQuantity?: number;
  createdAt?: string;
  featured?: boolean;
  hidden?: boolean;
}

/** A category; its parent is found from its path. */
export interface CategorySpec {
  path: string;
  name: string;
  description: string;
  hue?: number;
  seo?: { title?: string; description?: string };
}

/** A brand, served at `/brands/{slug}/`. */
export interface BrandSpec {
  slug: string;
  name: string;
  /** Default `/brands/{slug}/`. */
  path?: string;
  keywords: string[];
  hue?: number;
  seo?: { title?: string; description?: string };
}

/** How extra product pictures are described when a spec gives no alt text. */
export const VIEW_NAMES = ['detail', 'in use', 'from above', 'packaging'];
const DAY_MS = 86_400_000;

/** Lower-case, ASCII-only URL slug of a name: `Crème Brûlée Ramekin` → `creme-brulee-ramekin`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Short merchant HTML: a paragraph and an optional bullet list. */
export function copy(paragraph: string, bullets: string[] = []): string {
  const list = bullets.length ? `<ul>${bullets.map((bullet) => `<li>${bullet}</li>`).join('')}</ul>` : '';
  return `<p>${paragraph}</p>${list}`;
}

/** A creation time between 2025-01-06 and 2026-08-28, scattered so definition order is not age order. */
export function spreadTimestamp(ordinal: number): string {
  const day = (ordinal * 37) % 600;
  return new Date(Date.UTC(2025, 0, 6, 8 + (ordinal % 10), (ordinal * 13) % 60) + day * DAY_MS).toISOString();
}

/** Record SEO fields from a spec's optional ones; missing text stays empty so fallbacks apply. */
export function seoOf(seo: { title?: string; description?: string } = {}) {
  return { pageTitle: seo.title ?? '', metaDescription: seo.description ?? '' };
}

/** The spec's GTIN, MPN and UPC, only those it sets. */
export function identifiersOf(spec: IdentifierFields): IdentifierFields {
  const identifiers: IdentifierFields = {};
  for (const key of ['gtin', 'mpn', 'upc'] as const)
    if (spec[key] !== undefined) identifiers[key] = spec[key];
  return identifiers;
}
