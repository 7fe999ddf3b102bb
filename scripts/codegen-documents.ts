import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Types } from '@graphql-codegen/plugin-helpers'
import { printExecutableGraphQLDocument } from '@graphql-tools/documents'
import { Kind, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql'

// One module of document ASTs beside each .graphql file (`x.graphql` → `x.generated.ts`), so a
// document lands in the package of the pages that import it instead of all 105 in the main
// package's common.js. Types stay in src/graphql/generated/graphql.ts (imported as types only,
// erased from the bundle). Each document carries the sha256 hash of the client preset's
// persisted-documents.json under `__meta__.hash`: the app sends only that hash.

export const GENERATED_SUFFIX = '.generated.ts'

/**
 * Adds `__typename` to every selection set below an operation's root, as Apollo's own
 * addTypenameToDocument does: the cache normalises by it, and with persisted operations the gateway
 * runs the manifest's text, not what Apollo would have sent. Both codegen targets use it, so the
 * hashes agree.
 */
export const typenameTransform: Types.DocumentTransformObject = {
  transform: ({ documents }) =>
    documents.map((file) => ({
      ...file,
      document: file.document
        ? visit(file.document, {
            SelectionSet(node, _key, parent) {
              if (parent && !Array.isArray(parent) && (parent as { kind?: unknown }).kind === Kind.OPERATION_DEFINITION) return undefined
              if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined
              return { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections] }
            },
          })
        : undefined,
    })),
}
const TYPES_MODULE = '@/graphql/generated/graphql'

/** The client preset's names (pascal case, underscores kept): `NoticeListItem_notice` → `NoticeListItem_Notice`. */
function typeName(name: string): string {
  return name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('_')
}

/** What the app imports: `src/features/x/y.graphql` → `@/features/x/y.generated`. */
export function generatedModuleOf(graphqlFile: string): string {
  const fromSrc = path.relative('src', graphqlFile).split(path.sep).join('/')
  return '@/' + fromSrc.replace(/\.graphql$/, '.generated')
}

/**
 * Documents travel without locations (a `loc` holds the whole source text of its file) and without
 * empty `arguments`/`directives`/`variableDefinitions` lists, which graphql-js's AST types allow
 * to be absent and Apollo reads as absent.
 */
function compact<T>(node: T): T {
  return JSON.parse(
    JSON.stringify(node, (key, value: unknown) => (key === 'loc' || (Array.isArray(value) && value.length === 0 && key !== 'selections') ? undefined : value)),
  ) as T
}

function spreadNames(node: DefinitionNode): string[] {
  const names: string[] = []
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) })
  return names
}

/** The fragments an operation or fragment needs, transitively, each once, in first-use order. */
function fragmentsNeeded(node: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  const seen = new Set<string>()
  const walk = (definition: DefinitionNode) => {
    for (const name of spreadNames(definition)) {
      if (seen.has(name)) continue
      seen.add(name)
      const fragment = fragments.get(name)
      if (!fragment) throw new Error(`fragment ${name} is spread but defined in no .graphql file`)
      walk(fragment)
    }
  }
  walk(node)
  return [...seen]
}

/** The hash the client preset writes into persisted-documents.json for the same executable document. */
export function persistedHash(document: DocumentNode): string {
  return createHash('sha256').update(printExecutableGraphQLDocument(document)).digest('hex')
}

interface Definition {
  node: OperationDefinitionNode | FragmentDefinitionNode
  file: string
}

function documentVariable(node: OperationDefinitionNode | FragmentDefinitionNode): string {
  if (node.kind === Kind.FRAGMENT_DEFINITION) return `${typeName(node.name.value)}FragmentDoc`
  return `${typeName(node.name?.value ?? '')}Document`
}

function documentType(node: OperationDefinitionNode | FragmentDefinitionNode): string[] {
  const base = typeName(node.name?.value ?? '')
  if (node.kind === Kind.FRAGMENT_DEFINITION) return [`${base}Fragment`, '{ [key: string]: never }']
  const suffix = node.operation === 'query' ? 'Query' : node.operation === 'mutation' ? 'Mutation' : 'Subscription'
  return [`${base}${suffix}`, `${base}${suffix}Variables`]
}

