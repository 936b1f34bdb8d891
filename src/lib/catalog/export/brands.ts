/** Every brand, page by page. */
import type { BigCommerceClient } from '../../bigcommerce/client';
import { GetBrandsQuery, type GetBrandsData } from '../../bigcommerce/queries/GetBrandsQuery';
import { nodesOf, type ApiBrand } from '../api-types';
import { BadCatalogDataError } from '../errors';
import type { Pool } from '../pool';

/** All brands on the channel, in the store's order. */
export async function fetchAllBrands(client: BigCommerceClient, pool: Pool): Promise<ApiBrand[]> {
  const brands: ApiBrand[] = [];
  let after: string | null = null;
  do {
    const cursor: string | null = after;
    const reply: GetBrandsData = await pool.run(() => client.request(GetBrandsQuery, { after: cursor }));
    const page = reply.site.brands;
    brands.push(...nodesOf(page));
    if (page.pageInfo.hasNextPage && !page.pageInfo.endCursor) {
      throw new BadCatalogDataError('brand list', 'pageInfo.endCursor', 'missing on a page with more');
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return brands;
}
