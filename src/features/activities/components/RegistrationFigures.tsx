import { Text, View } from '@tarojs/components'
import type { ActivityRegistrationsQuery } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { Card, px, useTokens } from '@/ui'
import { sceneLabel } from '../vocabulary'

type Activity = NonNullable<ActivityRegistrationsQuery['activity']>

function Figure(props: { label: string; value: string }) {
  const tokens = useTokens()
  return (
    <View style={{ minWidth: px(tokens.columns === 1 ? 0 : 120), flex: 1, padding: px(tokens.space.sm), border: `1px solid ${tokens.color.border}`, borderRadius: px(tokens.radius) }}>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>{props.value}</Text>
      <Text style={{ display: 'block', color: tokens.color.textMuted }}>{props.label}</Text>
    </View>
  )
}

/** 报名情况: confirmed seats of capacity, waitlist, pending, attended, no-shows; where sign-ups came from; materials to prepare. */
export function RegistrationFigures(props: { activity: Activity }) {
  const tokens = useTokens()
  const { activity } = props
  const f = activity.figures
  if (!f) return null
  const grid = { display: 'flex', flexDirection: tokens.columns === 1 ? ('column' as const) : ('row' as const), flexWrap: 'wrap' as const, gap: px(tokens.space.sm) }
  return (
    <Card>
      <View style={grid}>
        <Figure label={t('activities.figures.confirmed')} value={t('activities.figures.ofCapacity', { count: f.confirmedSeats, capacity: activity.capacity })} />
        <Figure label={t('activities.figures.waitlisted')} value={String(f.waitlistedCount)} />
        <Figure label={t('activities.figures.pending')} value={String(f.pendingCount)} />
        <Figure label={t('activities.figures.attended')} value={String(f.attendedSeats)} />
        <Figure label={t('activities.figures.noShow')} value={String(f.noShowSeats)} />
        <Figure label={t('activities.figures.cancelled')} value={String(f.cancelledCount)} />
      </View>
      {f.byScene.length ? (
        <View style={{ marginTop: px(tokens.space.sm) }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('activities.figures.byScene')}</Text>
          {f.byScene.map((s) => (
            <Text key={String(s.scene)} style={{ display: 'block' }}>{t('activities.figures.sceneLine', { scene: sceneLabel(s.scene), count: s.registrations })}</Text>
          ))}
        </View>
      ) : null}
      {activity.materials.length ? (
        <View style={{ marginTop: px(tokens.space.sm) }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('activities.figures.materials')}</Text>
          {activity.materials.map((m) => (
            <Text key={m.name} style={{ display: 'block' }}>{t('activities.figures.materialLine', { name: m.name, total: m.total, unit: m.unit })}</Text>
          ))}
        </View>
      ) : null}
    </Card>
  )
}
