/** An amount of money, the building block of every price and cart total. */
import { graphql } from '../graphql';

/** Value and ISO currency code of a `Money`. */
export const MoneyFragment = graphql(`
  fragment MoneyFragment on Money {
    currencyCode
    value
  }
`);

/** What `MoneyFragment` selects. BigCommerce sends `value` (a BigDecimal) as a JSON number; a string is accepted too. */
export type MoneyFields = {
  currencyCode: string;
  value: number | string;
};
