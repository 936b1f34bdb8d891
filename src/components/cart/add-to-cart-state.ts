/** The add-to-cart island's state, and the part of the island its add flow works with. */
import type { RefObject } from 'preact';
import type { AddToCartProps, VariantChoice } from '../../lib/cart/add-to-cart-props';
import type { Choices } from '../../lib/cart/selection';
import type { CartStatus } from '../../lib/cart/stores';

/** The island's state; `add-flow.ts` updates it when the shopper adds. */
export interface AddToCartState {
  /** The product with live price and stock once fetched. */
  live: AddToCartProps;
  choices: Choices;
  /** As typed, so a half-typed number survives re-renders. */
  quantity: string;
  errors: Record<number, string>;
  quantityError?: string;
  pending?: boolean;
  added?: string;
  failed?: boolean;
  status?: CartStatus;
}

/** The parts of the island the add flow works with. */
export interface AddFlowHost {
  readonly state: Readonly<AddToCartState>;
  setState(update: Partial<AddToCartState>): void;
  refreshLive(): Promise<AddToCartProps>;
  /** The variant the current picks name in these props. */
  variantIn(props: AddToCartProps): VariantChoice | undefined;
  form: RefObject<HTMLFormElement>;
}
