/** Everything a cart drawer needs about a cart: totals and lines. */
import { graphql } from '../graphql';
import {
  CartDigitalItemFragment,
  CartPhysicalItemFragment,
  type CartLineItemFields,
} from './CartLineItemFragment';
import { MoneyFragment, type MoneyFields } from './MoneyFragment';

/** Cart id, currency, amounts and physical and digital lines. */
export const CartFragment = graphql(
  `
    fragment CartFragment on Cart {
      entityId
      currencyCode
      isTaxIncluded
      baseAmount {
        ...MoneyFragment
      }
      discountedAmount {
        ...MoneyFragment
      }
      amount {
        ...MoneyFragment
      }
      lineItems {
        totalQuantity
        physicalItems {
          ...CartPhysicalItemFragment
        }
        digitalItems {
          ...CartDigitalItemFragment
        }
      }
    }
  `,
  [MoneyFragment, CartPhysicalItemFragment, CartDigitalItemFragment],
);

/** What `CartFragment` selects. */
export type CartFields = {
  entityId: string;
  currencyCode: string;
  isTaxIncluded: boolean;
  /** Sum of the lines before discounts. */
  baseAmount: MoneyFields;
  /** Total discount applied. */
  discountedAmount: MoneyFields;
  /** What the shopper pays for the lines. */
  amount: MoneyFields;
  lineItems: {
    totalQuantity: number;
    physicalItems: CartLineItemFields[];
    digitalItems: CartLineItemFields[];
  };
};
