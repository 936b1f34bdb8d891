/** BigCommerce's request limits: complexity (nested connection sizes multiply), depth 16, one mutation. */
import {
  getNamedType,
  isCompositeType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connections';

/** The highest complexity score a request may have. */
export const MAX_COMPLEXITY = 10_000;
/** The deepest field nesting a request may have. */
export const MAX_DEPTH = 16;

/** BigCommerce's wording for an over-complex query. */
export const complexityMessage = (score: number) =>
  `The query is too complex as it has a complexity score of ${score} out of ${MAX_COMPLEXITY}. Please remove some elements and try again`;

/** The measured size of one operation. */
export interface OperationMeasure {
  complexity: number;
  depth: number;
  /** Mutations the operation would run (fields under `Mutation` and under `Mutation.cart`). */
  mutations: number;
}

type Variables = Record<string, unknown>;

function pageSize(
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Variables,
): number {
  let size: number | undefined;
  for (const arg of args) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    const value = arg.value;
    const given =
      value.kind === Kind.INT
        ? Number(value.value)
        : value.kind === Kind.VARIABLE
          ? variables[value.name.value]
          : undefined;
    if (typeof given === 'number' && given >= 0) size = Math.max(size ?? 0, given);
  }
  return size ?? DEFAULT_PAGE_SIZE;
}

/** Scores an operation: each field costs the product of the page sizes of the connections it sits in. */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
): OperationMeasure {
  let depth = 0;
  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    multiplier: number,
    level: number,
    seen: ReadonlySet<string>,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        depth = Math.max(depth, level);
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const field = fields[selection.name.value];
        cost += multiplier;
        if (!field || !selection.selectionSet) continue;
        const type = getNamedType(field.type);
        const childMultiplier = type.name.endsWith('Connection')
          ? multiplier * pageSize(selection.arguments ?? [], variables)
          : multiplier;
        if (isCompositeType(type))
          cost += walk(selection.selectionSet, type, childMultiplier, level + 1, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        const target = condition && isCompositeType(condition) ? condition : parent;
        cost += walk(selection.selectionSet, target, multiplier, level, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        const target = condition && isCompositeType(condition) ? condition : parent;
        cost += walk(fragment.selectionSet, target, multiplier, level, new Set([...seen, name]));
      }
    }
    return cost;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const complexity = root ? walk(operation.selectionSet, root, 1, 1, new Set()) : 0;
  return {
    complexity,
    depth,
    mutations: operation.operation === 'mutation' ? countMutations(operation, fragments) : 0,
  };
}

function countMutations(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): number {
  const fieldsOf = (selectionSet: SelectionSetNode): { name: string; selectionSet?: SelectionSetNode }[] =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) {
        return selection.name.value.startsWith('__')
          ? []
          : [{ name: selection.name.value, selectionSet: selection.selectionSet }];
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet);
      const fragment = fragments[selection.name.value];
      return fragment ? fieldsOf(fragment.selectionSet) : [];
    });
  let count = 0;
  for (const field of fieldsOf(operation.selectionSet)) {
    count += field.selectionSet ? Math.max(1, fieldsOf(field.selectionSet).length) : 1;
  }
  return count;
}
