/** Runs one GraphQL request: parse, validate, enforce limits, execute; errors come back as HTTP 200 `errors[]`. */
import { execute, getOperationAST } from 'graphql';
import type { ApiContext } from './context';
import { DocumentCache } from './document-cache';
import { complexityMessage, MAX_COMPLEXITY, MAX_DEPTH, measureOperation } from './limits';
import { localSchema } from './schema';

/** The outcome of one GraphQL request. */
export interface GraphqlOutcome {
  status: number;
  payload: { data?: unknown; errors?: unknown[] };
  complexity: number;
}

interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

// One per thread, like the schema it validates against, so the query text alone identifies a document.
let documents: DocumentCache | undefined;

const failure = (message: string, status = 200, complexity = 0): GraphqlOutcome => ({
  status,
  payload: { errors: [{ message }] },
  complexity,
});

/** Parses the JSON body of a GraphQL POST and executes it against the local schema. */
export async function runGraphql(bodyText: string, ctx: ApiContext): Promise<GraphqlOutcome> {
  let body: GraphqlBody;
  try {
    body = JSON.parse(bodyText) as GraphqlBody;
  } catch {
    return failure('The request body is not valid JSON', 400);
  }
  if (!body || typeof body.query !== 'string' || !body.query.trim()) {
    return failure('The request body has no "query"', 400);
  }
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const schema = localSchema();
  documents ??= new DocumentCache(schema);
  const prepared = documents.prepare(body.query);
  if (!prepared.ok) return { status: 200, payload: { errors: prepared.errors }, complexity: 0 };
  const { document, fragments } = prepared;
  const operation = getOperationAST(document, operationName);
  if (!operation)
    return failure('Must provide a valid operation name when the query holds several operations');

  const measure = measureOperation(schema, operation, fragments, variables);
  if (measure.depth > MAX_DEPTH) {
    return failure(
      `The query has a depth of ${measure.depth}, more than the allowed ${MAX_DEPTH}`,
      200,
      measure.complexity,
    );
  }
  if (measure.complexity > MAX_COMPLEXITY)
    return failure(complexityMessage(measure.complexity), 200, measure.complexity);
  if (measure.mutations > 1) {
    return failure(
      'Only one mutation can be run per request; send each mutation separately',
      200,
      measure.complexity,
    );
  }

  const result = await execute({
    schema,
    document,
    variableValues: variables,
    operationName,
    contextValue: ctx,
  });
  const errors = result.errors?.map((error) => error.toJSON()) ?? [];
  if (ctx.injectErrors.active && ctx.injectErrors.injected === 0) {
    errors.push({ message: 'Temporary failure while loading part of the response; retry the request' });
  }
  const payload: GraphqlOutcome['payload'] = { data: result.data ?? null };
  if (errors.length) payload.errors = errors;
  return { status: 200, payload, complexity: measure.complexity };
}
