import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { pickHomeCommunity } from '@/pages/home/home-community'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { ActivitiesHomeDocument } from '@/pages/activities/activities.generated'
import { ActivityEdit_ActivityFragmentDoc, ActivityForEditDocument, CreateActivityDocument, PublishActivityDocument, UpdateActivityDocument } from '@/features/activities/activities.generated'
import { t } from '../i18n'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { ActivityFormFields } from './ActivityFormFields'
import { CancelActivityPanel } from './CancelActivityPanel'
import { activityToForm, emptyActivityForm, hasFormErrors, toCreateInput, toUpdateInput, validateActivityForm } from '../edit-form'
import { useActivityDraft } from '../hooks/useActivityDraft'
import { activityDetailPath } from '../routes'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 3000 })

// 发布活动 / 编辑活动 (staff, signed in): the whole form, kept as a draft on the phone on every
// change; 保存草稿 creates or updates the gateway's draft, 发布 publishes it; 取消活动 needs a reason.
// `id` null is a new activity.
export function ActivityEditScreen({ id }: { id: string | null }) {
  const tokens = useTokens()
  const { form, ready, restored, update, load, discard, finish } = useActivityDraft(id)
  const [showErrors, setShowErrors] = useState(false)
  const [uploading, setUploading] = useState(false)
  const existing = useQuery(ActivityForEditDocument, { variables: { id: id ?? '' }, skip: !id, context: { silentErrors: true } })
  const activity = useFragment(ActivityEdit_ActivityFragmentDoc, existing.data?.activity)
  const home = useQuery(ActivitiesHomeDocument, { skip: Boolean(id), context: { silentErrors: true } })
  const community = home.data ? pickHomeCommunity(home.data.viewer?.homeCommunity, home.data.communities) : null
  const [create, creating] = useMutation(CreateActivityDocument)
  const [save, saving] = useMutation(UpdateActivityDocument)
  const [publish, publishing] = useMutation(PublishActivityDocument)
  const busy = creating.loading || saving.loading || publishing.loading || uploading
  const errors = showErrors ? validateActivityForm(form, { isNew: !id }) : {}

  useEffect(() => {
    if (activity) load(activityToForm(activity))
  }, [activity, load])

  if (id && existing.data && (!activity || !activity.viewerCanManage)) {
    return (
      <Page>
        <EmptyState title={t('activities.edit.forbidden.title')} body={t('activities.edit.forbidden.body')} />
      </Page>
    )
  }
  if ((id && !activity) || (!id && !community) || !ready) {
    if (existing.error || home.error) return <Page>{<EmptyState title={t('activities.detail.error.title')} body={t('activities.detail.error.body')} action={{ label: t('common.retry'), onTap: () => void (id ? existing.refetch() : home.refetch()).catch(() => undefined) }} />}</Page>
    return <Page>{<Skeleton rows={4} />}</Page>
  }

  const isDraft = !activity || activity.status === 'DRAFT'

  /** Saves to the gateway (a new draft or the changes); the activity's id, or null when refused. */
  const store = async (): Promise<string | null> => {
    if (uploading) {
      toast(t('activities.edit.uploadingWait'))
      return null
    }
    setShowErrors(true)
    if (hasFormErrors(validateActivityForm(form, { isNew: !id }))) {
      toast(t('activities.edit.fixErrors'))
      return null
    }
    if (!id) {
      const input = community ? toCreateInput(form, community.id) : null
      if (!input) return null
      const result = await create({ variables: { input } }).catch(() => null)
      return result?.data?.createActivity.id ?? null
    }
    const input = toUpdateInput(form)
    if (!input) return null
    const result = await save({ variables: { id, input } }).catch(() => null)
    return result?.data ? id : null
  }

  const submit = async (andPublish: boolean) => {
    if (busy) return
    const savedId = await store()
    if (!savedId) return
    // The gateway has the form now; a refused publish leaves a saved draft, opened by its own id.
    finish()
    if (andPublish) {
      const published = await publish({ variables: { id: savedId } }).catch(() => null)
      toast(published?.data ? t('activities.edit.published') : t('activities.edit.savedNotPublished'))
    } else {
      toast(t('activities.edit.saved'))
    }
    void Taro.redirectTo({ url: activityDetailPath(savedId) })
  }

  return (
    <Page>
      {restored ? (
        <View style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: px(tokens.space.sm), marginBottom: px(tokens.space.md) }}>
          <Text style={{ color: tokens.color.textMuted }}>{`✓ ${t('activities.edit.restored')}`}</Text>
          <TapButton variant="secondary" onTap={() => discard(activity ? activityToForm(activity) : emptyActivityForm())}>
            {t('activities.edit.discard')}
          </TapButton>
        </View>
      ) : null}
      {activity && activity.status !== 'DRAFT' ? <Text style={{ display: 'block', marginBottom: px(tokens.space.md) }}>{t('activities.edit.publishedHint')}</Text> : null}
      <ActivityFormFields form={form} errors={errors} update={update} onUploadingChange={setUploading} />
      <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', gap: px(tokens.space.sm), marginTop: px(tokens.space.md) }}>
        {isDraft ? (
          <>
            <TapButton variant="secondary" disabled={busy} onTap={() => submit(false)}>
              {t('activities.edit.saveDraft')}
            </TapButton>
            <TapButton disabled={busy} onTap={() => submit(true)}>
              {t('activities.edit.publish')}
            </TapButton>
          </>
        ) : (
          <TapButton block disabled={busy} onTap={() => submit(false)}>
            {t('activities.edit.saveChanges')}
          </TapButton>
        )}
      </View>
      {activity && activity.status !== 'CANCELLED' ? (
        <CancelActivityPanel
          activityId={activity.id}
          onCancelled={() => {
            finish()
            void Taro.redirectTo({ url: activityDetailPath(activity.id) })
          }}
        />
      ) : null}
    </Page>
  )
}
