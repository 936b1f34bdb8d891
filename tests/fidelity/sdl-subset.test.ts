import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  astFromValue,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const realSchemaPath = path.resolve(repoRoot, '../shared/bigcommerce/storefront-schema.graphql');
const hasRealSchema = existsSync(realSchemaPath);
if (!hasRealSchema) console.warn(`sdl-subset: skipped, ${realSchemaPath} is absent`);

const ownTypes = (schema: GraphQLSchema): GraphQLNamedType[] =>
  Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));

const kindOf = (type: GraphQLNamedType): string =>
  isObjectType(type)
    ? 'object'
    : isInterfaceType(type)
      ? 'interface'
      : isInputObjectType(type)
        ? 'input'
        : isEnumType(type)
          ? 'enum'
          : isUnionType(type)
            ? 'union'
            : 'scalar';

const defaultOf = (arg: { defaultValue: unknown; type: GraphQLArgument['type'] }): string | undefined => {
  if (arg.defaultValue === undefined) return undefined;
  const ast = astFromValue(arg.defaultValue, arg.type);
  return ast ? print(ast) : undefined;
};

/** Every way `local` differs from (is not a strict subset of) `real`, one line each. */
function subsetProblems(local: GraphQLSchema, real: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const type of ownTypes(local)) {
    const realType = real.getType(type.name);
    if (!realType) {
      problems.push(`type ${type.name} does not exist`);
      continue;
    }
    if (kindOf(type) !== kindOf(realType)) {
      problems.push(`${type.name} is ${kindOf(type)} here but ${kindOf(realType)} in BigCommerce`);
      continue;
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      const realFields = (realType as typeof type).getFields();
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const realField = realFields[field.name];
        if (!realField) {
          problems.push(`${type.name}.${field.name} does not exist`);
          continue;
        }
        if (String(field.type) !== String(realField.type)) {
          problems.push(`${type.name}.${field.name}: ${field.type} here, ${realField.type} in BigCommerce`);
        }
        for (const arg of field.args) {
          const realArg = realField.args.find((candidate) => candidate.name === arg.name);
          if (!realArg) problems.push(`${type.name}.${field.name}(${arg.name}) does not exist`);
          else if (String(arg.type) !== String(realArg.type) || defaultOf(arg) !== defaultOf(realArg)) {
            problems.push(`${type.name}.${field.name}(${arg.name}) differs in type or default`);
          }
        }
        for (const realArg of realField.args) {
          const required = String(realArg.type).endsWith('!') && realArg.defaultValue === undefined;
          if (required && !field.args.some((arg) => arg.name === realArg.name)) {
            problems.push(`${type.name}.${field.name} lacks required argument ${realArg.name}`);
          }
        }
      }
      const realInterfaces = (realType as typeof type).getInterfaces().map((iface) => iface.name);
      for (const iface of type.getInterfaces()) {
        if (!realInterfaces.includes(iface.name))
          problems.push(`${type.name} does not implement ${iface.name}`);
      }
    } else if (isInputObjectType(type) && isInputObjectType(realType)) {
      const realFields = realType.getFields();
      const fields = type.getFields();
      for (const field of Object.values(fields)) {
        const realField = realFields[field.name];
        if (!realField) problems.push(`input ${type.name}.${field.name} does not exist`);
        else if (String(field.type) !== String(realField.type) || defaultOf(field) !== defaultOf(realField)) {
          problems.push(
            `input ${type.name}.${field.name}: ${field.type} here, ${realField.type} in BigCommerce`,
          );
        }
      }
      for (const realField of Object.values(realFields)) {
        if (!fields[realField.name]) problems.push(`input ${type.name} lacks field ${realField.name}`);
      }
    } else if (isEnumType(type) && isEnumType(realType)) {
      const realValues = realType.getValues().map((value) => value.name);
      for (const value of type.getValues()) {
        if (!realValues.includes(value.name)) problems.push(`enum ${type.name} has no value ${value.name}`);
      }
    } else if (isUnionType(type) && isUnionType(realType)) {
      const realMembers = realType.getTypes().map((member) => member.name);
      for (const member of type.getTypes()) {
        if (!realMembers.includes(member.name))
          problems.push(`union ${type.name} has no member ${member.name}`);
      }
    } else if (!isScalarType(type)) {
      problems.push(`${type.name}: unexpected kind`);
    }
  }
  return problems;
}

describe.skipIf(!hasRealSchema)('local-store/schema.graphql is a strict subset of BigCommerce', () => {
  const local = buildSchema(readFileSync(path.join(repoRoot, 'local-store/schema.graphql'), 'utf8'));
  const real = hasRealSchema ? buildSchema(readFileSync(realSchemaPath, 'utf8')) : local;

  it('names only types, fields, arguments, enum values and interfaces BigCommerce has, typed alike', () => {
    expect(subsetProblems(local, real)).toEqual([]);
  });

  it('roots its operations at the same types', () => {
    expect(local.getQueryType()?.name).toBe(real.getQueryType()?.name);
    expect(local.getMutationType()?.name).toBe(real.getMutationType()?.name);
  });

  it('would notice a field with the wrong nullability', () => {
    const tampered = buildSchema(
      readFileSync(path.join(repoRoot, 'local-store/schema.graphql'), 'utf8').replace(
        'warranty: String!',
        'warranty: String',
      ),
    );
    expect(subsetProblems(tampered, real)).toContain('Product.warranty: String here, String! in BigCommerce');
  });
});
