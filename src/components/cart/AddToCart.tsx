/** The product page's add-to-cart island: option pickers, live price, image and stock, quantity and the button. */
import { Component, createRef } from 'preact';
import type { AddToCartProps } from '../../lib/cart/add-to-cart-props';
import { applyLive, fetchLiveProduct } from '../../lib/cart/live';
import { UNREACHABLE_MESSAGE } from '../../lib/cart/messages';
import {
  describePicks,
  initialChoices,
  isValueAvailable,
  matchVariant,
  type Choices,
} from '../../lib/cart/selection';
import { choicesForSearch, searchForSku, skuForChoices } from '../../lib/cart/variant-url';
import { configureCart, type CartConfig } from '../../lib/cart/client';
import { $cartStatus, $drawerOpen, type CartStatus } from '../../lib/cart/stores';
import type { AddToCartState } from './add-to-cart-state';
import CartStatusMessage from './CartStatusMessage';
import OptionField from './OptionField';
import PickSummary from './PickSummary';
import QuantityField from './QuantityField';

/** Props of the add-to-cart island. */
export interface AddToCartIslandProps {
  product: AddToCartProps;
  config: CartConfig;
}

// What happens on "Add to cart" (validation, the cart actions) loads on first intent (hover, focus) or use.
const loadAddFlow = () => import('./add-flow');

const UNREACHABLE: CartStatus = { state: 'error', message: UNREACHABLE_MESSAGE };

/**
 * Picks options, shows the chosen variant's live price, image and stock, and adds it to the cart. A class
 * rather than hooks, so product pages need not load Preact's hooks module (see `CartButton`).
 */
export default class AddToCart extends Component<AddToCartIslandProps, AddToCartState> {
  form = createRef<HTMLFormElement>();
  /** Set synchronously, so a double click cannot add twice before the pending state renders. */
  private busy = false;
  private stopStatus?: () => void;

  constructor(props: AddToCartIslandProps) {
    super(props);
    configureCart(props.config);
    const { product } = props;
    this.state = {
      live: product,
      choices: initialChoices(product.options),
      quantity: String(product.minQuantity),
      errors: {},
    };
  }

  componentDidMount() {
    // `?sku=` picks its variant; read after hydration, so the server-rendered defaults hydrate unchanged.
    const choices = choicesForSearch(this.props.product, this.state.choices, location.search);
    if (choices !== this.state.choices) this.setState({ choices });
    this.stopStatus = $cartStatus.subscribe((status) => this.setState({ status }));
    // Static pages can be days old: correct price and stock from the store (offline, they stand).
    void this.refreshLive();
  }

  componentWillUnmount() {
    this.stopStatus?.();
  }

  /** Fetches live price and stock into the state; resolves with the props shown from then on. */
  refreshLive(): Promise<AddToCartProps> {
    const { product } = this.props;
    return fetchLiveProduct(product.productId).then(
      (live) => {
        const next = applyLive(product, live);
        this.setState({ live: next });
        return next;
      },
      () => this.state.live,
    );
  }

  private choose(optionId: number, value: Choices[number]) {
    const errors = { ...this.state.errors };
    delete errors[optionId];
    const choices = { ...this.state.choices, [optionId]: value };
    this.setState({ choices, errors, added: '' });
    // Replace, not push: the picks are shareable and survive reload and Back without adding history entries.
    const search = searchForSku(location.search, skuForChoices(this.props.product, choices));
    if (search !== location.search)
      history.replaceState(history.state, '', location.pathname + search + location.hash);
  }

  /** The variant the current picks name in `props`. */
  variantIn(props: AddToCartProps) {
    return matchVariant(props, this.state.choices);
  }

  /** Adds the picks to the cart (see `add-flow.ts`), once at a time. */
  private submit = (event: Event) => {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.setState({ pending: true, added: '', failed: false });
    loadAddFlow()
      .then((flow) => flow.addPicks(this))
      .catch(() => this.setState({ failed: true }))
      .finally(() => {
        this.busy = false;
        this.setState({ pending: false });
      });
  };

  render({ product }: AddToCartIslandProps, state: AddToCartState) {
    const { live, choices, errors, pending, added, status } = state;
    const id = `add-to-cart-${product.productId}`;
    const picks = describePicks(live, choices);

    return (
      <form
        class="add-to-cart"
        ref={this.form}
        noValidate
        onSubmit={this.submit}
        onFocusIn={() => void loadAddFlow()}
        onPointerEnter={() => void loadAddFlow()}
      >
        <PickSummary picks={picks} />
        {live.options.map((option) => (
          <OptionField
            key={option.id}
            option={option}
            value={choices[option.id]}
            error={errors[option.id]}
            id={`${id}-${option.id}`}
            isAvailable={(valueId) => isValueAvailable(live, choices, option.id, valueId)}
            onChange={(value) => this.choose(option.id, value)}
          />
        ))}
        <QuantityField
          id={`${id}-quantity`}
          value={state.quantity}
          min={live.minQuantity}
          max={live.maxQuantity}
          error={state.quantityError}
          onChange={(quantity) => this.setState({ quantity, quantityError: '' })}
        />
        <button
          type="submit"
          class="button add-to-cart__button"
          disabled={picks.soldOut}
          aria-disabled={pending || undefined}
        >
          {pending ? 'Adding…' : 'Add to cart'}
        </button>
        {state.failed && (
          <CartStatusMessage
            status={status?.state === 'error' ? status : UNREACHABLE}
            onRetried={async (result) => {
              if (!result.ok) return;
              const { addedMessage } = await loadAddFlow();
              this.setState({ failed: false, added: addedMessage(state.live, state.quantity) });
            }}
          />
        )}
        <p class="add-to-cart__added" role="status">
          {added && (
            <>
              {added}{' '}
              <button type="button" class="link-button" onClick={() => $drawerOpen.set(true)}>
                View cart
              </button>
            </>
          )}
        </p>
      </form>
    );
  }
}
