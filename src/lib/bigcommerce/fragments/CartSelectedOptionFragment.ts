/** The options a shopper chose for a cart line (colour, engraving text…), as a drawer shows them. */
import { graphql } from '../graphql';

/** Name and chosen value of every kind of selected option. */
export const CartSelectedOptionFragment = graphql(`
  fragment CartSelectedOptionFragment on CartSelectedOption {
    __typename
    entityId
    name
    ... on CartSelectedMultipleChoiceOption {
      value
      valueEntityId
    }
    ... on CartSelectedCheckboxOption {
      value
      valueEntityId
    }
    ... on CartSelectedTextFieldOption {
      text
    }
    ... on CartSelectedMultiLineTextFieldOption {
      text
    }
    ... on CartSelectedNumberFieldOption {
      number
    }
    ... on CartSelectedDateFieldOption {
      date {
        utc
      }
    }
  }
`);

type OptionBase<TTypename extends string> = { __typename: TTypename; entityId: number; name: string };

/** What `CartSelectedOptionFragment` selects, discriminated by `__typename`. */
export type CartSelectedOptionFields =
  | (OptionBase<'CartSelectedMultipleChoiceOption' | 'CartSelectedCheckboxOption'> & {
      value: string;
      valueEntityId: number;
    })
  | (OptionBase<'CartSelectedTextFieldOption' | 'CartSelectedMultiLineTextFieldOption'> & { text: string })
  | (OptionBase<'CartSelectedNumberFieldOption'> & { number: number })
  | (OptionBase<'CartSelectedDateFieldOption'> & { date: { utc: string } })
  | OptionBase<'CartSelectedFileUploadOption'>;
