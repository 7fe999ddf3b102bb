import { Text, View } from '@tarojs/components'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { Field } from '@/ui/Field'
import type { DraftOption } from '../draft'
import { pinOf, type Pin } from '../pins'
import { OPTION_MAX, OPTIONS_MAX } from '../propose-form'
import { optionLetter } from '../vocabulary'
import { ErrorLine } from './FormBits'
import { SitePlan } from './SitePlan'

export interface OptionsEditorProps {
  options: ReadonlyArray<DraftOption>
  /** The option a tap on the plan places, if any. */
  placing: number | null
  planUrl: string | null
  error?: string
  /** Receives a change to apply to the options as they are then (never a stale copy). */
  onChange(change: (options: DraftOption[]) => DraftOption[]): void
  onPlacing(index: number | null): void
}

/**
 * The options with their names and, on the site plan, their pins: 添加选项 adds one and makes it
 * the one to place; 标注位置 picks another; a tap on the plan puts the chosen option's marker there.
 */
export function OptionsEditor(props: OptionsEditorProps) {
  const tokens = useTokens()
  const { options } = props
  // Changes are functions of the options as they are when applied: a pin (measured asynchronously in
  // the mini-program) and a label typed just before it must not overwrite each other.
  const set = (index: number, patch: Partial<DraftOption>) => props.onChange((current) => current.map((o, i) => (i === index ? { ...o, ...patch } : o)))
  const add = () => {
    props.onChange((current) => [...current, { label: '', pinX: null, pinY: null }])
    props.onPlacing(options.length)
  }
  const remove = (index: number) => {
    props.onChange((current) => current.filter((_, i) => i !== index))
    props.onPlacing(null)
  }
  const place = (pin: Pin) => {
    // Nothing chosen: the first option still without a pin, so a tap is never lost.
    const target = props.placing ?? options.findIndex((o) => o.pinX === null)
    if (target < 0 || target >= options.length) return
    set(target, { pinX: pin.x, pinY: pin.y })
  }
  const markers = options.flatMap((o, i) => {
    const pin = pinOf(o)
    return pin ? [{ key: String(i), letter: optionLetter(i), pin, emphasis: i === props.placing }] : []
  })
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('consult.propose.options')}</Text>
      {options.map((option, i) => {
        const pinned = option.pinX !== null
        return (
          <View key={i} style={{ padding: px(tokens.space.sm), marginBottom: px(tokens.space.sm), border: `${i === props.placing ? 2 : 1}px solid ${i === props.placing ? tokens.color.primary : tokens.color.border}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
            <Field label={t('consult.propose.optionLabel', { letter: optionLetter(i) })} placeholder={t('consult.propose.optionPlaceholder')} value={option.label} maxlength={OPTION_MAX} onChange={(label) => set(i, { label })} />
            {props.planUrl ? (
              <Text style={{ display: 'block', fontSize: px(tokens.font.small) }}>
                {[pinned ? t('consult.propose.pinned') : t('consult.propose.notPinned'), i === props.placing ? t('consult.propose.placingNow') : ''].filter(Boolean).join(' · ')}
              </Text>
            ) : null}
            <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm), marginTop: px(tokens.space.xs) }}>
              {props.planUrl && i !== props.placing ? (
                <TapButton variant="secondary" onTap={() => props.onPlacing(i)}>
                  {t('consult.propose.placePin', { letter: optionLetter(i) })}
                </TapButton>
              ) : null}
              {pinned ? (
                <TapButton variant="secondary" onTap={() => set(i, { pinX: null, pinY: null })}>
                  {t('consult.propose.clearPin')}
                </TapButton>
              ) : null}
              <TapButton variant="secondary" onTap={() => remove(i)}>
                {t('consult.propose.removeOption')}
              </TapButton>
            </View>
          </View>
        )
      })}
      <ErrorLine text={props.error} />
      {options.length < OPTIONS_MAX ? (
        <TapButton variant="secondary" block onTap={add}>
          {t('consult.propose.addOption')}
        </TapButton>
      ) : null}
      {props.planUrl ? (
        <View style={{ marginTop: px(tokens.space.md) }}>
          <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.xs) }}>
            {props.placing !== null && props.placing < options.length ? t('consult.plan.tapToPlace', { letter: optionLetter(props.placing) }) : t('consult.plan.tapHint')}
          </Text>
          <SitePlan url={props.planUrl} markers={markers} onPlace={place} />
        </View>
      ) : null}
    </View>
  )
}
