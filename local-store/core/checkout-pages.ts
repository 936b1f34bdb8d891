/** HTML of the hosted checkout: the order review with a "Place order" form, the confirmation, and error pages. */
import { escapeHtml } from './http';
import { formatMoney, type PricedCart } from './cart-pricing';
import type { SelectedOption } from './cart-lines';

const optionText = (option: SelectedOption) => {
  const value =
    option.kind === 'text' ? option.text : option.kind === 'number' ? String(option.number) : option.value;
  return `${option.name}: ${value}`;
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ddd}
td.num,th.num{text-align:right}button{font-size:1rem;padding:.6rem 1.4rem;cursor:pointer}
.note{color:#555}
</style>
</head>
<body>
<p class="note">Local store — hosted checkout (no payment is taken)</p>
${body}
</body>
</html>`;
}

function linesTable(priced: PricedCart): string {
  const money = (amount: number) => escapeHtml(formatMoney(amount, priced.currency));
  const rows = priced.lines
    .map(
      ({
        line,
        sku,
        unitPrice,
        extendedPrice,
      }) => `<tr class="line" data-sku="${escapeHtml(sku)}" data-quantity="${line.quantity}" data-product-id="${line.product.entityId}">
<td class="name">${escapeHtml(line.product.name)}</td>
<td class="sku">${escapeHtml(sku)}</td>
<td class="options">${escapeHtml(line.options.map(optionText).join('; '))}</td>
<td class="num quantity">${line.quantity}</td>
<td class="num price">${money(unitPrice)}</td>
<td class="num total">${money(extendedPrice)}</td>
</tr>`,
    )
    .join('\n');
  return `<table>
<thead><tr><th>Item</th><th>SKU</th><th>Options</th><th class="num">Qty</th><th class="num">Price</th><th class="num">Total</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="grand-total" data-total="${priced.amount}" data-currency="${escapeHtml(priced.currency.code)}">Total: <strong>${money(priced.amount)}</strong></p>`;
}

/** The order review page with its single "Place order" form. */
export function checkoutPage(storeName: string, priced: PricedCart, session: string): string {
  return page(
    `Checkout — ${storeName}`,
    `<h1>Checkout</h1>
${linesTable(priced)}
<form method="post" action="/checkout/place-order">
<input type="hidden" name="session" value="${escapeHtml(session)}">
<button type="submit">Place order</button>
</form>`,
  );
}

/** The confirmation shown once an order is placed. */
export function orderPlacedPage(storeName: string, orderNumber: number, priced: PricedCart): string {
  return page(
    `Order #${orderNumber} — ${storeName}`,
    `<h1 data-order-number="${orderNumber}">Order #${orderNumber} placed</h1>
<p>Thank you for your order.</p>
${linesTable(priced)}`,
  );
}

/** A checkout error page (used or unknown link, missing cart, stock ran out). */
export function checkoutErrorPage(title: string, message: string): string {
  return page(
    title,
    `<h1 class="error">${escapeHtml(title)}</h1>\n<p class="error-message">${escapeHtml(message)}</p>`,
  );
}
