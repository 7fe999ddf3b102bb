import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { IssuePlacesDocument, RaiseIssueDocument } from '@/features/issues/issues.generated'
import { getSessionToken } from '@/graphql/session'
import { t } from '../../i18n'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { Field } from '@/ui/Field'
import { LongText } from '@/ui/FormGroup'
import { PhotoPicker } from '../../components/PhotoPicker'
import { BuildingField, CategoryField, PointField, PublicField } from '../../components/RaiseFields'
import { SimilarIssues } from '../../components/SimilarIssues'
import { useIssueDraft } from '../../hooks/useIssueDraft'
import { DESCRIPTION_MAX, ON_BEHALF_MAX, PHOTOS_MAX, SPOT_MAX, TITLE_MAX } from '../../limits'
import { placeChoices } from '../../places'
import { hasErrors, toRaiseInput, validateRaiseForm } from '../../raise-form'
import { RAISE_PAGE, issueDetailPath, signInPath } from '../../routes'
import { useSubscribeConsent } from '@/features/account/subscribe'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 3000 })

// 我要报事: category, title, description, building (the household's by default), spot, optional
// point, public or private, up to 9 photos. Similar open issues nearby are offered first; the
// draft survives leaving the page and is cleared once the gateway has the report.
export default function RaiseIssuePage() {
  const tokens = useTokens()
  const [signedIn] = useState(() => getSessionToken() !== null)
  const { draft, restored, update, fillDefault, discard, finish } = useIssueDraft()
  const [showErrors, setShowErrors] = useState(false)
  const [uploading, setUploading] = useState(false)
  const places = useQuery(IssuePlacesDocument, { skip: !signedIn, context: { silentErrors: true } })
  const choices = useMemo(() => placeChoices(places.data), [places.data])
  const [raise, { loading: sending }] = useMutation(RaiseIssueDocument)
  const askConsent = useSubscribeConsent(['ISSUE_STATUS'])
  const errors = showErrors ? validateRaiseForm(draft) : {}

  useEffect(() => {
    if (!draft.buildingId && choices.homeBuildingId) fillDefault({ buildingId: choices.homeBuildingId })
  }, [choices.homeBuildingId, draft.buildingId, fillDefault])

  if (!signedIn) {
    return (
      <Page>
        <EmptyState
          title={t('issues.raise.signedOut.title')}
          body={t('issues.raise.signedOut.body')}
          action={{ label: t('issues.tab.signIn'), onTap: () => void Taro.redirectTo({ url: signInPath(RAISE_PAGE) }) }}
        />
      </Page>
    )
  }

  const leaveFor = (id: string) => {
    finish()
    void Taro.redirectTo({ url: issueDetailPath(id) })
  }

  const submit = async () => {
    if (uploading) return toast(t('issues.raise.uploadingWait'))
    setShowErrors(true)
    if (hasErrors(validateRaiseForm(draft))) return toast(t('issues.raise.fixErrors'))
    const input = toRaiseInput(draft)
    if (!input) return
    // Status updates by subscribe message: asked inside the tap, before anything is awaited.
    void askConsent()
    // The error link tells the resident what went wrong; the draft stays for another try.
    const result = await raise({ variables: { input } }).catch(() => null)
    const id = result?.data?.raiseIssue.id
    if (!id) return
    void Taro.showToast({ title: t('issues.raise.done'), icon: 'success', duration: 2000 })
    leaveFor(id)
  }

  const section = { marginBottom: px(tokens.space.lg) }
  return (
    <Page>
      {restored ? (
        <View style={{ ...section, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: px(tokens.space.sm) }}>
          <Text style={{ color: tokens.color.textMuted }}>{`✓ ${t('issues.raise.restored')}`}</Text>
          <TapButton variant="secondary" onTap={discard}>
            {t('issues.raise.discard')}
          </TapButton>
        </View>
      ) : null}
      <CategoryField value={draft.category} onChange={(category) => update({ category })} error={errors.category} />
      <Field label={t('issues.raise.title')} placeholder={t('issues.raise.titlePlaceholder')} value={draft.title} maxlength={TITLE_MAX} onChange={(title) => update({ title })} error={errors.title} />
      <LongText
        label={t('issues.raise.description')}
        placeholder={t('issues.raise.descriptionPlaceholder')}
        value={draft.description}
        max={DESCRIPTION_MAX}
        onChange={(description) => update({ description })}
        error={errors.description}
      />
      {places.loading && !places.data ? (
        <View style={section}>
          <Text style={{ color: tokens.color.textMuted }}>{t('issues.raise.loadingPlaces')}</Text>
          <Skeleton rows={1} />
        </View>
      ) : (
        <View>
          {!choices.fromHouseholds && !choices.homeBuildingId ? <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{t('issues.raise.noHousehold')}</Text> : null}
          <BuildingField places={choices} buildingId={draft.buildingId} onChange={(buildingId) => update({ buildingId })} error={errors.building} />
        </View>
      )}
      {choices.isStaff ? (
        <Field label={t('issues.raise.onBehalf')} placeholder={t('issues.raise.onBehalfPlaceholder')} value={draft.onBehalfName} maxlength={ON_BEHALF_MAX} onChange={(onBehalfName) => update({ onBehalfName })} error={errors.onBehalfName} />
      ) : null}
      {choices.isStaff ? <Text style={{ display: 'block', marginTop: px(-tokens.space.sm), marginBottom: px(tokens.space.md), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('issues.raise.onBehalfHint')}</Text> : null}
      <Field label={t('issues.raise.spot')} placeholder={t('issues.raise.spotPlaceholder')} value={draft.spot} maxlength={SPOT_MAX} onChange={(spot) => update({ spot })} error={errors.spot} />
      <PointField value={draft} onChange={(point) => update(point)} />
      <PublicField value={draft.isPublic} onChange={(isPublic) => update({ isPublic })} />
      <View style={section}>
        <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('issues.raise.photos', { max: PHOTOS_MAX })}</Text>
        <PhotoPicker
          photos={draft.photos}
          max={PHOTOS_MAX}
          onAdd={(photo) => update((current) => ({ photos: [...current.photos, photo].slice(0, PHOTOS_MAX) }))}
          onRemove={(id) => update((current) => ({ photos: current.photos.filter((p) => p.id !== id) }))}
          onUploadingChange={setUploading}
        />
      </View>
      <SimilarIssues category={draft.category} buildingId={draft.buildingId} onJoined={leaveFor} />
      <TapButton block disabled={sending} onTap={() => submit()}>
        {sending ? t('issues.raise.submitting') : t('issues.raise.submit')}
      </TapButton>
    </Page>
  )
}
