import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { NoticeAcknowledgementsDocument } from '@/features/notices/notices.generated'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'

interface Person {
  id: string
  displayName: string
}

function names(people: readonly Person[]): string {
  return people.length ? people.map((p) => p.displayName).join('、') : t('notices.figures.none')
}

/** Staff in scope: acknowledgements per building as counts, with the names behind a tap. */
export function AcknowledgementFigures(props: { noticeId: string }) {
  const tokens = useTokens()
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const { data, loading } = useQuery(NoticeAcknowledgementsDocument, {
    variables: { id: props.noticeId },
    fetchPolicy: 'cache-and-network',
    // Not for everyone who can edit: a FORBIDDEN here just means no figures, not an error to show.
    context: { silentErrors: true },
  })
  const groups = data?.notice?.acknowledgementsByBuilding
  const text = { fontSize: px(tokens.font.body), color: tokens.color.text, lineHeight: tokens.lineHeight }
  const muted = { fontSize: px(tokens.font.small), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }

  if (!groups) {
    return loading ? (
      <View style={{ marginTop: px(tokens.space.lg) }}>
        <Text style={muted}>{t('notices.figures.loading')}</Text>
      </View>
    ) : null
  }

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  return (
    <View style={{ marginTop: px(tokens.space.lg) }}>
      <View style={{ marginBottom: px(tokens.space.sm) }}>
        <Text style={{ ...text, fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('notices.figures.title')}</Text>
      </View>
      {groups.length === 0 ? <Text style={muted}>{t('notices.figures.empty')}</Text> : null}
      {groups.map((group) => {
        const expanded = open.has(group.building.id)
        return (
          <Card key={group.building.id}>
            <Text style={text}>
              {t('notices.figures.building', {
                building: `${group.building.compound.name} ${group.building.name}`,
                acknowledged: group.acknowledged.length,
                pending: group.pending.length,
              })}
            </Text>
            {expanded ? (
              <View style={{ marginTop: px(tokens.space.sm) }}>
                <View>
                  <Text style={muted}>{t('notices.figures.acknowledged', { names: names(group.acknowledged) })}</Text>
                </View>
                <View>
                  <Text style={muted}>{t('notices.figures.pending', { names: names(group.pending) })}</Text>
                </View>
              </View>
            ) : null}
            <View style={{ marginTop: px(tokens.space.sm) }}>
              <TapButton variant="secondary" onTap={() => toggle(group.building.id)}>
                {expanded ? t('notices.figures.hide') : t('notices.figures.show')}
              </TapButton>
            </View>
          </Card>
        )
      })}
    </View>
  )
}
