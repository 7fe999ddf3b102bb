import type { GraphQLArgument, GraphQLEnumType, GraphQLField, GraphQLInputObjectType, GraphQLInputType, GraphQLList, GraphQLNamedType, GraphQLNonNull, GraphQLObjectType, GraphQLOutputType, GraphQLSchema } from 'graphql'
import { kindOf } from '../../gateway/lib/input-rules'

// Every argument of the schema, walked: each text (String, ID, DateTime) and each list inside
// every argument, with a value of the right shape around it, so a test can put one bad value at
// exactly one place and leave the rest of the request valid.

export type Step = string | '[]'
export interface ArgumentSpot {
  typeName: string
  field: GraphQLField<unknown, unknown>
  arg: GraphQLArgument
  path: Step[]
  kind: 'text' | 'list'
  /** For a list: the type of its items. */
  item?: GraphQLInputType
}

// By kind, not graphql-js's instanceof checks: the schema's types may come from graphql's other copy.
const isNonNullType = (t: GraphQLInputType): t is GraphQLNonNull<GraphQLInputType> => kindOf(t) === 'GraphQLNonNull'
const isListType = (t: GraphQLInputType): t is GraphQLList<GraphQLInputType> => kindOf(t) === 'GraphQLList'
const isInputObjectType = (t: GraphQLInputType): t is GraphQLInputObjectType => kindOf(t) === 'GraphQLInputObjectType'
const isEnumType = (t: GraphQLInputType): t is GraphQLEnumType => kindOf(t) === 'GraphQLEnumType'
const isObjectType = (t: GraphQLNamedType): t is GraphQLObjectType => kindOf(t) === 'GraphQLObjectType'
const getNamedType = (t: GraphQLInputType | GraphQLOutputType): GraphQLNamedType => ('ofType' in t ? getNamedType(t.ofType) : t)
const isLeafType = (t: GraphQLNamedType) => ['GraphQLScalarType', 'GraphQLEnumType'].includes(kindOf(t))

const TEXT_SCALARS = new Set(['String', 'ID', 'DateTime'])

/** A valid-shaped value of `type`: required input fields filled, optional ones left out. */
export function sample(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, depth)
  if (isListType(type)) return [sample(type.ofType, depth)]
  if (isEnumType(type)) return type.getValues()[0]!.name // every enum has a value; its name is what a request sends
  if (isInputObjectType(type)) {
    if (depth > 5) return {}
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, depth + 1)]))
  }
  const name = getNamedType(type).name
  return { Int: 1, Float: 1, Boolean: false, DateTime: '2026-12-01T08:00:00.000Z', JSON: {} }[name] ?? 'x'
}

/** The value of `type` holding `leaf` at `path` (and valid-shaped everywhere else). */
export function valueWith(type: GraphQLInputType, path: readonly Step[], leaf: unknown): unknown {
  if (isNonNullType(type)) return valueWith(type.ofType, path, leaf)
  if (!path.length) return leaf
  const [step, ...rest] = path
  if (isListType(type)) return [valueWith(type.ofType, rest, leaf)]
  if (isInputObjectType(type)) {
    const field = type.getFields()[step!]! // the path was walked from this type
    return { ...(sample(type) as Record<string, unknown>), [step!]: valueWith(field.type, rest, leaf) }
  }
  throw new Error(`no step ${String(step)} in ${String(type)}`)
}

function* spotsIn(type: GraphQLInputType, path: Step[], seen: Set<string>): Generator<Pick<ArgumentSpot, 'path' | 'kind' | 'item'>> {
  if (isNonNullType(type)) return yield* spotsIn(type.ofType, path, seen)
  if (isListType(type)) {
    yield { path, kind: 'list', item: type.ofType }
    return yield* spotsIn(type.ofType, [...path, '[]'], seen)
  }
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return
    for (const field of Object.values(type.getFields())) yield* spotsIn(field.type, [...path, field.name], new Set([...seen, type.name]))
    return
  }
  if (TEXT_SCALARS.has(getNamedType(type).name)) yield { path, kind: 'text' }
}

/** Every text and list inside every argument of every field (root fields first). */
export function argumentSpots(schema: GraphQLSchema): ArgumentSpot[] {
  const spots: ArgumentSpot[] = []
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) for (const spot of spotsIn(arg.type, [], new Set())) spots.push({ typeName: type.name, field, arg, ...spot })
    }
  }
  const root = (s: ArgumentSpot) => (s.typeName === 'Query' || s.typeName === 'Mutation' ? 0 : 1)
  return spots.sort((a, b) => root(a) - root(b))
}

/** The spot's bad value: a text with a NUL, or a list of `items` valid items. */
export function badLeaf(spot: ArgumentSpot, items: number): unknown {
  if (spot.kind === 'text') return 'a\u0000b'
  const item = sample(spot.item!) // set for every list spot
  return Array.from({ length: items }, () => item)
}

/** The arguments of `field` with `leaf` at the spot and every other required argument valid-shaped. */
export function argumentsWith(spot: ArgumentSpot, leaf: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const arg of spot.field.args) {
    if (arg === spot.arg) values[arg.name] = valueWith(arg.type, spot.path, leaf)
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) values[arg.name] = sample(arg.type)
  }
  return values
}

/** A root operation calling `field` of Query or Mutation with every argument as a variable. */
export function operationFor(typeName: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args
  const vars = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : ''
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'
  return `${typeName === 'Mutation' ? 'mutation' : 'query'}${vars} { ${field.name}${call}${selection} }`
}

export const describeSpot = (s: ArgumentSpot) => `${s.typeName}.${s.field.name}(${s.arg.name}${s.path.map((p) => (p === '[]' ? '[]' : `.${p}`)).join('')})`
