/** What went wrong with a cart request, in terms the islands act on and words a shopper understands. */
import { BigCommerceError, BigCommerceGraphQLError } from '../bigcommerce/errors';
import { UNREACHABLE_MESSAGE } from './messages';

/** A failed cart request, sorted by what the shopper or the code should do next. */
export type CartFailure =
  /** The cart is unknown, deleted or expired: start a new one. */
  | { kind: 'missing-cart'; message: string }
  /** Too few units left: adjust the quantity. */
  | { kind: 'stock'; message: string }
  /** The store (or the network) could not be reached, or answered 5xx/429: keep the change, offer a retry. */
  | { kind: 'unreachable'; message: string }
  /** The store refused the request for another reason. */
  | { kind: 'rejected'; message: string };

/** How a cart change went; on failure, what kind, so the island can answer at the right field. */
export type CartResult = { ok: true } | { ok: false; failure: CartFailure };

const MISSING_CART = /cart does not exist|cart not found/i;
const NOT_ENOUGH_STOCK = /^not enough stock/i;

/** Sorts an error thrown by a cart request. */
export function classifyCartFailure(error: unknown): CartFailure {
  if (error instanceof BigCommerceGraphQLError) {
    const messages = error.errors.map((entry) => entry.message);
    const stock = messages.find((message) => NOT_ENOUGH_STOCK.test(message));
    if (stock) return { kind: 'stock', message: stock };
    if (messages.some((message) => MISSING_CART.test(message))) {
      return { kind: 'missing-cart', message: 'Your cart had expired.' };
    }
    return { kind: 'rejected', message: messages[0] || 'The store could not update the cart.' };
  }
  if (error instanceof BigCommerceError && error.kind === 'auth') {
    return { kind: 'rejected', message: 'The store refused the cart request. Please try again later.' };
  }
  // 5xx, 429, no reply, or a page chunk that failed to load because the shopper went offline.
  return { kind: 'unreachable', message: UNREACHABLE_MESSAGE };
}
