import { Text, View } from '@tarojs/components'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { percent } from '../participation'
import { pinOf } from '../pins'
import { tallyOptions } from '../results'
import { optionLetter } from '../vocabulary'
import { SitePlan, type SitePlanMarker } from './SitePlan'
import type { ProposalView } from './types'

/**
 * The options as a lettered legend, and on the site plan when any has a pin; once voting has
 * closed every marker and legend line carries its votes in words (never colour alone).
 */
export function OptionsPlan(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const counted = p.options.some((o) => typeof o.votes === 'number')
  const tallies = tallyOptions(p.options, p.ballotKind, p.result?.winningOptionIds ?? [], p.participation?.votedHouseholds)
  const markers: SitePlanMarker[] = []
  p.options.forEach((option, i) => {
    const pin = pinOf(option)
    if (!pin) return
    const tally = tallies[i]
    markers.push({
      key: option.id,
      letter: optionLetter(i),
      pin,
      caption: counted && tally ? t('consult.plan.votes', { votes: tally.votes }) : undefined,
      emphasis: Boolean(tally?.winner),
    })
  })
  const planUrl = p.sitePlan?.url
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      {planUrl && markers.length > 0 ? <SitePlan url={planUrl} markers={markers} /> : null}
      <View role="list">
        {p.options.map((option, i) => {
          const tally = tallies[i]
          const words = [
            `${optionLetter(i)}. ${option.label}`,
            option.amendment ? t('consult.option.amendment') : '',
            counted && tally ? t('consult.option.tally', { votes: tally.votes, share: percent(tally.share) }) : '',
            tally?.winner ? t('consult.option.winner') : '',
          ]
          return (
            <View key={option.id} role="listitem">
              <Text style={{ display: 'block', fontWeight: tally?.winner ? 'bold' : 'normal' }}>{words.filter(Boolean).join(' · ')}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
