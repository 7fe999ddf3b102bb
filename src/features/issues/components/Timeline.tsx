import { Text, View } from '@tarojs/components'
import type { IssueDetail_IssueFragment } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { roleLabel, timelineKindLabel } from '../vocabulary'
import { PhotoGrid } from './PhotoGrid'

/** Every step, oldest first: what happened, who (and their role), when in Beijing time, the note and photos. */
export function Timeline(props: { events: IssueDetail_IssueFragment['timeline'] }) {
  const tokens = useTokens()
  return (
    <View role="list">
      {props.events.map((event, i) => {
        const who = event.actor ? (event.actorRole ? `${event.actor.displayName}（${roleLabel(event.actorRole)}）` : event.actor.displayName) : ''
        const last = i === props.events.length - 1
        return (
          <View key={event.id} role="listitem" style={{ display: 'flex', flexDirection: 'row' }}>
            <View style={{ width: px(tokens.space.lg), display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
              <View style={{ width: px(10), height: px(10), marginTop: px(tokens.space.sm), borderRadius: px(5), backgroundColor: last ? tokens.color.primary : tokens.color.textMuted }} />
              {last ? null : <View style={{ flex: 1, width: px(2), backgroundColor: tokens.color.border }} />}
            </View>
            <View style={{ flex: 1, paddingBottom: px(tokens.space.md), paddingLeft: px(tokens.space.sm) }}>
              <Text style={{ display: 'block', fontWeight: 'bold' }}>{`${timelineKindLabel(event.kind, event.status)}${last ? ` · ${t('issues.timeline.latest')}` : ''}`}</Text>
              <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{[who, formatFull(event.at)].filter(Boolean).join(' · ')}</Text>
              {event.note ? <Text style={{ display: 'block', marginTop: px(tokens.space.xs) }}>{event.note}</Text> : null}
              <PhotoGrid photos={event.photos} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
