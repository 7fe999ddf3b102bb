import type { CodegenConfig } from '@graphql-codegen/cli'

// Typed documents for the app, from the gateway's SDL (the one contract between the two halves)
// and the operations in src/**/*.graphql. The gateway's own codegen is codegen.ts.
const config: CodegenConfig = {
  schema: 'gateway/modules/*/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        // String unions instead of TS enums: no runtime objects in the mini-program bundle.
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
}

export default config
