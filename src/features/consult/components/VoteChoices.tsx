import { Text, View } from '@tarojs/components'
import type { BallotKind } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { px, tapLabel, useTokens } from '@/ui'
import { optionLetter } from '../vocabulary'

/**
 * The options as big choices: radios for 单选, check boxes for 多选, three big buttons for
 * 同意/反对/弃权. The chosen ones carry ✓ / ◉ in the text, not colour alone.
 */
export function VoteChoices(props: { kind: BallotKind; options: ReadonlyArray<{ id: string; label: string }>; selected: ReadonlyArray<string>; disabled?: boolean; onToggle(id: string): void }) {
  const tokens = useTokens()
  const multiple = props.kind === 'MULTIPLE'
  const yesNo = props.kind === 'YES_NO_ABSTAIN'
  return (
    <View role={multiple ? 'group' : 'radiogroup'} style={{ display: 'flex', flexDirection: yesNo && tokens.columns === 2 ? 'row' : 'column', gap: px(tokens.space.sm), marginBottom: px(tokens.space.md) }}>
      {props.options.map((option, i) => {
        const on = props.selected.includes(option.id)
        const mark = multiple ? (on ? '☑' : '☐') : on ? '◉' : '○'
        return (
          <View
            key={option.id}
            {...tapLabel(option.label, multiple ? 'checkbox' : 'radio')}
            aria-checked={on}
            hoverClass="linli-pressed"
            onClick={props.disabled ? undefined : () => props.onToggle(option.id)}
            style={{
              flex: yesNo ? 1 : undefined,
              boxSizing: 'border-box',
              display: 'flex',
              alignItems: 'center',
              justifyContent: yesNo ? 'center' : 'flex-start',
              gap: px(tokens.space.sm),
              minHeight: px(tokens.tapTarget + (yesNo ? 16 : 4)),
              padding: `${px(tokens.space.sm)} ${px(tokens.space.md)}`,
              borderRadius: px(tokens.radius),
              border: `${on ? 3 : 1}px solid ${on ? tokens.color.primary : tokens.color.border}`,
              backgroundColor: tokens.color.surface,
              color: on ? tokens.color.primary : tokens.color.text,
              fontSize: px(yesNo ? tokens.font.heading : tokens.font.title),
              fontWeight: on ? 'bold' : 'normal',
              opacity: props.disabled ? 0.6 : 1,
            }}
          >
            <Text aria-hidden>{mark}</Text>
            <Text>{yesNo ? option.label : `${optionLetter(i)}. ${option.label}`}</Text>
            {on ? <Text style={{ fontSize: px(tokens.font.small) }}>{t('consult.vote.chosen')}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
