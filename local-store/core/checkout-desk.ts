/** The hosted checkout: single-use redirect URLs, the review page, and placing orders (stock goes down). */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Catalog } from './catalog';
import { priceCart } from './cart-pricing';
import { checkQuantities, type CartRecord, type CartStore } from './cart-store';
import { checkoutErrorPage, checkoutPage, orderPlacedPage } from './checkout-pages';
import { bodyText, htmlResponse, type ApiRequest, type ApiResponse } from './http';

/** A placed order, kept for inspection. */
export interface PlacedOrder {
  orderNumber: number;
  cartEntityId: string;
  lines: { sku: string; quantity: number; total: number }[];
  amount: number;
  currencyCode: string;
}

/** Redirect tokens, checkout sessions and orders of one local store. */
export class CheckoutDesk {
  private readonly tokens = new Map<string, { cartId: string; used: boolean }>();
  private readonly sessions = new Map<string, { cartId: string; orderNumber: number | null }>();
  readonly orders: PlacedOrder[] = [];
  private nextOrderNumber = 100;

  constructor(
    private readonly catalog: Catalog,
    private readonly carts: CartStore,
    private readonly origin: string,
  ) {}

  private issue(cartId: string): string {
    const token = randomBytes(32).toString('hex');
    this.tokens.set(token, { cartId, used: false });
    return token;
  }

  /** Two fresh single-use URLs (redirected and embedded) for `cart`. */
  createRedirectUrls(cart: CartRecord, queryParams: readonly { key: string; value: string }[]) {
    const extra = queryParams
      .map((p) => `&${encodeURIComponent(p.key)}=${encodeURIComponent(p.value)}`)
      .join('');
    const base = `${this.origin}/cart.php`;
    return {
      redirectedCheckoutUrl: `${base}?action=loadInCheckout&id=${cart.entityId}&token=${this.issue(cart.entityId)}${extra}`,
      embeddedCheckoutUrl: `${base}?embedded=1&action=loadInCheckout&id=${cart.entityId}&token=${this.issue(cart.entityId)}${extra}`,
    };
  }

  /** Handles checkout paths; `null` for any other path. */
  handle(request: ApiRequest, url: URL): ApiResponse | null {
    if (url.pathname === '/cart.php' && request.method === 'GET') return this.open(url.searchParams);
    if (url.pathname === '/checkout/place-order' && request.method === 'POST') {
      return this.place(new URLSearchParams(bodyText(request)).get('session') ?? '');
    }
    return null;
  }

  private open(params: URLSearchParams): ApiResponse {
    const token = params.get('token') ?? '';
    const cartId = params.get('id') ?? '';
    const entry = this.tokens.get(token);
    if (params.get('action') !== 'loadInCheckout' || !entry || entry.cartId !== cartId) {
      return htmlResponse(
        404,
        checkoutErrorPage('Checkout link not valid', 'This checkout link is not valid.'),
      );
    }
    if (entry.used) {
      return htmlResponse(
        410,
        checkoutErrorPage(
          'Checkout link already used',
          'This checkout link has already been used. Return to the cart and check out again.',
        ),
      );
    }
    entry.used = true;
    const cart = this.carts.get(cartId);
    if (!cart) return htmlResponse(404, checkoutErrorPage('Cart not found', 'This cart no longer exists.'));
    const session = randomUUID();
    this.sessions.set(session, { cartId, orderNumber: null });
    const storeName = this.catalog.data.settings.storeName;
    return htmlResponse(200, checkoutPage(storeName, priceCart(this.catalog, cart), session));
  }

  private place(sessionId: string): ApiResponse {
    const session = this.sessions.get(sessionId);
    if (!session)
      return htmlResponse(404, checkoutErrorPage('Checkout expired', 'This checkout session is not valid.'));
    if (session.orderNumber !== null) {
      return htmlResponse(
        409,
        checkoutErrorPage('Order already placed', `Order #${session.orderNumber} was already placed.`),
      );
    }
    const cart = this.carts.get(session.cartId);
    if (!cart) return htmlResponse(410, checkoutErrorPage('Cart not found', 'This cart no longer exists.'));
    try {
      checkQuantities(this.catalog, cart.lines);
    } catch (error) {
      return htmlResponse(409, checkoutErrorPage('Order not placed', (error as Error).message));
    }
    const priced = priceCart(this.catalog, cart);
    for (const line of cart.lines) {
      this.catalog.inventory.take(line.product, line.variant, line.quantity);
      this.catalog.recordSale(line.product, line.quantity);
    }
    this.carts.delete(cart.entityId);
    const orderNumber = this.nextOrderNumber++;
    session.orderNumber = orderNumber;
    this.orders.push({
      orderNumber,
      cartEntityId: cart.entityId,
      lines: priced.lines.map((line) => ({
        sku: line.sku,
        quantity: line.line.quantity,
        total: line.extendedPrice,
      })),
      amount: priced.amount,
      currencyCode: priced.currency.code,
    });
    return htmlResponse(200, orderPlacedPage(this.catalog.data.settings.storeName, orderNumber, priced));
  }
}
