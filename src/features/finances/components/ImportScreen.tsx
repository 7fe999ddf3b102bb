import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { FinanceAccessDocument, FinanceEntriesDocument } from '@/features/finances/finances.generated'
import { CommitFinanceImportDocument, FinanceImportPreviewDocument } from '@/features/finances/import.generated'
import { gatewayUrl } from '@/graphql/client'
import { importUrl, uploadSpreadsheet, useSpreadsheetPick } from '@/lib/spreadsheet-upload'
import { Card, EmptyState, Skeleton, TapButton, px, useTokens } from '@/ui'
import { t } from '../i18n'
import { formatFen } from '../money'
import { ledgerPath } from '../routes'

/**
 * 导入账目: the steward picks the month's spreadsheet (from a chat in WeChat, a file in the
 * browser), sees every row with its problems before anything is written, then writes the rows
 * without problems as entries waiting for a second committee member.
 */
export function ImportScreen(props: { compoundId: string; month: string }) {
  const tokens = useTokens()
  const { importId, busy, message, setMessage, pick } = useSpreadsheetPick((file) => uploadSpreadsheet(importUrl(gatewayUrl, '/finances/import', { compoundId: props.compoundId, month: props.month }), file, t('finances.import.failed')))
  const access = useQuery(FinanceAccessDocument, { variables: { compoundId: props.compoundId }, context: { silentErrors: true } })
  const preview = useQuery(FinanceImportPreviewDocument, { variables: { id: importId }, skip: !importId })
  const [commit, committing] = useMutation(CommitFinanceImportDocument)
  const data = preview.data?.financeImport
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  const label = t('finances.ledger.month', { year: Number(props.month.slice(0, 4)), month: Number(props.month.slice(5, 7)) })

  const confirm = async () => {
    try {
      // The ledger beneath this page lists what now waits for approval.
      const answer = await commit({ variables: { id: importId }, refetchQueries: [FinanceImportPreviewDocument, FinanceEntriesDocument] })
      if (answer.data) setMessage(t('finances.import.committed', answer.data.commitFinanceImport))
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }
  const toLedger = () => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: ledgerPath(props.compoundId, props.month) }))

  if (access.loading && !access.data) return <Skeleton rows={3} />
  // The steward and committee of this compound only (the gateway refuses anyone else): said before any picker is shown.
  if (!access.data?.financeAccess.records) return <EmptyState title={t('finances.title.import')} body={t('finances.import.recordersOnly')} />
  return (
    <View>
      <Text style={{ ...muted, marginBottom: px(tokens.space.sm) }}>{t('finances.import.intro')}</Text>
      <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.md) }}>{t('finances.import.month', { label })}</Text>
      <TapButton block loading={busy} onTap={() => void pick()}>{busy ? t('finances.import.uploading') : t('finances.import.choose')}</TapButton>
      {data ? (
        <Card>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('finances.import.summary', { file: data.fileName, rows: data.rowCount, problems: data.problemRowCount })}</Text>
          {data.rows.map((r) => (
            <View key={r.line} className='import-row' style={{ padding: `${px(tokens.space.sm)} 0`, borderBottom: `1px solid ${tokens.color.border}` }}>
              <Text style={{ display: 'block' }}>{t('finances.import.row', { line: r.line, date: r.date, account: r.accountName, amount: r.amountFen === null || r.amountFen === undefined ? t('finances.import.noAmount') : t('finances.entry.amount', { amount: formatFen(r.amountFen) }), description: r.description })}</Text>
              {r.counterparty ? <Text style={muted}>{t('finances.import.counterparty', { name: r.counterparty })}</Text> : null}
              <Text style={{ display: 'block', fontWeight: r.problems.length ? 'bold' : 'normal', color: r.problems.length ? tokens.color.danger : tokens.color.textMuted }}>
                {r.problems.length ? t('finances.import.problems', { problems: r.problems.join('、') }) : t('finances.import.ok')}
              </Text>
            </View>
          ))}
          {data.committed ? (
            <TapButton block variant='secondary' onTap={toLedger}>{t('finances.import.toLedger')}</TapButton>
          ) : (
            <TapButton block disabled={data.rowCount === data.problemRowCount} loading={committing.loading} onTap={() => void confirm()}>{t('finances.import.commit', { count: data.rowCount - data.problemRowCount })}</TapButton>
          )}
        </Card>
      ) : null}
      {message ? <Text className='import-message' style={{ display: 'block', marginTop: px(tokens.space.sm), fontWeight: 'bold' }}>{message}</Text> : null}
    </View>
  )
}
