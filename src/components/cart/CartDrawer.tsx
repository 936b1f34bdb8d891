/** The cart drawer: a modal dialog (focus stays inside, Esc closes) holding the cart. Loaded on first open. */
import { useEffect, useRef } from 'preact/hooks';
import { $drawerOpen } from '../../lib/cart/stores';
import CartContents from './CartContents';
import { useStore } from './use-store';

const close = () => $drawerOpen.set(false);

/** Shows itself whenever `$drawerOpen` is true. */
export default function CartDrawer() {
  const open = useStore($drawerOpen);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      class="cart-drawer"
      aria-labelledby="cart-drawer-title"
      onClose={close}
      // A click on the dialog itself, not its panel, is a click on the backdrop.
      onClick={(event) => event.target === dialog.current && close()}
    >
      <div class="cart-drawer__panel">
        <div class="cart-drawer__header">
          <h2 id="cart-drawer-title">Your cart</h2>
          <button type="button" class="cart-drawer__close" aria-label="Close cart" onClick={close}>
            <svg
              aria-hidden="true"
              width="20"
              height="20"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
            >
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </button>
        </div>
        {open && <CartContents />}
      </div>
    </dialog>
  );
}
