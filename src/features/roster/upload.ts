import { gatewayUrl } from '@/graphql/client'
import type { UploadOutcome } from '@/features/issues/upload'
import { importUrl, uploadSpreadsheet, type PickedFile } from '@/lib/spreadsheet-upload'
import { t } from './i18n'

// The register export goes to the gateway's own POST /roster/import (see lib/spreadsheet-upload).

/** Uploads the picked file for a preview; the answer's id opens it. Never rejects. */
export const uploadRosterFile = (compoundId: string, file: PickedFile): Promise<UploadOutcome> =>
  uploadSpreadsheet(importUrl(gatewayUrl, '/roster/import', { compoundId }), file, t('roster.import.failed'))
