import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { SubmitProposalDocument, WithdrawProposalDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import { useProposalStep } from '../hooks/useProposalStep'
import type { ProposalView } from './types'

/** The author's draft: 提交联署 or 撤回; a proposal still collecting co-signs can be withdrawn too. */
export function AuthorPanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const submit = useProposalStep(SubmitProposalDocument)
  const withdraw = useProposalStep(WithdrawProposalDocument)
  if (!p.viewerIsAuthor || (p.stage !== 'DRAFT' && p.stage !== 'COSIGNING')) return null
  const confirmWithdraw = async () => {
    const answer = await Taro.showModal({ title: t('consult.author.withdrawTitle'), content: t('consult.author.withdrawBody'), confirmText: t('consult.author.withdraw'), cancelText: t('consult.form.cancel') }).catch(() => null)
    if (answer?.confirm) void withdraw.run({ id: p.id }, t('consult.author.withdrawn'))
  }
  return (
    <Card>
      {p.stage === 'DRAFT' ? (
        <>
          <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{t('consult.author.draftExplain')}</Text>
          <TapButton block disabled={submit.loading} onTap={() => submit.run({ id: p.id }, t('consult.propose.submitted'))}>
            {t('consult.propose.submit')}
          </TapButton>
        </>
      ) : null}
      <TapButton block variant="secondary" disabled={withdraw.loading} onTap={() => confirmWithdraw()}>
        {t('consult.author.withdraw')}
      </TapButton>
    </Card>
  )
}
