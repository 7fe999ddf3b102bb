import type { CodegenConfig } from '@graphql-codegen/cli'
import { documentsPreset, typenameTransform } from './scripts/codegen-documents'

// Typed documents for the app, from the gateway's SDL (the one contract between the two halves)
// and the operations in src/**/*.graphql. The gateway's own codegen is codegen.ts.
// - src/graphql/generated/: the client preset's types (imported as types only) and
//   persisted-documents.json, the manifest of sha256 hashes the gateway serves operations from.
// - x.generated.ts beside each x.graphql: that file's document ASTs (no locations), each with its
//   hash, so a document is bundled with the pages that use it.
const documents = ['src/**/*.graphql']

const config: CodegenConfig = {
  schema: 'gateway/modules/*/schema.graphql',
  documents,
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' } },
      // Apollo's cache normalises by __typename; the persisted text must ask for it.
      documentTransforms: [typenameTransform],
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown', Fen: 'string' },
        // String unions instead of TS enums: no runtime objects in the mini-program bundle.
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    'src/': { preset: documentsPreset, plugins: [] },
  },
}

export default config
