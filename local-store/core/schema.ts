/** The executable schema: `schema.graphql` built with graphql-js, with the resolvers attached to its fields. */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  GraphQLScalarType,
  isEnumType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { cartMutationResolvers } from './cart-mutations';
import { cartResolvers } from './cart-resolvers';
import type { ApiContext } from './context';
import { productResolvers, variantResolvers } from './product-resolvers';
import { queryResolvers, siteResolvers } from './site-resolvers';
import { brandResolvers, categoryResolvers, categoryTreeItemResolvers } from './taxonomy-resolvers';

/** Where the SDL lives (next to this folder). */
export const SCHEMA_PATH = new URL('../schema.graphql', import.meta.url);

type Resolver = (source: never, args: never, ctx: ApiContext) => unknown;

// Types not listed resolve through graphql-js's default resolver: plain properties, or methods for fields with arguments.
const resolvers: Record<string, Record<string, Resolver>> = {
  Query: queryResolvers,
  Mutation: { cart: () => ({}) },
  Site: siteResolvers,
  Product: productResolvers,
  Variant: variantResolvers,
  CategoryTreeItem: categoryTreeItemResolvers,
  Category: categoryResolvers,
  Brand: brandResolvers,
  Cart: cartResolvers,
  CartMutations: cartMutationResolvers,
};

let cached: GraphQLSchema | undefined;

/** The local store's executable schema (built once per process; resolvers are stateless). */
export function localSchema(): GraphQLSchema {
  if (cached) return cached;
  const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`schema.graphql has no object type ${typeName}`);
    const defined = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      if (!defined[fieldName]) throw new Error(`${typeName}.${fieldName} is not in schema.graphql`);
      defined[fieldName].resolve = resolve as unknown as GraphQLFieldResolver<unknown, ApiContext>;
    }
  }
  const dateTime = schema.getType('DateTime');
  if (dateTime instanceof GraphQLScalarType) {
    dateTime.serialize = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
    dateTime.parseValue = (value: unknown) => {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
        throw new TypeError('DateTime must be an ISO 8601 string');
      return new Date(value);
    };
  }
  cached = schema;
  return schema;
}

/** Throws when the catalog offers a currency the schema's `currencyCode` enum cannot name. */
export function assertCurrenciesInSchema(codes: readonly string[]): void {
  const type = localSchema().getType('currencyCode');
  const known = new Set(isEnumType(type) ? type.getValues().map((value) => value.name) : []);
  for (const code of codes) {
    if (!known.has(code))
      throw new Error(`Currency ${code} is not in the currencyCode enum of local-store/schema.graphql`);
  }
}
