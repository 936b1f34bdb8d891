/**
 * BigCommerce's complexity score of a request, estimated before sending it: every field costs 1, and
 * everything a connection selects costs as many times as the connection's page size (nested
 * connections multiply). A field taking `first`/`last` counts as a connection, 10 items when unsized.
 */
import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { GraphQLDocument } from './graphql';

/** BigCommerce's page size when a connection is given neither `first` nor `last`. */
const DEFAULT_PAGE_SIZE = 10;

const parsed = new WeakMap<GraphQLDocument, DocumentNode>();

function documentNode(document: GraphQLDocument): DocumentNode {
  let node = parsed.get(document);
  if (!node) {
    node = parse(String(document));
    parsed.set(document, node);
  }
  return node;
}

function pageSize(
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Readonly<Record<string, unknown>>,
): number | undefined {
  let size: number | undefined;
  for (const arg of args) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    const value =
      arg.value.kind === Kind.INT
        ? Number(arg.value.value)
        : arg.value.kind === Kind.VARIABLE
          ? variables[arg.value.name.value]
          : undefined;
    size = Math.max(size ?? 0, typeof value === 'number' && value >= 0 ? value : DEFAULT_PAGE_SIZE);
  }
  return size;
}

/** The estimated complexity score of `document` sent with `variables`. */
export function estimateComplexity(
  document: GraphQLDocument,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const root = documentNode(document);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of root.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk = (set: SelectionSetNode, multiplier: number, seen: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        cost += multiplier;
        if (!selection.selectionSet) continue;
        const size = pageSize(selection.arguments ?? [], variables);
        cost += walk(selection.selectionSet, multiplier * (size ?? 1), seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, multiplier, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        cost += walk(fragment.selectionSet, multiplier, new Set([...seen, fragment.name.value]));
      }
    }
    return cost;
  };
  const operation = root.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation ? walk(operation.selectionSet, 1, new Set()) : 0;
}
