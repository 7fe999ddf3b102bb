import { Text, View } from '@tarojs/components'
import { Toggle } from '@/ui/Toggle'
import Taro from '@tarojs/taro'
import type { IssueCategory } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import type { PlaceChoices } from '../places'
import { compoundOfBuilding } from '../places'
import { ISSUE_CATEGORIES, categoryLabel, categoryNotice } from '../vocabulary'

function ErrorLine(props: { text?: string }) {
  const tokens = useTokens()
  if (!props.text) return null
  return (
    <View role="alert" style={{ marginTop: px(tokens.space.xs) }}>
      <Text style={{ color: tokens.color.danger, fontSize: px(tokens.font.small) }}>{`⚠ ${props.text}`}</Text>
    </View>
  )
}

/** The nine categories as big chips; a category's notice (消防安全: 起火请先拨打 119) right under them. */
export function CategoryField(props: { value: IssueCategory | null; onChange(c: IssueCategory): void; error?: string }) {
  const tokens = useTokens()
  const notice = categoryNotice(props.value)
  return (
    <View>
      <ChoiceChips
        label={t('issues.raise.category')}
        choices={ISSUE_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))}
        selected={props.value ?? ''}
        onSelect={(value) => {
          const chosen = ISSUE_CATEGORIES.find((c) => c === value)
          if (chosen) props.onChange(chosen)
        }}
        error={props.error}
      />
      {notice ? (
        <View
          role="alert"
          style={{ marginBottom: px(tokens.space.md), padding: px(tokens.space.md), border: `2px solid ${tokens.color.danger}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}
        >
          <Text style={{ color: tokens.color.danger, fontWeight: 'bold', fontSize: px(tokens.font.body) }}>{`⚠ ${notice}`}</Text>
        </View>
      ) : null}
    </View>
  )
}

/** The building, defaulting to the household's; its compound first when there is more than one to choose from. */
export function BuildingField(props: { places: PlaceChoices; buildingId: string | null; onChange(id: string): void; error?: string }) {
  const tokens = useTokens()
  const current = compoundOfBuilding(props.places, props.buildingId) ?? (props.places.compounds.length === 1 ? props.places.compounds[0] : null)
  return (
    <View>
      {props.places.compounds.length > 1 ? (
        <ChoiceChips
          label={t('issues.raise.compound')}
          choices={props.places.compounds.map((c) => ({ value: c.id, label: c.name }))}
          selected={current?.id ?? ''}
          onSelect={(id) => {
            const compound = props.places.compounds.find((c) => c.id === id)
            if (compound?.buildings[0]) props.onChange(compound.buildings[0].id)
          }}
        />
      ) : null}
      {current ? (
        <ChoiceChips
          label={t('issues.raise.building')}
          choices={current.buildings.map((b) => ({ value: b.id, label: b.name }))}
          selected={props.buildingId ?? ''}
          onSelect={props.onChange}
          error={props.error}
        />
      ) : (
        <ErrorLine text={props.error} />
      )}
      {props.places.fromHouseholds ? (
        <Text style={{ display: 'block', marginTop: px(-tokens.space.xs), marginBottom: px(tokens.space.md), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
          {t('issues.raise.buildingHint')}
        </Text>
      ) : null}
    </View>
  )
}

/** Whether this runtime can open the map picker (the browser build has no chooseLocation). */
export const canChooseLocation = (): boolean => process.env.TARO_ENV !== 'h5' && typeof Taro.chooseLocation === 'function'

export interface PointValue {
  latitude: number | null
  longitude: number | null
  pointName: string | null
}

/** An optional point from the map; hidden where the map picker does not exist. */
export function PointField(props: { value: PointValue; onChange(v: PointValue): void }) {
  const tokens = useTokens()
  if (!canChooseLocation()) return null
  const choose = async () => {
    try {
      const place = await Taro.chooseLocation({})
      props.onChange({ latitude: place.latitude, longitude: place.longitude, pointName: place.name || place.address || null })
    } catch {
      // Cancelled, or location refused: the building and spot are enough.
    }
  }
  const chosen = props.value.latitude !== null
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('issues.raise.point')}</Text>
      {chosen ? (
        <Text style={{ display: 'block', marginBottom: px(tokens.space.xs) }}>
          {`✓ ${t('issues.raise.pointChosen', { name: props.value.pointName ?? `${props.value.latitude?.toFixed(5)}, ${props.value.longitude?.toFixed(5)}` })}`}
        </Text>
      ) : null}
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
        <TapButton variant="secondary" onTap={() => choose()}>
          {t('issues.raise.pointChoose')}
        </TapButton>
        {chosen ? (
          <TapButton variant="secondary" onTap={() => props.onChange({ latitude: null, longitude: null, pointName: null })}>
            {t('issues.raise.pointClear')}
          </TapButton>
        ) : null}
      </View>
    </View>
  )
}

/** Public or private, with what each means said in words beside the switch. */
export function PublicField(props: { value: boolean; onChange(v: boolean): void }) {
  const tokens = useTokens()
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <View style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', minHeight: px(tokens.tapTarget) }}>
        <Text style={{ fontWeight: 'bold' }}>{t('issues.raise.public')}</Text>
        <Toggle checked={props.value} label={t('issues.raise.public')} onChange={props.onChange} />
      </View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {props.value ? t('issues.raise.publicOn') : t('issues.raise.publicOff')}
      </Text>
    </View>
  )
}
