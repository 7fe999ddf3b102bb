import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { noticesListPath } from '@/features/notices/routes'
import { t } from '@/i18n'
import { Card, px, useTokens } from '@/ui'

/** The ways from home into the notices: all of them, and integrity culture (廉洁文化) directly. */
export function HomeEntries(props: { communityId: string | undefined }) {
  const tokens = useTokens()
  const entries = [
    { key: 'integrity', title: t('home.entry.integrity'), hint: t('home.entry.integrityHint'), url: noticesListPath({ category: 'INTEGRITY_CULTURE', communityId: props.communityId }) },
    { key: 'all', title: t('home.notices.title'), hint: t('home.entry.all'), url: noticesListPath({ communityId: props.communityId }) },
  ]
  return (
    <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', gap: px(tokens.space.md) }}>
      {entries.map((entry) => (
        <View key={entry.key} style={{ flex: 1 }}>
          <Card onTap={() => Taro.navigateTo({ url: entry.url })}>
            <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold', color: tokens.color.text, lineHeight: tokens.lineHeight }}>
              {entry.title}
            </Text>
            <View>
              <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.primary, lineHeight: tokens.lineHeight }}>
                {`${entry.hint} ›`}
              </Text>
            </View>
          </Card>
        </View>
      ))}
    </View>
  )
}
