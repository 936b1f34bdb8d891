/** One cart line: image, name, options, unit price, a quantity stepper and a remove control. */
import { useEffect, useState } from 'preact/hooks';
import { removeLine, updateLine } from '../../lib/cart/actions';
import { fetchLiveProduct } from '../../lib/cart/live';
import type { CartLine } from '../../lib/cart/model';
import { PLACEHOLDER_SRC } from '../../lib/images';
import { formatMoney } from '../../lib/money';

/** Units of the line's variant the store can sell now; null when unknown or not tracked. */
async function availableFor(line: CartLine): Promise<number | null> {
  const live = await fetchLiveProduct(line.productId).catch(() => null);
  const state = line.variantId === null ? live : live?.variants[line.variantId];
  return state?.available ?? null;
}

/** Props of a cart line; `onRemoved` moves focus somewhere sensible once the line is gone. */
export interface CartLineItemProps {
  line: CartLine;
  onRemoved: () => void;
}

/**
 * A line of the cart. Controls stay enabled while a change is in flight (disabling them would drop
 * keyboard focus); the actions run one at a time and set quantities, so repeats do no harm.
 */
export default function CartLineItem({ line, onRemoved }: CartLineItemProps) {
  const [typed, setTyped] = useState(String(line.quantity));
  const [message, setMessage] = useState('');
  useEffect(() => setTyped(String(line.quantity)), [line.quantity]);
  const errorId = `cart-line-${line.id}-error`;

  async function change(quantity: number) {
    setMessage('');
    if (!Number.isInteger(quantity) || quantity < 1 || quantity === line.quantity) {
      setTyped(String(line.quantity));
      return;
    }
    setTyped(String(quantity));
    const result = await updateLine(line.id, quantity);
    if (result.ok || result.failure.kind !== 'stock') return;
    const available = await availableFor(line);
    if (!available) {
      setTyped(String(line.quantity));
      setMessage(available === 0 ? 'This item is now out of stock.' : result.failure.message);
      return;
    }
    setMessage(`Only ${available} available, so the quantity is now ${available}.`);
    if (available !== line.quantity) await updateLine(line.id, available);
    setTyped(String(available));
  }

  return (
    <li class="cart-line" data-sku={line.sku}>
      <img
        class="cart-line__image"
        src={line.imageUrl ?? PLACEHOLDER_SRC}
        alt=""
        width={80}
        height={80}
        loading="lazy"
      />
      <div class="cart-line__info">
        <a class="cart-line__name" href={line.path}>
          {line.name}
        </a>
        {line.options.length > 0 && (
          <ul class="cart-line__options">
            {line.options.map((option) => (
              <li key={option.name}>
                {option.name}: {option.value}
              </li>
            ))}
          </ul>
        )}
        <p class="cart-line__price">
          {line.unitListPrice && <s>{formatMoney(line.unitListPrice)}</s>} {formatMoney(line.unitPrice)} each
        </p>
      </div>
      <div class="cart-line__controls">
        <div class="stepper">
          <button
            type="button"
            aria-label={`Decrease quantity of ${line.name}`}
            aria-disabled={line.quantity <= 1 ? true : undefined}
            onClick={() => void change(line.quantity - 1)}
          >
            −
          </button>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            value={typed}
            aria-label={`Quantity of ${line.name}`}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? errorId : undefined}
            onInput={(event) => setTyped(event.currentTarget.value)}
            onChange={(event) => void change(Number(event.currentTarget.value))}
          />
          <button
            type="button"
            aria-label={`Increase quantity of ${line.name}`}
            onClick={() => void change(line.quantity + 1)}
          >
            +
          </button>
        </div>
        <strong class="cart-line__total">{formatMoney(line.total)}</strong>
        <button
          type="button"
          class="cart-line__remove"
          aria-label={`Remove ${line.name}`}
          onClick={() => void removeLine(line.id).then((result) => result.ok && onRemoved())}
        >
          Remove
        </button>
      </div>
      {message && (
        <p class="field-error cart-line__error" id={errorId} role="alert">
          {message}
        </p>
      )}
    </li>
  );
}
