/**
 * GraphQL documents composed from fragments, with each fragment definition appended once, and typed:
 * a document carries its result and variables types, so `client.request(document, variables)` checks
 * the variables and types the result without naming either.
 */

/** The variables of an operation that takes none. */
export type NoVariables = Record<string, never>;

/**
 * A document's text plus the fragments it spreads, however deeply. `TData` is what the operation
 * answers and `TVariables` what it takes; both exist only for the type checker.
 */
export interface GraphQLDocument<TData = unknown, TVariables = unknown> {
  readonly source: string;
  readonly fragments: readonly GraphQLDocument[];
  /** The full text to send: the source followed by every fragment it needs, once each. */
  toString(): string;
  /** Never set: ties the result and variables types to the document. */
  readonly __types?: { readonly data: TData; readonly variables: TVariables };
}

/** The variables argument of a request: optional exactly when none of the variables is required. */
export type VariablesArgument<TVariables> = NoVariables extends TVariables
  ? [variables?: TVariables]
  : [variables: TVariables];

function collect(doc: GraphQLDocument, seen: Map<string, string>): void {
  for (const fragment of doc.fragments) {
    collect(fragment, seen);
    seen.set(fragment.source, fragment.source);
  }
}

/**
 * Builds a document (query, mutation or fragment) that spreads the given fragments. Give an operation
 * its result and variables types: `graphql<GetCartData, GetCartVariables>(…)`.
 */
export function graphql<TData = unknown, TVariables = NoVariables>(
  source: string,
  fragments: readonly GraphQLDocument[] = [],
): GraphQLDocument<TData, TVariables> {
  const text = source.trim();
  return {
    source: text,
    fragments,
    toString() {
      const seen = new Map<string, string>();
      collect(this, seen);
      seen.delete(text);
      return [text, ...seen.values()].join('\n\n');
    },
  };
}

/** The type and name of a document's operation. */
export interface OperationInfo {
  type: 'query' | 'mutation' | 'subscription';
  name?: string;
}

/**
 * Reads the operation at the head of a document's own source (a `{…}` shorthand is a query) without a
 * GraphQL parser, which the browser bundle cannot afford. The fidelity test checks every document has
 * exactly one named operation.
 */
export function describeOperation(document: GraphQLDocument): OperationInfo {
  const match = /^\s*(query|mutation|subscription)\b\s*(\w+)?/.exec(document.source);
  return { type: (match?.[1] ?? 'query') as OperationInfo['type'], name: match?.[2] };
}

/** What both clients know of a request before sending it: where it goes, what it is called, what it is. */
export interface RequestDescription {
  endpoint: string;
  operationName?: string;
  /** The endpoint with Catalyst's `?operation=NAME&type=…` appended; BigCommerce ignores it, logs read it. */
  url: string;
  /** A mutation may have taken effect when its reply is lost, so the retry policy treats it apart. */
  isMutation: boolean;
}

/** Describes a request of `document` to `endpoint`, for its URL, its errors and the retry policy. */
export function describeRequest(endpoint: string, document: GraphQLDocument): RequestDescription {
  const { type, name } = describeOperation(document);
  const url = new URL(endpoint);
  if (name) url.searchParams.set('operation', name);
  url.searchParams.set('type', type);
  return { endpoint, operationName: name, url: url.toString(), isMutation: type === 'mutation' };
}
