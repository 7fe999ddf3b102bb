import {
  defaultFieldResolver,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLList,
  type GraphQLNamedType,
  type GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql'
import { errors } from './errors'
import { textLength, textProblem, withoutZeroWidth } from './input-text'

// One place for the rules every argument of every field obeys, before any resolver sees it, so no
// module has to remember them: text without control or bidi characters (zero-width ones are
// stripped), text no longer than its limit, lists no longer than theirs. The limits are defaults
// here, raised or lowered where the SDL says @maxLength / @maxItems on an argument or input field.

/** Characters (code points) any text argument takes unless its SDL says @maxLength. */
export const DEFAULT_MAX_TEXT = 10_000
/** Characters an ID takes: ours are far shorter, and a longer one can only be a mistake. */
export const DEFAULT_MAX_ID = 100
/** Items any list argument takes unless its SDL says @maxItems; well below every engine's parameter limit. */
export const DEFAULT_MAX_ITEMS = 100

/**
 * A type's kind by its Symbol.toStringTag ("GraphQLList", "GraphQLObjectType"…), not graphql-js's
 * instanceof checks: under test runners graphql loads twice (ESM and CJS) and the schema's types
 * come from the other copy.
 */
export function kindOf(type: unknown): string {
  return Object.prototype.toString.call(type).slice('[object '.length, -1)
}
const isNonNull = (t: GraphQLInputType): t is GraphQLNonNull<GraphQLInputType> => kindOf(t) === 'GraphQLNonNull'
const isList = (t: GraphQLInputType): t is GraphQLList<GraphQLInputType> => kindOf(t) === 'GraphQLList'
const isInputObject = (t: GraphQLInputType): t is GraphQLInputObjectType => kindOf(t) === 'GraphQLInputObjectType'
const isObject = (t: GraphQLNamedType): t is GraphQLObjectType => kindOf(t) === 'GraphQLObjectType'

interface Limits { maxLength: number | null; maxItems: number }

function directiveInt(directives: readonly ConstDirectiveNode[] | undefined, name: string): number | null {
  const arg = directives?.find((d) => d.name.value === name)?.arguments?.find((a) => a.name.value === 'max')
  return arg?.value.kind === 'IntValue' ? Number(arg.value.value) : null
}

function limitsOf(item: GraphQLArgument | GraphQLInputField): Limits {
  const directives = item.astNode?.directives
  return { maxLength: directiveInt(directives, 'maxLength'), maxItems: directiveInt(directives, 'maxItems') ?? DEFAULT_MAX_ITEMS }
}

const PROBLEM_MESSAGE = {
  control: '含有不可见的控制字符,请删除后再提交',
  bidi: '含有文字方向控制符,请删除后再提交',
  encoding: '含有无法识别的字符,请重新输入',
}

function cleanText(value: string, scalar: string, limits: Limits, label: string): string {
  const problem = textProblem(value)
  if (problem) throw errors.badInput(`「${label}」${PROBLEM_MESSAGE[problem]}`, label)
  const max = limits.maxLength ?? (scalar === 'ID' ? DEFAULT_MAX_ID : DEFAULT_MAX_TEXT)
  if (textLength(value) > max) throw errors.badInput(`「${label}」不能超过 ${max} 个字`, label)
  return withoutZeroWidth(value)
}

/** The argument value with text cleaned, or a BAD_USER_INPUT error naming the argument's path. */
function cleanValue(value: unknown, type: GraphQLInputType, limits: Limits, label: string): unknown {
  if (value === null || value === undefined) return value
  if (isNonNull(type)) return cleanValue(value, type.ofType, limits, label)
  if (isList(type)) {
    if (!Array.isArray(value)) return cleanValue(value, type.ofType, limits, label)
    if (value.length > limits.maxItems) throw errors.badInput(`「${label}」最多 ${limits.maxItems} 项`, label)
    return value.map((item: unknown) => cleanValue(item, type.ofType, limits, label))
  }
  if (isInputObject(type)) {
    const fields = type.getFields()
    // graphql-js has already coerced the object: only declared fields are present.
    const entries = Object.entries(value as Record<string, unknown>).map(([key, v]) => {
      const field = fields[key]
      return [key, field ? cleanValue(v, field.type, limitsOf(field), `${label}.${key}`) : v]
    })
    return Object.fromEntries(entries)
  }
  if (typeof value === 'string' && kindOf(type) === 'GraphQLScalarType') return cleanText(value, (type as GraphQLNamedType).name, limits, label) // a scalar, checked just before
  return value
}

function cleanArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): Record<string, unknown> {
  const cleaned: Record<string, unknown> = {}
  for (const arg of args) if (arg.name in values) cleaned[arg.name] = cleanValue(values[arg.name], arg.type, limitsOf(arg), arg.name)
  return cleaned
}

function guard(field: GraphQLField<unknown, unknown>): void {
  const resolve = field.resolve ?? defaultFieldResolver
  const args = field.args
  field.resolve = (source, values, context, info) => resolve(source, cleanArguments(args, values), context, info)
}

/**
 * Applies the input rules to every field that takes arguments, in place (the schema is the one
 * built for this gateway), and returns the schema.
 */
export function applyInputRules(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObject(type) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) if (field.args.length) guard(field)
  }
  return schema
}
