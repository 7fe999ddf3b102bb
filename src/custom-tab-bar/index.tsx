import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useReducer, useState } from 'react'
import { t } from '../i18n'
import { tapLabel } from '../ui/a11y'
import { useTokens } from '../ui/elder-mode'
import { Icon } from '../ui/Icon'
import { TAB_COLOR, TAB_SELECTED_COLOR, TABS, tabIcons, tabPagePath, type TabName } from '../ui/icons/tabs'
import { onTabBadges, tabBadge } from '../ui/tab-badge'
import { px } from '../ui/tokens'

// The weapp's own tab bar (app.config's tabBar.custom): WeChat's native one keeps 10 px labels
// on 50 px items, which elder mode cannot grow; this one is drawn from the tokens, so elder mode
// gets items at least 60 × 60 px and 18 px labels. WeChat makes one per tab page, so each
// instance knows its tab from the page it was made for.

/** The tab whose page is on top when this instance is made (its own page). */
function tabOfCurrentPage(): TabName | undefined {
  const pages = Taro.getCurrentPages()
  const route = pages[pages.length - 1]?.route?.replace(/^\//, '')
  return TABS.find((tab) => tabPagePath(tab.name) === route)?.name
}

export default function CustomTabBar() {
  const tokens = useTokens()
  const [selected] = useState(tabOfCurrentPage)
  const [, badgesChanged] = useReducer((n: number) => n + 1, 0)
  useEffect(() => onTabBadges(badgesChanged), [])
  const elder = tokens.mode === 'elder'
  const labelSize = elder ? tokens.font.small : 10
  const iconSize = elder ? 28 : 24
  return (
    <View
      role="tablist"
      aria-role="tablist"
      style={{
        position: 'fixed',
        left: 0,
        right: 0,
        bottom: 0,
        display: 'flex',
        backgroundColor: tokens.color.surface,
        borderTop: `1px solid ${tokens.color.border}`,
        paddingBottom: 'env(safe-area-inset-bottom)',
      }}
    >
      {TABS.map((tab, index) => {
        const badge = tabBadge(index)
        const chosen = tab.name === selected
        const color = chosen ? TAB_SELECTED_COLOR : TAB_COLOR
        const label = badge ? `${t(tab.label)} ${t('tab.badge', { count: badge })}` : t(tab.label)
        return (
          <View
            key={tab.name}
            id={`tab-${tab.name}`}
            {...tapLabel(label, 'tab')}
            aria-selected={chosen}
            hoverClass="linli-pressed"
            onClick={() => {
              if (!chosen) void Taro.switchTab({ url: `/${tabPagePath(tab.name)}` })
            }}
            style={{
              flex: 1,
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              boxSizing: 'border-box',
              minWidth: px(elder ? tokens.tapTarget : 0),
              minHeight: px(elder ? tokens.tapTarget : 50),
              padding: `${px(4)} 0`,
            }}
          >
            <View style={{ position: 'relative' }}>
              <Icon paths={tabIcons[tab.name]} color={color} size={iconSize} />
              {badge ? (
                <Text
                  aria-hidden="true"
                  style={{
                    position: 'absolute',
                    top: px(-4),
                    left: px(iconSize - 6),
                    minWidth: px(labelSize + 2),
                    padding: `0 ${px(4)}`,
                    borderRadius: px(labelSize),
                    backgroundColor: tokens.color.danger,
                    color: tokens.color.onDanger,
                    fontSize: px(labelSize - 1),
                    lineHeight: 1.3,
                    textAlign: 'center',
                  }}
                >
                  {badge}
                </Text>
              ) : null}
            </View>
            <Text aria-hidden="true" style={{ fontSize: px(labelSize), lineHeight: 1.3, color, fontWeight: chosen && elder ? 'bold' : 'normal' }}>
              {t(tab.label)}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
