/** One value of a multiple-choice option (a size, a colour…). */
import { graphql } from '../graphql';

/** Id, label and whether it is preselected, with swatch colours when it is a swatch. */
export const OptionValueFragment = graphql(`
  fragment OptionValueFragment on CatalogProductOptionValue {
    entityId
    label
    isDefault
    ... on SwatchOptionValue {
      hexColors
    }
  }
`);
