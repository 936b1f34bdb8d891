/** One cart line as a cart drawer shows it, for physical and digital products alike. */
import { graphql } from '../graphql';
import { CartSelectedOptionFragment, type CartSelectedOptionFields } from './CartSelectedOptionFragment';
import { MoneyFragment, type MoneyFields } from './MoneyFragment';

// Physical and digital lines share no interface in the schema, so one field list feeds two fragments.
const lineItemFields = `
    entityId
    productEntityId
    variantEntityId
    sku
    name
    url
    imageUrl
    brand
    quantity
    listPrice {
      ...MoneyFragment
    }
    salePrice {
      ...MoneyFragment
    }
    extendedListPrice {
      ...MoneyFragment
    }
    extendedSalePrice {
      ...MoneyFragment
    }
    selectedOptions {
      ...CartSelectedOptionFragment
    }
`;

/** A physical (shipped) cart line. */
export const CartPhysicalItemFragment = graphql(
  `fragment CartPhysicalItemFragment on CartPhysicalItem {${lineItemFields}}`,
  [MoneyFragment, CartSelectedOptionFragment],
);

/** A digital (downloaded) cart line. */
export const CartDigitalItemFragment = graphql(
  `fragment CartDigitalItemFragment on CartDigitalItem {${lineItemFields}}`,
  [MoneyFragment, CartSelectedOptionFragment],
);

/** What either line fragment selects. `url` is the product page on the BigCommerce domain. */
export type CartLineItemFields = {
  entityId: string;
  productEntityId: number;
  variantEntityId: number | null;
  sku: string | null;
  name: string;
  url: string;
  imageUrl: string | null;
  brand: string | null;
  quantity: number;
  /** Unit price before sale. */
  listPrice: MoneyFields;
  /** Unit price charged. */
  salePrice: MoneyFields;
  /** `listPrice` × quantity. */
  extendedListPrice: MoneyFields;
  /** `salePrice` × quantity. */
  extendedSalePrice: MoneyFields;
  selectedOptions: CartSelectedOptionFields[];
};
