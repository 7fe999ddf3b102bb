import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { paperBallotsPath, proxyVotePath, rosterPublicPath, rosterResultsPath } from '@/features/roster/routes'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import type { ProposalView } from './types'

/** 业主表决: the frozen roster it counts, and the way to its 公示, its receipts and (committee) its paper ballots. */
export function ElectoratePanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  if (!p.electorate) return null
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <Card>
      <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('consult.electorate.title')}</Text>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.sm) }}>
        {t('consult.electorate.frozen', { units: p.electorate.units, owners: p.electorate.owners })}
      </Text>
      <TapButton variant='secondary' block onTap={() => go(rosterPublicPath(p.compound.id))}>{t('consult.electorate.public')}</TapButton>
      {p.result ? <TapButton variant='secondary' block onTap={() => go(rosterResultsPath(p.id))}>{t('consult.electorate.receipts')}</TapButton> : null}
      {p.viewerIsCommittee && p.stage === 'VOTING' ? <TapButton block onTap={() => go(paperBallotsPath(p.id))}>{t('consult.electorate.paper')}</TapButton> : null}
      {p.stage === 'VOTING' && p.viewerProxyUnits.length ? <TapButton block onTap={() => go(proxyVotePath(p.id))}>{t('consult.electorate.proxyVote', { count: p.viewerProxyUnits.length })}</TapButton> : null}
    </Card>
  )
}
