/**
 * What the add-to-cart island does when the shopper adds: check the picks, add them, and answer a stock
 * shortage at the quantity field. Loaded on first intent to add, with validation and the cart actions.
 */
import { addToCart } from '../../lib/cart/actions';
import { quantityInCart } from '../../lib/cart/model';
import { addableQuantity, addedMessage, checkPicks, toLineInput } from '../../lib/cart/picks';
import { $cart } from '../../lib/cart/stores';
import type { AddFlowHost } from './add-to-cart-state';

export { addedMessage };

/** Adds the island's picks to the cart, or shows at each field what stops that. */
export async function addPicks(host: AddFlowHost): Promise<void> {
  const { live, choices, quantity } = host.state;
  const variant = host.variantIn(live);
  const inCart = () => quantityInCart($cart.get(), live.productId, variant?.id);
  const problems = checkPicks(live, choices, quantity, addableQuantity(live, variant, inCart()));
  host.setState(problems);
  if (problems.quantityError || Object.keys(problems.errors).length) {
    // Focus the first field with a problem, once rendered, so its message is read out.
    setTimeout(() =>
      host.form.current?.querySelector<HTMLElement>('[aria-invalid] input:enabled, [aria-invalid]')?.focus(),
    );
    return;
  }
  const result = await addToCart([toLineInput(live, choices, variant, Number(quantity))]);
  if (result.ok) return host.setState({ added: addedMessage(live, quantity) });
  if (result.failure.kind !== 'stock') return host.setState({ failed: true });
  const next = await host.refreshLive();
  const left = addableQuantity(next, host.variantIn(next), inCart()) ?? 0;
  host.setState({
    ...(left ? { quantity: String(left) } : {}),
    quantityError: `Not enough stock: ${left ? `only ${left} can be added, so the quantity is now ${left}` : 'none left to add'}.`,
  });
}
