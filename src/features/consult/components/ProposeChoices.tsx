import { Text, View } from '@tarojs/components'
import type { BallotKind, MatterKind } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { BALLOT_KINDS, MATTERS, ballotKindFor, ballotKindLabel, isArticle278, matterName, parseBallotKind, parseMatter, passRule } from '../vocabulary'

/** 事项类别: 居民议事 first, then the nine article 278 matters, with what each needs to pass. */
export function MatterField(props: { value: MatterKind; onChange(matter: MatterKind): void }) {
  const tokens = useTokens()
  return (
    <View>
      <ChoiceChips
        label={t('consult.propose.matter')}
        choices={MATTERS.map((m, i) => ({ value: m, label: isArticle278(m) ? matterName(m) : t('consult.matter.advisoryLabel'), hint: isArticle278(m) ? t('consult.matter.item', { n: i }) : t('consult.matter.advisoryHint') }))}
        selected={props.value}
        onSelect={(value) => {
          const matter = parseMatter(value)
          if (matter) props.onChange(matter)
        }}
      />
      <Text style={{ display: 'block', marginTop: px(-tokens.space.xs), marginBottom: px(tokens.space.md), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{passRule(props.value)}</Text>
    </View>
  )
}

/** 表决方式; article 278 matters are always 同意·反对·弃权, and the form says why. */
export function BallotKindField(props: { matter: MatterKind; value: BallotKind; maxChoices: number; optionCount: number; onChange(kind: BallotKind): void; onMaxChoices(max: number): void; error?: string }) {
  const tokens = useTokens()
  const forced = isArticle278(props.matter)
  const kind = ballotKindFor(props.matter, props.value)
  const maxOptions = Math.max(2, props.optionCount)
  return (
    <View>
      {forced ? (
        <View style={{ marginBottom: px(tokens.space.md) }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('consult.propose.ballotKind')}</Text>
          <Text style={{ display: 'block' }}>{`✓ ${ballotKindLabel('YES_NO_ABSTAIN')}`}</Text>
          <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('consult.propose.forcedWhy')}</Text>
        </View>
      ) : (
        <ChoiceChips
          label={t('consult.propose.ballotKind')}
          choices={BALLOT_KINDS.map((k) => ({ value: k, label: k === 'MULTIPLE' ? t('consult.ballot.MULTIPLE_any') : ballotKindLabel(k) }))}
          selected={kind}
          onSelect={(value) => {
            const chosen = parseBallotKind(value)
            if (chosen) props.onChange(chosen)
          }}
        />
      )}
      {kind === 'MULTIPLE' ? (
        <ChoiceChips
          label={t('consult.propose.maxChoices')}
          choices={Array.from({ length: maxOptions - 1 }, (_, i) => ({ value: String(i + 2), label: t('consult.propose.maxChoicesN', { n: i + 2 }) }))}
          selected={String(props.maxChoices)}
          onSelect={(value) => props.onMaxChoices(Number(value))}
          error={props.error}
        />
      ) : null}
      {kind === 'YES_NO_ABSTAIN' && !forced ? <Text style={{ display: 'block', marginBottom: px(tokens.space.md), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('consult.propose.yesNoOptions')}</Text> : null}
    </View>
  )
}
