/** A product's options (variant options and modifiers) of every kind the storefront renders. */
import { graphql } from '../graphql';
import { ProductOptionValueConnectionFragment } from './ProductOptionValueConnectionFragment';

/** Multiple-choice options with their first page of values (more are paged by `GetProductOptionValuesQuery`). */
export const MultipleChoiceValuesFragment = graphql(
  `
    fragment MultipleChoiceValuesFragment on MultipleChoiceOption {
      displayStyle
      values(first: 10) {
        ...ProductOptionValueConnectionFragment
      }
    }
  `,
  [ProductOptionValueConnectionFragment],
);

/**
 * Any option. The two `defaultValue` fields are aliased because text and number options type them
 * differently, which GraphQL does not allow under one response name. Multi-line text options are
 * read through the interface fields only (their own type is missing from the local store's schema).
 */
export const ProductOptionsFragment = graphql(
  `
    fragment ProductOptionsFragment on CatalogProductOption {
      __typename
      entityId
      displayName
      isRequired
      isVariantOption
      ...MultipleChoiceValuesFragment
      ... on CheckboxOption {
        label
        checkedByDefault
        checkedOptionValueEntityId
        uncheckedOptionValueEntityId
      }
      ... on TextFieldOption {
        defaultText: defaultValue
        minLength
        maxLength
      }
      ... on NumberFieldOption {
        defaultNumber: defaultValue
        lowest
        highest
        isIntegerOnly
        limitNumberBy
      }
    }
  `,
  [MultipleChoiceValuesFragment],
);
