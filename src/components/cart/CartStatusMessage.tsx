/** A failed cart request: what went wrong and, when it can be retried, a button for that. */
import type { CartResult } from '../../lib/cart/failures';
import type { CartStatus } from '../../lib/cart/stores';

/** Props of the status message; `onRetried` hears how the retry went. */
export interface CartStatusMessageProps {
  status: CartStatus;
  onRetried?: (result: CartResult) => void | Promise<void>;
}

/** Renders nothing unless `status` is an error. */
export default function CartStatusMessage({ status, onRetried }: CartStatusMessageProps) {
  if (status.state !== 'error') return null;
  const { retry } = status;
  return (
    <div class="cart-alert" role="alert">
      <p>{status.message}</p>
      {retry && (
        <button
          type="button"
          class="button button--ghost"
          onClick={() => void retry().then((result) => onRetried?.(result))}
        >
          Try again
        </button>
      )}
    </div>
  );
}
