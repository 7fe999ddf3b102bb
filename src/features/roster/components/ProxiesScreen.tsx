import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chooseCompressedPhotos, uploadIssuePhoto } from '@/features/issues/upload'
import { RecordProxyDocument, RevokeProxyDocument, RosterKeepingDocument } from '@/features/roster/keeping.generated'
import { Card, EmptyState, Page, Skeleton, TapButton, px, tapRowStyle, tapLabel, useTokens } from '@/ui'
import { Field } from '@/ui/Field'
import { t } from '../i18n'

/** 委托投票登记 (the committee): pick the unit, name the proxy, photograph the signed authorisation; revoke. */
export function ProxiesScreen(props: { compoundId: string }) {
  const tokens = useTokens()
  const [draft, setDraft] = useState('')
  const [search, setSearch] = useState('')
  const keeping = useQuery(RosterKeepingDocument, { variables: { compoundId: props.compoundId, search: search || undefined }, fetchPolicy: 'cache-and-network' })
  const [record, recording] = useMutation(RecordProxyDocument)
  const [revoke] = useMutation(RevokeProxyDocument)
  const [unitId, setUnitId] = useState('')
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [photoId, setPhotoId] = useState('')
  const [message, setMessage] = useState('')
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  if (keeping.loading && !keeping.data) return <Page><Skeleton /></Page>
  if (!keeping.data) return <Page><EmptyState title={t('roster.title.proxies')} body={keeping.error?.message ?? ''} /></Page>
  const units = keeping.data.roster.edges.map((e) => e.node)
  const unit = units.find((u) => u.id === unitId)
  const limit = keeping.data.communities.flatMap((c) => c.compounds).find((c) => c.id === props.compoundId)?.rosterSummary.proxyLimit
  const refusal = (error: unknown) => setMessage(error instanceof Error ? error.message : String(error)) // the gateway's words, in Chinese
  const takePhoto = async () => {
    const [file] = await chooseCompressedPhotos(1)
    if (!file) return
    const outcome = await uploadIssuePhoto(file, () => undefined)
    if (!outcome.ok) return setMessage(outcome.message)
    setPhotoId(outcome.id)
  }
  const submit = async () => {
    if (!unit) return setMessage(t('roster.ballots.needUnit'))
    if (!name.trim()) return setMessage(t('roster.proxies.needName'))
    if (!phone.trim()) return setMessage(t('roster.proxies.needPhone'))
    if (!photoId) return setMessage(t('roster.proxies.needPhoto'))
    try {
      const answer = await record({ variables: { input: { unitId: unit.id, proxyName: name.trim(), proxyPhone: phone.trim(), photoId } }, refetchQueries: [RosterKeepingDocument] })
      if (answer.data) setMessage(t('roster.proxies.recorded', { name: answer.data.recordProxy.proxyName, label: unit.label }))
      setName('')
      setPhone('')
      setPhotoId('')
    } catch (error) {
      refusal(error)
    }
  }
  return (
    <Page>
      <Text style={muted}>{t('roster.proxies.intro')}</Text>
      {limit ? <Text className='proxy-limit' style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.md) }}>{t('roster.proxies.limit', { limit })}</Text> : null}
      <Field label={t('roster.ballots.searchLabel')} value={draft} placeholder={t('roster.ballots.searchPlaceholder')} onChange={setDraft} />
      <TapButton variant='secondary' block onTap={() => setSearch(draft.trim())}>{t('roster.results.search')}</TapButton>
      <Card>
        {units.map((u) => (
          <View key={u.id} className='proxy-unit' {...tapLabel(`${u.label}${u.ownerNames ? ` · ${u.ownerNames}` : ''}`, 'radio')} aria-checked={u.id === unitId} onClick={() => { setUnitId(u.id); setMessage('') }} style={{ ...tapRowStyle(tokens), flexDirection: 'column', alignItems: 'stretch', justifyContent: 'center', backgroundColor: u.id === unitId ? tokens.color.skeleton : 'transparent' }}>
            <Text style={{ display: 'block', fontWeight: u.id === unitId ? 'bold' : 'normal' }}>{`${u.label}${u.ownerNames ? ` · ${u.ownerNames}` : ''}`}</Text>
            {u.proxies.map((x) => (
              <View key={x.id} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
                <Text style={muted}>{t('roster.proxies.entry', { name: x.proxyName, phone: x.proxyPhone, state: x.revoked ? t('roster.public.revoked') : '' })}</Text>
                {x.revoked ? null : <TapButton variant='secondary' onTap={() => void revoke({ variables: { id: x.id }, refetchQueries: [RosterKeepingDocument] }).then(() => setMessage(t('roster.proxies.revoked')), refusal)}>{t('roster.proxies.revoke')}</TapButton>}
              </View>
            ))}
          </View>
        ))}
      </Card>
      {unit ? <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('roster.ballots.picked', { label: unit.label })}</Text> : null}
      <Field label={t('roster.proxies.name')} placeholder={t('roster.proxies.name')} value={name} onChange={setName} maxlength={40} />
      <Field label={t('roster.proxies.phone')} placeholder={t('roster.proxies.phone')} value={phone} type='number' onChange={setPhone} maxlength={15} />
      <TapButton variant='secondary' block onTap={() => void takePhoto()}>{photoId ? t('roster.proxies.photoDone') : t('roster.proxies.photo')}</TapButton>
      <TapButton block loading={recording.loading} onTap={() => void submit()}>{t('roster.proxies.record')}</TapButton>
      {message ? <Text className='proxy-message' style={{ display: 'block', marginTop: px(tokens.space.sm), fontWeight: 'bold' }}>{message}</Text> : null}
    </Page>
  )
}
