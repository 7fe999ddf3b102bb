import { useMutation } from '@apollo/client/react'
import { Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { FinanceEntriesDocument, RecordFinanceEntryDocument } from '@/features/finances/finances.generated'
import { PhotoPicker } from '@/features/issues/components/PhotoPicker'
import type { DraftPhoto } from '@/features/issues/draft'
import { todayInBeijing } from '@/lib/beijing-time'
import { Card, TapButton, px, textBoxStyle, tapLabel, useTokens } from '@/ui'
import { Toggle } from '@/ui/Toggle'
import { Field } from '@/ui/Field'
import { t } from '../i18n'
import { yuanToFen } from '../money'

// Accounts a steward records by hand; fund draws are recorded against their decision (the plan).
const ACCOUNTS = [
  ['PROPERTY_FEE', '物业费收入'], ['PARKING', '停车费'], ['SHARED_INCOME', '公共收益'], ['FUND_DEPOSIT', '维修资金存入'],
  ['LABOUR', '人工'], ['CLEANING', '保洁'], ['GREENING', '绿化'], ['REPAIR', '维修'], ['UTILITIES', '水电公摊'], ['OTHER', '其他支出'],
] as const

export const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/** 记一笔账: the steward's or a committee member's entry with its vouchers (invoices, receipts), waiting for a second committee member. */
export function LedgerForm(props: { compoundId: string }) {
  const tokens = useTokens()
  const [date, setDate] = useState(todayInBeijing())
  const [accountIndex, setAccountIndex] = useState(0)
  const [amount, setAmount] = useState('')
  const [description, setDescription] = useState('')
  const [counterparty, setCounterparty] = useState('')
  const [person, setPerson] = useState(false)
  const [vouchers, setVouchers] = useState<DraftPhoto[]>([])
  const [uploading, setUploading] = useState(false)
  const [record] = useMutation(RecordFinanceEntryDocument)
  const account = ACCOUNTS[accountIndex]!
  const save = () => {
    const fen = yuanToFen(amount)
    if (!fen) return toast(t('finances.ledger.badAmount'))
    if (uploading) return toast(t('finances.ledger.uploading'))
    const input = { compoundId: props.compoundId, date, account: account[0], amountFen: fen, description: description.trim(), counterparty: counterparty.trim() ? { kind: person ? ('PERSON' as const) : ('ORGANISATION' as const), name: counterparty.trim() } : null, voucherIds: vouchers.map((v) => v.id) }
    // The pending list on the same screen reads the entry back with the others.
    return record({ variables: { input }, refetchQueries: [FinanceEntriesDocument] })
      .then((r) => {
        toast(t('finances.ledger.saved', { seq: r.data?.recordFinanceEntry.seq ?? 0 }))
        setAmount('')
        setDescription('')
        setCounterparty('')
        setVouchers([])
      })
      .catch(() => undefined)
  }
  return (
    <Card>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.sm) }}>{t('finances.ledger.record')}</Text>
      <Field label={t('finances.ledger.date')} value={date} onChange={setDate} maxlength={10} />
      <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('finances.ledger.account')}</Text>
      <Picker mode='selector' range={ACCOUNTS.map((a) => a[1])} value={accountIndex} {...tapLabel(`${t('finances.ledger.account')} ${account[1]}`)} onChange={(e) => setAccountIndex(Number(e.detail.value))}>
        <View aria-label={t('finances.ledger.account')} style={{ ...textBoxStyle(tokens), display: 'flex', alignItems: 'center', marginBottom: px(tokens.space.md) }}>{account[1]}</View>
      </Picker>
      <Field label={t('finances.ledger.amount')} value={amount} onChange={setAmount} type='digit' />
      <Field label={t('finances.ledger.description')} value={description} onChange={setDescription} maxlength={200} />
      <Field label={t('finances.ledger.counterparty')} value={counterparty} onChange={setCounterparty} maxlength={60} />
      <View style={{ display: 'flex', alignItems: 'center', marginBottom: px(tokens.space.md) }}>
        <Toggle checked={person} label={t('finances.ledger.person')} onChange={setPerson} />
        <Text style={{ marginLeft: px(tokens.space.sm) }}>{t('finances.ledger.person')}</Text>
      </View>
      <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('finances.ledger.vouchers')}</Text>
      <PhotoPicker photos={vouchers} max={9} onAdd={(photo) => setVouchers((now) => [...now, photo])} onRemove={(id) => setVouchers((now) => now.filter((v) => v.id !== id))} onUploadingChange={setUploading} />
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.sm) }}>{t('finances.ledger.fundHint')}</Text>
      <TapButton block onTap={save}>{t('finances.ledger.save')}</TapButton>
    </Card>
  )
}
