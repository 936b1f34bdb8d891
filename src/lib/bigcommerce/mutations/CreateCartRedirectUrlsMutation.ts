/** Makes single-use checkout URLs for a cart: call it just before sending the shopper to checkout. */
import { graphql } from '../graphql';

/** `cart.createCartRedirectUrls`: a hosted-checkout URL and an embedded-checkout URL. */
export const CreateCartRedirectUrlsMutation = graphql<
  CreateCartRedirectUrlsData,
  CreateCartRedirectUrlsVariables
>(`
  mutation CreateCartRedirectUrlsMutation($input: CreateCartRedirectUrlsInput!) {
    cart {
      createCartRedirectUrls(input: $input) {
        redirectUrls {
          redirectedCheckoutUrl
          embeddedCheckoutUrl
        }
      }
    }
  }
`);

/** Variables of `CreateCartRedirectUrlsMutation`. */
export type CreateCartRedirectUrlsVariables = { input: { cartEntityId: string } };

/** Result of `CreateCartRedirectUrlsMutation`. */
export type CreateCartRedirectUrlsData = {
  cart: {
    createCartRedirectUrls: {
      redirectUrls: { redirectedCheckoutUrl: string; embeddedCheckoutUrl: string } | null;
    };
  };
};
