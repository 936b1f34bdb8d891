/** API SEO fields → the merchant's own SEO fields. */
import type { ApiSeo } from '../api-types';
import type { MerchantSeo } from '../schema';

/**
 * What the merchant typed, trimmed, or empty. BigCommerce answers an unset page title with the
 * record's name, so a title that is just the name counts as unset and `seo/meta.ts` applies its
 * fallback; a category whose SEO fields were not fetched has none.
 */
export function merchantSeo(seo: ApiSeo | undefined, name: string): MerchantSeo {
  const pageTitle = seo?.pageTitle.trim() ?? '';
  return {
    pageTitle: pageTitle === name.trim() ? '' : pageTitle,
    metaDescription: seo?.metaDescription.trim() ?? '',
  };
}
