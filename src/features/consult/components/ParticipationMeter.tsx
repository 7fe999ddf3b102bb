import { Text, View } from '@tarojs/components'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { TWO_THIRDS, meterAxis, participationText, twoThirdsLineText } from '../participation'

/**
 * Households and area that have voted, each a bar; for article 278 matters the two-thirds line is
 * drawn across it and written out, and each bar says in words whether it has reached the line.
 */
export function ParticipationMeter(props: { households: number; area: number; voted?: number; eligible?: number; article278: boolean }) {
  const tokens = useTokens()
  const axes = [meterAxis(t('consult.meter.households'), props.households), meterAxis(t('consult.meter.area'), props.area)]
  const barHeight = tokens.mode === 'elder' ? 22 : 16
  return (
    <View style={{ marginBottom: px(tokens.space.md) }} aria-label={participationText(props)}>
      <Text style={{ display: 'block', fontWeight: 'bold' }}>{participationText(props)}</Text>
      {typeof props.voted === 'number' && typeof props.eligible === 'number' ? (
        <Text style={{ display: 'block', color: tokens.color.textMuted, fontSize: px(tokens.font.small) }}>{t('consult.meter.count', { voted: props.voted, eligible: props.eligible })}</Text>
      ) : null}
      {axes.map((axis) => (
        <View key={axis.label} style={{ marginTop: px(tokens.space.sm) }}>
          <View style={{ position: 'relative', height: px(barHeight), borderRadius: px(4), backgroundColor: tokens.color.skeleton, overflow: 'visible' }}>
            <View style={{ width: axis.width, height: '100%', borderRadius: px(4), backgroundColor: tokens.color.primary }} />
            {props.article278 ? (
              <View style={{ position: 'absolute', left: `${Math.round(TWO_THIRDS * 1000) / 10}%`, top: px(-4), bottom: px(-4), width: px(3), backgroundColor: tokens.color.text }} />
            ) : null}
          </View>
          <Text style={{ display: 'block', fontSize: px(tokens.font.small) }}>{props.article278 ? axis.text : axis.plain}</Text>
        </View>
      ))}
      <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {props.article278 ? t('consult.meter.lineNote', { line: twoThirdsLineText() }) : t('consult.meter.advisoryNote')}
      </Text>
    </View>
  )
}
