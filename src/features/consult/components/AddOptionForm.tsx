import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { AddProposalOptionDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { Field } from '@/ui/Field'
import { OPTION_MAX } from '../propose-form'
import { pinOf, type Pin } from '../pins'
import { useProposalStep } from '../hooks/useProposalStep'
import { optionLetter } from '../vocabulary'
import { SitePlan } from './SitePlan'
import type { ProposalView } from './types'

/** 增加选项 during discussion: a name and, when the compound has a site plan, a pin tapped on it. */
export function AddOptionForm(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const [open, setOpen] = useState(false)
  const [label, setLabel] = useState('')
  const [pin, setPin] = useState<Pin | null>(null)
  const add = useProposalStep(AddProposalOptionDocument)
  if (!open) {
    return (
      <TapButton variant="secondary" block onTap={() => setOpen(true)}>
        {t('consult.amend.open')}
      </TapButton>
    )
  }
  const letter = optionLetter(p.options.length)
  const markers = p.options.flatMap((o, i) => {
    const at = pinOf(o)
    return at ? [{ key: o.id, letter: optionLetter(i), pin: at }] : []
  })
  if (pin) markers.push({ key: 'new', letter, pin })
  const submit = async () => {
    if (!label.trim()) return void Taro.showToast({ title: t('consult.amend.empty'), icon: 'none', duration: 2500 })
    const done = await add.run({ input: { proposalId: p.id, label: label.trim(), pinX: pin?.x ?? null, pinY: pin?.y ?? null } }, t('consult.amend.added'))
    if (!done) return
    setLabel('')
    setPin(null)
    setOpen(false)
  }
  return (
    <View style={{ marginTop: px(tokens.space.sm) }}>
      <Field label={t('consult.amend.label', { letter })} placeholder={t('consult.propose.optionPlaceholder')} value={label} maxlength={OPTION_MAX} onChange={setLabel} />
      {p.sitePlan?.url ? (
        <View>
          <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{pin ? t('consult.plan.placed', { letter }) : t('consult.plan.tapToPlace', { letter })}</Text>
          <SitePlan url={p.sitePlan.url} markers={markers.map((m) => ({ ...m, emphasis: m.key === 'new' }))} onPlace={setPin} />
        </View>
      ) : null}
      <View style={{ display: 'flex', gap: px(tokens.space.sm), flexDirection: tokens.columns === 1 ? 'column' : 'row' }}>
        <TapButton block disabled={add.loading} onTap={() => submit()}>
          {t('consult.amend.submit')}
        </TapButton>
        <TapButton block variant="secondary" onTap={() => setOpen(false)}>
          {t('consult.form.cancel')}
        </TapButton>
      </View>
    </View>
  )
}

