/** Parsed and validated GraphQL documents by query text, so repeated queries skip parse and validate. */
import type { GraphQLError } from 'graphql';
import {
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';

/** One query text after parsing and validation: a usable document, or the errors to answer with. */
export type PreparedDocument =
  | { ok: true; document: DocumentNode; fragments: Record<string, FragmentDefinitionNode> }
  | { ok: false; errors: GraphQLFormattedError[] };

/** How many query texts a cache keeps by default: far more than the storefront's few operations. */
export const DEFAULT_DOCUMENT_CACHE_SIZE = 256;
// A long text is parsed each time rather than held, so odd clients cannot pin megabytes of ASTs.
const MAX_CACHED_QUERY_LENGTH = 100_000;

/** Parses and validates `query` against `schema`, without caching. */
export function prepareDocument(schema: GraphQLSchema, query: string): PreparedDocument {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return { ok: false, errors: [(error as GraphQLError).toJSON()] };
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return { ok: false, errors: invalid.map((error) => error.toJSON()) };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return { ok: true, document, fragments };
}

/** A bounded cache of prepared documents for one schema, keyed by the exact query text; least recently used go first. */
export class DocumentCache {
  private readonly entries = new Map<string, PreparedDocument>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly capacity = DEFAULT_DOCUMENT_CACHE_SIZE,
  ) {}

  /** Query texts held now. */
  get size(): number {
    return this.entries.size;
  }

  /** The prepared form of `query`, from the cache when it was seen before. */
  prepare(query: string): PreparedDocument {
    const known = this.entries.get(query);
    if (known) {
      // Re-inserting moves the text to the young end of the Map's insertion order.
      this.entries.delete(query);
      this.entries.set(query, known);
      return known;
    }
    const prepared = prepareDocument(this.schema, query);
    if (query.length > MAX_CACHED_QUERY_LENGTH || this.capacity <= 0) return prepared;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(query, prepared);
    return prepared;
  }
}
