import { Text, View } from '@tarojs/components'
import type { NoticeCategory } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { categoryTabs } from '../categories'
import { tapLabel } from '@/ui/a11y'

/**
 * The category filter: 廉洁文化 first, 全部 last. The chosen tab is filled, bold and underlined,
 * so it stands out by shape and weight as well as colour.
 */
export function CategoryTabs(props: { selected: NoticeCategory | null; onSelect: (category: NoticeCategory | null) => void }) {
  const tokens = useTokens()
  return (
    <View
      role="tablist"
      aria-label={t('notices.filter.label')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm), marginBottom: px(tokens.space.md) }}
    >
      {categoryTabs().map((tab) => {
        const chosen = tab.category === props.selected
        return (
          <View
            key={tab.label}
            {...tapLabel(tab.label, 'tab')}
            aria-selected={chosen}
            hoverClass="linli-pressed"
            onClick={() => props.onSelect(tab.category)}
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              boxSizing: 'border-box',
              minWidth: px(tokens.tapTarget),
              minHeight: px(tokens.tapTarget),
              padding: `0 ${px(tokens.space.md)}`,
              borderRadius: px(tokens.radius),
              border: `1px solid ${chosen ? tokens.color.primary : tokens.color.border}`,
              borderBottom: chosen ? `3px solid ${tokens.color.text}` : `1px solid ${tokens.color.border}`,
              backgroundColor: chosen ? tokens.color.primary : tokens.color.surface,
            }}
          >
            <Text
              style={{
                fontSize: px(tokens.font.body),
                fontWeight: chosen ? 'bold' : 'normal',
                color: chosen ? tokens.color.onPrimary : tokens.color.text,
                lineHeight: tokens.lineHeight,
              }}
            >
              {tab.label}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