function moduleFor(file: string, own: Definition[], fragments: Map<string, Definition>): string {
  const imports = new Map<string, Set<string>>()
  const typeNames = new Set<string>()
  const fragmentNodes = new Map([...fragments].map(([name, d]) => [name, d.node as FragmentDefinitionNode]))
  // Fragments first, each after the fragments it spreads, so every reference is to a defined const.
  const ordered: Definition[] = []
  const placed = new Set<Definition>()
  const place = (d: Definition) => {
    if (placed.has(d)) return
    placed.add(d)
    for (const name of spreadNames(d.node)) {
      const dep = fragments.get(name)
      if (dep && dep.file === file) place(dep)
    }
    ordered.push(d)
  }
  for (const d of own) if (d.node.kind === Kind.FRAGMENT_DEFINITION) place(d)
  for (const d of own) if (d.node.kind === Kind.OPERATION_DEFINITION) ordered.push(d)

  const body = ordered.map(({ node }) => {
    const needed = fragmentsNeeded(node, fragmentNodes)
    const references = needed.map((name) => {
      const dep = fragments.get(name) as Definition // fragmentsNeeded threw if it were missing
      const variable = documentVariable(dep.node)
      if (dep.file !== file) {
        const from = generatedModuleOf(dep.file)
        if (!imports.has(from)) imports.set(from, new Set())
        imports.get(from)?.add(variable)
      }
      return `${variable}.definitions[0]`
    })
    const executable: DocumentNode = { kind: Kind.DOCUMENT, definitions: [node, ...needed.map((name) => fragmentNodes.get(name) as FragmentDefinitionNode)] }
    const [result, variables] = documentType(node)
    typeNames.add(result)
    if (node.kind === Kind.OPERATION_DEFINITION) typeNames.add(variables)
    const meta = node.kind === Kind.OPERATION_DEFINITION ? `, __meta__: { hash: '${persistedHash(executable)}' }` : ''
    const definitions = [JSON.stringify(compact(node)), ...references].join(', ')
    return `export const ${documentVariable(node)} = { kind: 'Document', definitions: [${definitions}]${meta} } as unknown as DocumentNode<${result}, ${variables}>;`
  })

  const header = [
    '/* eslint-disable */',
    `// Generated by npm run codegen:app from ./${path.basename(file)} (scripts/codegen-documents.ts): do not edit.`,
    "import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';",
    `import type { ${[...typeNames].sort().join(', ')} } from '${TYPES_MODULE}';`,
    ...[...imports].sort(([a], [b]) => a.localeCompare(b)).map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`),
  ]
  return [...header, '', ...body, ''].join('\n')
}

/** A codegen preset: one output per .graphql file, holding that file's documents. */
export const documentsPreset: Types.OutputPreset = {
  buildGeneratesSection(options) {
    const fragments = new Map<string, Definition>()
    const byFile = new Map<string, Definition[]>()
    // Document transforms run after presets, so this preset applies the client target's itself.
    const documents = typenameTransform.transform({ documents: options.documents, schema: options.schema, config: {} }) as Types.DocumentFile[]
    for (const source of documents) {
      if (!source.document || !source.location) continue
      const file = path.relative(process.cwd(), source.location)
      for (const node of source.document.definitions) {
        if (node.kind !== Kind.FRAGMENT_DEFINITION && node.kind !== Kind.OPERATION_DEFINITION) continue
        const definition = { node, file }
        if (node.kind === Kind.FRAGMENT_DEFINITION) fragments.set(node.name.value, definition)
        byFile.set(file, [...(byFile.get(file) ?? []), definition])
      }
    }
    return [...byFile].map(([file, own]) => {
      const content = moduleFor(file, own, fragments)
      return {
        filename: file.replace(/\.graphql$/, GENERATED_SUFFIX),
        plugins: [{ 'linli-documents': {} }],
        pluginMap: { 'linli-documents': { plugin: () => content } },
        schema: options.schema,
        schemaAst: options.schemaAst,
        documents: [],
        config: {},
      }
    })
  },
}
