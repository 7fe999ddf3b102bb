import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Icon, px, tapLabel, useTokens } from '@/ui'
import { serviceIcons } from '@/ui/icons/service'
import { homeServices, type HomeService } from './services'

function open(service: HomeService) {
  if (service.tab) void Taro.switchTab({ url: service.url })
  else void Taro.navigateTo({ url: service.url })
}

/** The home page's grid of services: an icon and a word each; four across, two in elder mode with bigger tiles. */
export function ServiceGrid(props: { communityId: string | undefined }) {
  const tokens = useTokens()
  const elder = tokens.mode === 'elder'
  const perRow = elder ? 2 : 4
  const iconSize = elder ? 36 : 28
  return (
    <View
      role="list"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        padding: `${px(tokens.space.sm)} 0`,
        marginBottom: px(tokens.space.md),
        borderRadius: px(tokens.radius),
        border: `1px solid ${tokens.color.border}`,
        backgroundColor: tokens.color.surface,
      }}
    >
      {homeServices(props.communityId).map((service) => (
        <View
          key={service.key}
          {...tapLabel(service.label)}
          hoverClass="linli-pressed"
          onClick={() => open(service)}
          style={{
            boxSizing: 'border-box',
            width: `${100 / perRow}%`,
            minHeight: px(elder ? 96 : 76),
            display: 'flex',
            flexDirection: elder ? 'row' : 'column',
            alignItems: 'center',
            justifyContent: elder ? 'flex-start' : 'center',
            gap: px(elder ? tokens.space.sm : tokens.space.xs),
            padding: px(tokens.space.sm),
          }}
        >
          <View
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: px(iconSize + 16),
              height: px(iconSize + 16),
              borderRadius: px((iconSize + 16) / 2),
              backgroundColor: tokens.color.primarySoft,
              flexShrink: 0,
            }}
          >
            <Icon paths={serviceIcons[service.key]} color={tokens.color.primary} size={iconSize} />
          </View>
          <Text style={{ fontSize: px(elder ? tokens.font.body : tokens.font.small + 1), color: tokens.color.text, fontWeight: elder ? 'bold' : 'normal', whiteSpace: 'nowrap' }}>
            {service.label}
          </Text>
        </View>
      ))}
    </View>
  )
}
