/** The cart's lines, subtotal and checkout, shared by the drawer and the /cart/ page. */
import { useEffect, useRef } from 'preact/hooks';
import { checkout } from '../../lib/cart/actions';
import { refreshFullCart } from '../../lib/cart/read-cart';
import { $cart, $cartStatus } from '../../lib/cart/stores';
import { formatMoney } from '../../lib/money';
import CartLineItem from './CartLineItem';
import CartStatusMessage from './CartStatusMessage';
import LostLinesNotice from './LostLinesNotice';
import { useStore } from './use-store';

/** The cart as it is now; `continueHref` is where the empty state points. */
export default function CartContents({ continueHref = '/' }: { continueHref?: string }) {
  const cart = useStore($cart);
  const status = useStore($cartStatus);
  const pending = status.state === 'pending';
  const root = useRef<HTMLDivElement>(null);
  // After the re-render that drops the line, which may swap the list for the empty state.
  const focusCart = () => setTimeout(() => root.current?.focus());
  // Shown means read in full: prices may have changed since the stored copy.
  useEffect(() => void refreshFullCart(), []);

  if (!cart?.lines.length) {
    return (
      <div class="cart-empty" ref={root} tabIndex={-1}>
        <CartStatusMessage status={status} />
        <LostLinesNotice />
        <p>Your cart is empty.</p>
        <a class="button button--ghost" href={continueHref}>
          Continue shopping
        </a>
      </div>
    );
  }
  return (
    <div class="cart-contents" ref={root} tabIndex={-1} aria-busy={pending}>
      <CartStatusMessage status={status} />
      <LostLinesNotice />
      <ul class="cart-lines">
        {cart.lines.map((line) => (
          <CartLineItem key={line.id} line={line} onRemoved={focusCart} />
        ))}
      </ul>
      <div class="cart-summary">
        <p class="cart-summary__row">
          <span>Subtotal</span>
          <strong data-cart-subtotal>{formatMoney(cart.subtotal)}</strong>
        </p>
        <p class="cart-summary__note">Shipping and taxes are calculated at checkout.</p>
        <button type="button" class="button cart-summary__checkout" onClick={() => void checkout()}>
          Checkout
        </button>
      </div>
    </div>
  );
}
