import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { NoticeAudienceChoicesDocument, NoticeForEditDocument } from '@/features/notices/notices.generated'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { getSessionToken } from '@/graphql/session'
import { t } from '../../i18n'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { EditActions } from '../../components/EditActions'
import { NoticeArticle_NoticeFragmentDoc } from '../../components/NoticeArticle.generated'
import type { Choice } from '../../components/FormParts'
import { NoticeForm } from '../../components/NoticeForm'
import { emptyDraft } from '../../draft'
import { useNoticeDraft } from '../../hooks/useNoticeDraft'
import { useNoticesViewer } from '../../hooks/useNoticesViewer'
import { usePublishNotice, useUpdateNotice, useWithdrawNotice } from '../../mutations'
import { draftFromNotice, draftProblem, publishInput, updateInput } from '../../notice-input'
import { noticeDetailPath, noticeEditPath, noticesListPath, signInPath } from '../../routes'
import { publishScope } from '../../staff'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 })

/** Back to where the author came from; to the notice itself when this page was opened alone. */
function leave(fallbackUrl: string) {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: fallbackUrl })
}

// Staff write a notice here (?communityId= to choose the community) or edit one (?id=). The form
// is kept as a draft in storage, so nothing is lost by leaving the page or losing the network.
export default function NoticeEditPage() {
  const tokens = useTokens()
  const params = useRouter().params
  const noticeId = params.id || undefined
  const signedIn = getSessionToken() !== null
  const viewer = useNoticesViewer(signedIn)
  const scope = useMemo(() => publishScope(viewer.roles, params.communityId), [viewer.roles, params.communityId])
  const existing = useQuery(NoticeForEditDocument, { variables: { id: noticeId ?? '' }, skip: !noticeId, fetchPolicy: 'network-only' })
  const found = existing.data?.notice
  // The form starts from the fields the detail page's article shows.
  const article = useFragment(NoticeArticle_NoticeFragmentDoc, found)
  const notice = found && article ? { ...article, requiresAck: found.requiresAck, viewerCanEdit: found.viewerCanEdit } : (found as null | undefined)
  const communityId = notice?.community.id ?? scope?.communityId
  const choices = useQuery(NoticeAudienceChoicesDocument, { variables: { communityId: communityId ?? '' }, skip: !communityId || !!noticeId })
  const { draft, restored, start, update, discard, finish } = useNoticeDraft(noticeId)
  const [uploading, setUploading] = useState(false)
  const [publish, published] = usePublishNotice()
  const [save, saved] = useUpdateNotice()
  const [withdraw, withdrawn] = useWithdrawNotice()

  const initial = useMemo(() => {
    if (noticeId) return notice ? draftFromNotice(notice) : null
    if (!scope) return null
    return { ...emptyDraft(), compoundId: scope.wholeCommunity ? null : (scope.compoundIds?.[0] ?? null) }
  }, [noticeId, notice, scope])

  useEffect(() => {
    if (initial) start(initial)
  }, [initial, start])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: noticeId ? t('notices.edit.titleEdit') : t('notices.edit.titleNew') }).catch(() => undefined)
  }, [noticeId])

  const audienceChoices = useMemo((): Array<Choice<string | null>> | null => {
    if (noticeId || !scope) return null
    const compounds = choices.data?.community?.compounds ?? []
    const allowed = compounds.filter((c) => scope.compoundIds === null || scope.compoundIds.includes(c.id))
    const whole = scope.wholeCommunity ? [{ value: null, label: t('notices.edit.audience.community', { name: scope.communityName }) }] : []
    return [...whole, ...allowed.map((c) => ({ value: c.id, label: c.name }))]
  }, [noticeId, scope, choices.data])

  if (!signedIn || (!noticeId && !viewer.loading && !scope)) {
    return (
      <Page>
        <EmptyState
          title={t('notices.edit.notStaff.title')}
          body={t('notices.edit.notStaff.body')}
          action={
            signedIn
              ? { label: t('notices.edit.backToList'), onTap: () => void Taro.redirectTo({ url: noticesListPath() }) }
              : { label: t('notices.edit.signIn'), onTap: () => void Taro.redirectTo({ url: signInPath(noticeEditPath(noticeId)) }) }
          }
        />
      </Page>
    )
  }
  if (noticeId && (notice === null || (notice && !notice.viewerCanEdit) || (existing.error && !existing.loading))) {
    return (
      <Page>
        <EmptyState
          title={t('notices.edit.missing.title')}
          body={t('notices.edit.missing.body')}
          action={{ label: t('notices.edit.backToList'), onTap: () => void Taro.redirectTo({ url: noticesListPath() }) }}
        />
      </Page>
    )
  }
  if (!draft || (!noticeId && !scope)) {
    return (
      <Page>
        <Skeleton rows={3} />
      </Page>
    )
  }

  const busy = published.loading || saved.loading || withdrawn.loading
  const submit = async () => {
    const problem = draftProblem(draft, uploading)
    if (problem) return toast(t(problem))
    try {
      if (noticeId) {
        await save({ variables: { id: noticeId, input: updateInput(draft) } })
        finish()
        toast(t('notices.edit.saved'))
        leave(noticeDetailPath(noticeId))
      } else if (communityId) {
        const result = await publish({ variables: { input: publishInput(draft, communityId) } })
        finish()
        toast(t('notices.edit.published'))
        const id = result.data?.publishNotice.id
        void Taro.redirectTo({ url: id ? noticeDetailPath(id) : noticesListPath() })
      }
    } catch {
      // The error link has said why; the draft is still in storage.
    }
  }
  const withdrawNow = async () => {
    if (!noticeId) return
    try {
      await withdraw({ variables: { id: noticeId } })
      finish()
      toast(t('notices.edit.withdrawn'))
      leave(noticesListPath())
    } catch {
      // Told by the error link.
    }
  }

  return (
    <Page>
      {restored ? (
        <View style={{ marginBottom: px(tokens.space.lg) }}>
          <Text style={{ fontSize: px(tokens.font.body), color: tokens.color.text, lineHeight: tokens.lineHeight }}>
            {t('notices.edit.draftRestored')}
          </Text>
          {initial ? (
            <View style={{ marginTop: px(tokens.space.sm) }}>
              <TapButton variant="secondary" onTap={() => discard(initial)}>
                {t('notices.edit.discardDraft')}
              </TapButton>
            </View>
          ) : null}
        </View>
      ) : null}
      <NoticeForm
        draft={draft}
        onChange={update}
        audienceChoices={audienceChoices}
        fixedAudience={notice ? (notice.compound?.name ?? t('notices.edit.audience.community', { name: notice.community.name })) : undefined}
        onUploadingChange={setUploading}
      />
      <EditActions
        editing={!!noticeId}
        busy={busy}
        onSubmit={submit}
        onWithdraw={noticeId && notice?.status === 'PUBLISHED' ? withdrawNow : undefined}
      />
    </Page>
  )
}
