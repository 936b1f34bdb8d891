/** The add-to-cart island's summary of the picks: the variant's image, price (with sale and MSRP) and stock. */
import { itemPriceView } from '../../lib/catalog/price-view';
import type { describePicks } from '../../lib/cart/selection';

/** Props of the summary: what the picks come to. */
export interface PickSummaryProps {
  picks: ReturnType<typeof describePicks>;
}

/**
 * Image, price and stock line of the chosen variant (or of the product, until one is chosen). With scripts,
 * these stand in for the page's static price and stock line.
 */
export default function PickSummary({ picks: { variant, prices, stock } }: PickSummaryProps) {
  const price = itemPriceView(prices);
  return (
    <div class="add-to-cart__summary">
      {variant?.image && (
        <img class="add-to-cart__image" {...variant.image} sizes="6rem" width={96} height={96} />
      )}
      <div>
        {price.kind === 'single' ? (
          <>
            <p class="add-to-cart__price">
              {price.onSale && <span class="visually-hidden">Sale price </span>}
              {price.current}
              {price.was && (
                <s class="add-to-cart__was">
                  <span class="visually-hidden">Was </span>
                  {price.was}
                </s>
              )}
            </p>
            {price.retail && (
              <p class="add-to-cart__retail">
                <abbr title="Manufacturer's suggested retail price">MSRP</abbr> {price.retail}
              </p>
            )}
          </>
        ) : (
          <p class="add-to-cart__price">{price.text}</p>
        )}
        <p class={`add-to-cart__stock add-to-cart__stock--${stock.state}`}>{stock.label}</p>
        {stock.note && <p class="add-to-cart__note">{stock.note}</p>}
      </div>
    </div>
  );
}
