import { Text, View } from '@tarojs/components'
import { t } from '../i18n'
import { px, tapLabel, useTokens } from '@/ui'
import { STARS, starsLabel } from '../rating'

/** Five separate tap targets, each written as 1星…5星 under its star, so the choice is never colour alone. */
export function StarRating(props: { value: number | null; onChange(rating: number): void }) {
  const tokens = useTokens()
  return (
    <View role="radiogroup" aria-label={t('issues.confirm.starsLabel')} style={{ display: 'flex', flexDirection: 'row', flexWrap: 'wrap', gap: px(tokens.space.xs), marginBottom: px(tokens.space.sm) }}>
      {STARS.map((star) => {
        const lit = props.value !== null && star <= props.value
        const chosen = props.value === star
        return (
          <View
            key={star}
            {...tapLabel(starsLabel(star), 'radio')}
            aria-checked={chosen}
            hoverClass="linli-pressed"
            onClick={() => props.onChange(star)}
            style={{
              boxSizing: 'border-box',
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              minWidth: px(tokens.tapTarget),
              minHeight: px(tokens.tapTarget + tokens.font.small),
              border: `${chosen ? 2 : 1}px solid ${chosen ? tokens.color.primary : tokens.color.border}`,
              borderRadius: px(tokens.radius),
              backgroundColor: tokens.color.surface,
            }}
          >
            <Text style={{ fontSize: px(tokens.font.heading), color: lit ? tokens.color.primary : tokens.color.textMuted }}>{lit ? '★' : '☆'}</Text>
            <Text style={{ fontSize: px(tokens.font.small), fontWeight: chosen ? 'bold' : 'normal' }}>{starsLabel(star)}</Text>
          </View>
        )
      })}
    </View>
  )
}
