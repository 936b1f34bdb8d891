/**
 * Words the cart shows shoppers, apart from the failure mapping so that an island can show them without
 * loading the error types (which product pages fetch only on a failed request).
 */

/** Shown when the store is down, throttling or the network is gone. */
export const UNREACHABLE_MESSAGE = 'We could not reach the store. Your cart is safe; please try again.';
