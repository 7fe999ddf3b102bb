import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { useSignedIn } from '@/features/account/session-state'
import { ConsultPlacesDocument, IssueClustersDocument, ProposeFromClusterDocument } from '@/features/consult/consult.generated'
import { t } from '../../i18n'
import { Card, EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { consultCompounds } from '../../places'
import { proposalDetailPath } from '../../routes'

// 居民反映集中, 可发起议事: the compound's clusters of issues (public ones listed, private ones only
// counted); 发起议事 turns one into a proposal draft linking them and opens it.
export default function ClustersPage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const places = useQuery(ConsultPlacesDocument, { skip: !signedIn, context: { silentErrors: true } })
  const { compounds } = consultCompounds(places.data)
  const [chosen, setChosen] = useState<string | null>(null)
  const compoundId = chosen ?? compounds[0]?.id ?? null
  const clusters = useQuery(IssueClustersDocument, { variables: { compoundId: compoundId ?? '' }, skip: !compoundId })
  const [propose, { loading }] = useMutation(ProposeFromClusterDocument)

  const start = async (clusterId: string) => {
    if (!compoundId) return
    try {
      const { data } = await propose({ variables: { input: { compoundId, clusterId } } })
      if (data) void Taro.redirectTo({ url: proposalDetailPath(data.proposeFromCluster.id) })
    } catch {
      void clusters.refetch()
    }
  }

  if (!signedIn) return <Page>{<SignInPrompt />}</Page>
  if (!compoundId || !clusters.data) return <Page>{<Skeleton rows={4} />}</Page>
  const list = clusters.data.issueClusters
  return (
    <Page>
      {compounds.length > 1 ? (
        <ChoiceChips choices={compounds.map((c) => ({ value: c.id, label: c.name }))} selected={compoundId} onSelect={setChosen} />
      ) : null}
      {list.length === 0 ? <EmptyState title={t('consult.clusters.empty')} body={t('consult.clusters.title')} /> : null}
      {list.map((c) => (
        <Card key={c.id}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{c.suggestedTitle}</Text>
          <Text style={{ display: 'block', color: tokens.color.textMuted }}>{`${c.place} · ${t('consult.clusters.households', { count: c.households })}`}</Text>
          {c.publicIssues.map((i) => (
            <Text key={i.id} style={{ display: 'block' }}>{`· ${i.title}`}</Text>
          ))}
          {c.privateCount ? <Text style={{ display: 'block', color: tokens.color.textMuted }}>{t('consult.clusters.private', { count: c.privateCount })}</Text> : null}
          <View style={{ marginTop: px(tokens.space.sm) }}>
            <TapButton loading={loading} disabled={loading} onTap={() => void start(c.id)}>
              {t('consult.clusters.propose')}
            </TapButton>
          </View>
        </Card>
      ))}
    </Page>
  )
}
