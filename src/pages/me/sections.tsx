import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useFragment } from '@/graphql/generated/fragment-masking'
import type { MeOverviewQuery } from '@/graphql/generated/graphql'
import { claimStatusLabel, placeDetail, placeLine } from '@/features/account/labels'
import { t } from '@/i18n'
import { Card, TapButton, px, useElderMode, useTokens } from '@/ui'
import { SectionTitle } from '@/ui/SectionTitle'
import { formatFull } from '@/lib/beijing-time'
import { HouseholdsSection_ClaimFragmentDoc } from './sections.generated'

type Viewer = NonNullable<MeOverviewQuery['viewer']>

export const CLAIM_PAGE = '/features/account/pages/claim/index'

export function ViewerCard(props: { viewer: Viewer }) {
  const tokens = useTokens()
  return (
    <Card>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>
        {t('me.greeting', { name: props.viewer.displayName })}
      </Text>
      {props.viewer.isStaff ? <Text style={{ color: tokens.color.textMuted }}>{t('me.staffBadge')}</Text> : null}
    </Card>
  )
}

export function HouseholdsSection(props: { viewer: Viewer }) {
  const tokens = useTokens()
  const { households } = props.viewer
  const claims = props.viewer.claims.map((claim) => useFragment(HouseholdsSection_ClaimFragmentDoc, claim))
  const openClaims = claims.filter((c) => c.status !== 'APPROVED')
  return (
    <View>
      <SectionTitle
        action={
          <TapButton variant="secondary" onTap={() => Taro.navigateTo({ url: CLAIM_PAGE })}>
            {t('me.claim.action')}
          </TapButton>
        }
      >
        {t('me.households.title')}
      </SectionTitle>
      {households.length === 0 ? (
        <Card>
          <Text style={{ color: tokens.color.textMuted }}>{t('me.households.empty')}</Text>
        </Card>
      ) : (
        households.map((h) => (
          <Card key={h.id}>
            <Text style={{ display: 'block', fontWeight: 'bold' }}>{placeLine(h)}</Text>
            <Text style={{ color: tokens.color.textMuted }}>{placeDetail(h)}</Text>
          </Card>
        ))
      )}
      {claims.length > 0 ? <SectionTitle>{t('me.claims.title')}</SectionTitle> : null}
      {[...openClaims, ...claims.filter((c) => c.status === 'APPROVED')].map((claim) => (
        <Card key={claim.id}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{placeLine(claim)}</Text>
          <Text style={{ display: 'block', color: tokens.color.textMuted }}>{placeDetail(claim)}</Text>
          <Text
            style={{ display: 'block', fontWeight: 'bold', color: claim.status === 'REJECTED' ? tokens.color.danger : tokens.color.text }}
          >
            {t('me.claims.status', { status: claimStatusLabel(claim.status) })}
          </Text>
          {claim.note ? <Text style={{ display: 'block' }}>{t('me.claims.note', { note: claim.note })}</Text> : null}
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{formatFull(claim.createdAt)}</Text>
        </Card>
      ))}
    </View>
  )
}

export function LinkCard(props: { label: string; detail?: string; onTap(): void }) {
  const tokens = useTokens()
  return (
    <Card onTap={props.onTap}>
      <View style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: px(tokens.space.sm) }}>
        <Text style={{ fontWeight: 'bold' }}>{props.label}</Text>
        <Text style={{ color: tokens.color.textMuted }}>{`${props.detail ?? ''} ›`}</Text>
      </View>
    </Card>
  )
}

export function ElderModeCard() {
  const { elder, chosen, tokens, setElder } = useElderMode()
  return (
    <Card>
      <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold' }}>
        {`${t('me.elderMode.title')}：${t(elder ? 'me.elderMode.on' : 'me.elderMode.off')}`}
      </Text>
      <View>
        <Text style={{ color: tokens.color.textMuted }}>{t('me.elderMode.description')}</Text>
      </View>
      {chosen ? null : (
        <View>
          <Text style={{ color: tokens.color.textMuted }}>{t('me.elderMode.auto')}</Text>
        </View>
      )}
      <View style={{ marginTop: px(tokens.space.md) }}>
        <TapButton variant={elder ? 'secondary' : 'primary'} onTap={() => setElder(!elder)}>
          {t(elder ? 'me.elderMode.turnOff' : 'me.elderMode.turnOn')}
        </TapButton>
      </View>
    </Card>
  )
}
