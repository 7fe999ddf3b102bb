import { Text, View } from '@tarojs/components'
import { PhotoGrid } from '@/features/issues/components/PhotoGrid'
import { px, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { eventKindLabel } from '../vocabulary'
import type { ProposalView } from './types'

/** Every step, oldest first: what happened, who, when (Beijing time), the note and its photos. */
export function EventList(props: { events: ProposalView['timeline'] }) {
  const tokens = useTokens()
  return (
    <View role="list">
      {props.events.map((event) => (
        <View key={event.id} role="listitem" style={{ paddingLeft: px(tokens.space.md), borderLeft: `2px solid ${tokens.color.border}`, paddingBottom: px(tokens.space.md) }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{eventKindLabel(event.kind, event.stage)}</Text>
          <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{[event.actor?.displayName, formatFull(event.at)].filter(Boolean).join(' · ')}</Text>
          {event.note ? <Text style={{ display: 'block' }}>{event.note}</Text> : null}
          <PhotoGrid photos={event.photos} />
        </View>
      ))}
    </View>
  )
}
