/** GraphQL documents composed from fragments, with each fragment definition appended once. */

/** A document's text plus the fragments it spreads, however deeply. */
export interface GraphQLDocument {
  readonly source: string;
  readonly fragments: readonly GraphQLDocument[];
  /** The full text to send: the source followed by every fragment it needs, once each. */
  toString(): string;
}

function collect(doc: GraphQLDocument, seen: Map<string, string>): void {
  for (const fragment of doc.fragments) {
    collect(fragment, seen);
    seen.set(fragment.source, fragment.source);
  }
}

/** Builds a document (query, mutation or fragment) that spreads the given fragments. */
export function graphql(source: string, fragments: readonly GraphQLDocument[] = []): GraphQLDocument {
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
