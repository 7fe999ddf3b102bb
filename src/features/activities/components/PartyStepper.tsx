import { Text, View } from '@tarojs/components'
import { t } from '../i18n'
import { px, tapLabel, useTokens } from '@/ui'
import { clampPartySize, partySizeBounds } from '../places'

function StepButton(props: { label: string; sign: string; disabled: boolean; onTap(): void }) {
  const tokens = useTokens()
  return (
    <View
      {...tapLabel(props.label)}
      aria-disabled={props.disabled}
      hoverClass={props.disabled ? 'none' : 'linli-pressed'}
      onClick={props.disabled ? undefined : props.onTap}
      style={{
        boxSizing: 'border-box',
        width: px(tokens.tapTarget),
        height: px(tokens.tapTarget),
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        borderRadius: px(tokens.radius),
        border: `1px solid ${props.disabled ? tokens.color.border : tokens.color.primary}`,
        backgroundColor: tokens.color.surface,
        color: props.disabled ? tokens.color.textMuted : tokens.color.primary,
        fontSize: px(tokens.font.heading),
        fontWeight: 'bold',
      }}
    >
      <Text>{props.sign}</Text>
    </View>
  )
}

/** 报名人数: − n + between 1 and the activity's limit, with the limit said in words. */
export function PartyStepper(props: { value: number; maxPartySize: number; onChange(n: number): void }) {
  const tokens = useTokens()
  const { min, max } = partySizeBounds(props.maxPartySize)
  const value = clampPartySize(props.value, props.maxPartySize)
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('activities.partySize.label')}</Text>
      <View style={{ display: 'flex', alignItems: 'center', gap: px(tokens.space.md) }}>
        <StepButton label={t('activities.partySize.less')} sign="−" disabled={value <= min} onTap={() => props.onChange(clampPartySize(value - 1, max))} />
        <Text aria-live="polite" style={{ minWidth: px(tokens.tapTarget), textAlign: 'center', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>
          {t('activities.partySize.value', { count: value })}
        </Text>
        <StepButton label={t('activities.partySize.more')} sign="＋" disabled={value >= max} onTap={() => props.onChange(clampPartySize(value + 1, max))} />
      </View>
      <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {max > 1 ? t('activities.partySize.hint', { max }) : t('activities.partySize.single')}
      </Text>
    </View>
  )
}
