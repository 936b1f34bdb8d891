/** The add-to-cart island's summary of the picks: the variant's image, price (and price before a sale) and stock. */
import type { describePicks } from '../../lib/cart/selection';

/** Props of the summary: what the picks come to, and how to show an amount. */
export interface PickSummaryProps {
  picks: ReturnType<typeof describePicks>;
  money: (amount: number) => string;
}

/** Image, price and stock line of the chosen variant (or of the product, until one is chosen). */
export default function PickSummary({ picks: { variant, item, stock }, money }: PickSummaryProps) {
  return (
    <div class="add-to-cart__summary">
      {variant?.image && (
        <img class="add-to-cart__image" {...variant.image} sizes="6rem" width={96} height={96} />
      )}
      <div>
        <p class="add-to-cart__price">
          {item.price === null ? 'Price on request' : money(item.price)}
          {item.basePrice !== undefined && (
            <s class="add-to-cart__was">
              <span class="visually-hidden">Was </span>
              {money(item.basePrice)}
            </s>
          )}
        </p>
        <p class={`add-to-cart__stock add-to-cart__stock--${stock.state}`}>{stock.label}</p>
        {stock.note && <p class="add-to-cart__note">{stock.note}</p>}
      </div>
    </div>
  );
}
