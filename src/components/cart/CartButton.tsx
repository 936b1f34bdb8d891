/** The header's cart link: the live count, announced politely, and the drawer, loaded on first open. */
import { Component, type ComponentType } from 'preact';
import { configureCart, type CartConfig } from '../../lib/cart/client';
import { refreshCart } from '../../lib/cart/refresh';
import { $cartCount, $drawerOpen } from '../../lib/cart/stores';

/** Props of the cart button island. */
export interface CartButtonProps {
  config: CartConfig;
}

interface CartButtonState {
  /** Unknown until hydrated: the server cannot know it, so none is shown rather than a wrong one. */
  count?: number;
  Drawer?: ComponentType;
}

const items = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`;

/**
 * A link to /cart/ that, once hydrated, opens the cart drawer instead. A class rather than hooks:
 * pages load this island on every view, and Preact's hooks module would add a kilobyte to each.
 */
export default class CartButton extends Component<CartButtonProps, CartButtonState> {
  state: CartButtonState = {};
  private stops: (() => void)[] = [];

  constructor(props: CartButtonProps) {
    super(props);
    configureCart(props.config);
  }

  componentDidMount() {
    this.stops = [
      $cartCount.subscribe((count) => this.setState({ count })),
      $drawerOpen.subscribe((open) => {
        if (open && !this.state.Drawer) {
          import('./CartDrawer').then(
            (module) => this.setState({ Drawer: module.default }),
            () => location.assign('/cart/'),
          );
        }
      }),
    ];
    void refreshCart();
  }

  componentWillUnmount() {
    this.stops.forEach((stop) => stop());
  }

  render(_props: CartButtonProps, { count, Drawer }: CartButtonState) {
    return (
      <>
        <a
          class="cart-button"
          href="/cart/"
          aria-haspopup="dialog"
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            $drawerOpen.set(true);
          }}
        >
          <svg
            aria-hidden="true"
            width="22"
            height="22"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          >
            <path d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2M9 20h.01M17 20h.01" />
          </svg>
          Cart
          {count ? (
            <span class="cart-button__count" aria-hidden="true">
              {count}
            </span>
          ) : null}
          {/* Created with its first count, so only later changes are announced, politely. */}
          {count !== undefined && (
            <span class="visually-hidden" aria-live="polite">
              , {items(count)}
            </span>
          )}
        </a>
        {Drawer && <Drawer />}
      </>
    );
  }
}
