/** The /cart/ page's island: the same contents as the drawer, as the page's main content. */
import { configureCart, type CartConfig } from '../../lib/cart/client';
import CartContents from './CartContents';
import { useMounted } from './use-store';

/** Props of the cart page island. */
export interface CartPageProps {
  config: CartConfig;
}

/** Shows the stored cart once hydrated (the server cannot know it); the contents then read it afresh. */
export default function CartPage({ config }: CartPageProps) {
  configureCart(config);
  const mounted = useMounted();
  return mounted ? <CartContents /> : <p class="cart-loading">Loading your cart…</p>;
}
