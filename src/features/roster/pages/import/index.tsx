import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { CommitRosterImportDocument, RosterImportPreviewDocument, RosterStaffCheckDocument } from '@/features/roster/roster.generated'
import { Card, EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { t } from '../../i18n'
import { useSpreadsheetPick } from '@/lib/spreadsheet-upload'
import { uploadRosterFile } from '../../upload'

// 导入业主名册 (staff in scope): pick the register export, see every row with its problems before
// anything is written, then commit the rows without problems.
export default function RosterImportPage() {
  const tokens = useTokens()
  const compoundId = useRouter().params.compoundId ?? ''
  const { importId, busy, message, setMessage, pick } = useSpreadsheetPick((file) => uploadRosterFile(compoundId, file))
  const who = useQuery(RosterStaffCheckDocument)
  const preview = useQuery(RosterImportPreviewDocument, { variables: { id: importId }, skip: !importId })
  const [commit, committing] = useMutation(CommitRosterImportDocument)
  const data = preview.data?.rosterImport
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const

  const confirm = async () => {
    try {
      const answer = await commit({ variables: { id: importId }, refetchQueries: [RosterImportPreviewDocument] })
      if (answer.data) setMessage(t('roster.import.committed', answer.data.commitRosterImport))
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }
  if (who.loading && !who.data) return <Page><Skeleton /></Page>
  // Staff only (the gateway refuses anyone else): said before any form is shown.
  if (!who.data?.viewer?.isStaff) return <Page><EmptyState title={t('roster.staffOnly.import')} body={t('roster.staffOnly.body')} /></Page>
  return (
    <Page>
      <Text style={{ ...muted, marginBottom: px(tokens.space.md) }}>{t('roster.import.intro')}</Text>
      <TapButton block loading={busy} onTap={() => void pick()}>{busy ? t('roster.import.uploading') : t('roster.import.choose')}</TapButton>
      {data ? (
        <Card>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('roster.import.summary', { file: data.fileName, rows: data.rowCount, problems: data.problemRowCount })}</Text>
          {data.rows.map((r) => (
            <View key={r.line} className='import-row' style={{ padding: `${px(tokens.space.sm)} 0`, borderBottom: `1px solid ${tokens.color.border}` }}>
              <Text style={{ display: 'block' }}>{t('roster.import.row', { line: r.line, building: r.building, unit: r.unit, room: r.room, area: r.areaM2 ? `${r.areaM2} ㎡` : t('roster.import.noArea'), owner: r.ownerNames, phone: r.phone ?? '' })}</Text>
              <Text style={{ display: 'block', fontWeight: r.problemText.length ? 'bold' : 'normal', color: r.problemText.length ? tokens.color.primary : tokens.color.textMuted }}>
                {r.problemText.length ? t('roster.import.problems', { problems: r.problemText.join('、') }) : t('roster.import.ok')}
              </Text>
            </View>
          ))}
          {data.committed ? null : (
            <TapButton block loading={committing.loading} onTap={() => void confirm()}>{t('roster.import.commit', { count: data.rowCount - data.problemRowCount })}</TapButton>
          )}
        </Card>
      ) : null}
      {message ? <Text className='import-message' style={{ display: 'block', marginTop: px(tokens.space.sm), fontWeight: 'bold' }}>{message}</Text> : null}
    </Page>
  )
}
