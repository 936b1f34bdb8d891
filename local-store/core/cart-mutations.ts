/** The `cart { … }` mutations: create, add, update, delete lines, delete, and checkout redirect URLs. */
import { GraphQLError } from 'graphql';
import type { LineItemInput } from './cart-lines';
import { cartView } from './cart-resolvers';
import type { ApiContext } from './context';

type GiftCertificates = { giftCertificates?: unknown[] | null };

function refuseGiftCertificates(data: GiftCertificates | { giftCertificate?: unknown }) {
  const given =
    'giftCertificates' in data
      ? (data.giftCertificates?.length ?? 0) > 0
      : 'giftCertificate' in data && data.giftCertificate;
  if (given) throw new GraphQLError('Gift certificates are not enabled on this store');
}

/** `CartMutations` resolvers. */
export const cartMutationResolvers = {
  createCart: (
    _root: unknown,
    {
      input,
    }: {
      input: {
        lineItems?: LineItemInput[] | null;
        currencyCode?: string | null;
        locale?: string | null;
      } & GiftCertificates;
    },
    ctx: ApiContext,
  ) => {
    refuseGiftCertificates(input);
    const code = input.currencyCode ?? ctx.catalog.defaultCurrency.code;
    const currency = ctx.catalog.currencyByCode.get(code);
    if (!currency || !currency.isActive)
      throw new GraphQLError(`Currency ${code} is not enabled on this store`);
    if (!currency.isTransactional)
      throw new GraphQLError(
        `Currency ${code} is for display only; carts use ${ctx.catalog.defaultCurrency.code}`,
      );
    return { cart: cartView(ctx.carts.create(input.lineItems ?? [], code, input.locale ?? 'en')) };
  },
  addCartLineItems: (
    _root: unknown,
    {
      input,
    }: { input: { cartEntityId: string; data: { lineItems?: LineItemInput[] | null } & GiftCertificates } },
    ctx: ApiContext,
  ) => {
    const cart = ctx.carts.require(input.cartEntityId);
    refuseGiftCertificates(input.data);
    return { cart: cartView(ctx.carts.addLines(cart, input.data.lineItems ?? [])) };
  },
  updateCartLineItem: (
    _root: unknown,
    {
      input,
    }: {
      input: {
        cartEntityId: string;
        lineItemEntityId: string;
        data: { lineItem?: LineItemInput | null; giftCertificate?: unknown };
      };
    },
    ctx: ApiContext,
  ) => {
    const cart = ctx.carts.require(input.cartEntityId);
    refuseGiftCertificates(input.data);
    if (!input.data.lineItem) throw new GraphQLError('data.lineItem is required to update a line item');
    return { cart: cartView(ctx.carts.updateLine(cart, input.lineItemEntityId, input.data.lineItem)) };
  },
  deleteCartLineItem: (
    _root: unknown,
    { input }: { input: { cartEntityId: string; lineItemEntityId: string } },
    ctx: ApiContext,
  ) => {
    const cart = ctx.carts.require(input.cartEntityId);
    const remaining = ctx.carts.deleteLine(cart, input.lineItemEntityId);
    return {
      deletedLineItemEntityId: input.lineItemEntityId,
      cart: cartView(remaining),
      deletedCartEntityId: remaining ? null : cart.entityId,
    };
  },
  deleteCart: (_root: unknown, { input }: { input: { cartEntityId: string } }, ctx: ApiContext) => {
    const cart = ctx.carts.require(input.cartEntityId);
    ctx.carts.delete(cart.entityId);
    return { deletedCartEntityId: cart.entityId };
  },
  createCartRedirectUrls: (
    _root: unknown,
    {
      input,
    }: {
      input?: { cartEntityId?: string | null; queryParams?: { key: string; value: string }[] | null } | null;
    },
    ctx: ApiContext,
  ) => {
    const cart = ctx.carts.require(input?.cartEntityId);
    return { redirectUrls: ctx.checkout.createRedirectUrls(cart, input?.queryParams ?? []) };
  },
};
