import { Text, View } from '@tarojs/components'
import { t } from '@/i18n'
import { px, useTokens } from '@/ui'

/** Under a paged list: 正在加载更多… while a page comes, 没有更多了 at the end. */
export function ListFooter(props: { loadingMore: boolean; hasNextPage: boolean; count: number }) {
  const tokens = useTokens()
  if (props.count === 0) return null
  const text = props.loadingMore ? t('activities.list.loadingMore') : props.hasNextPage ? t('activities.list.pullForMore') : t('activities.list.end')
  return (
    <View style={{ padding: px(tokens.space.md), textAlign: 'center' }}>
      <Text style={{ color: tokens.color.textMuted, fontSize: px(tokens.font.small) }}>{text}</Text>
    </View>
  )
}
