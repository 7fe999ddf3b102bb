import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../i18n'
import { px, tapLabel, useTokens } from '@/ui'

export interface PhotoLike {
  id: string
  url?: string | null
}

/** Thumbnails of signed photo URLs; a tap opens them full screen, swipeable. */
export function PhotoGrid(props: { photos: ReadonlyArray<PhotoLike> }) {
  const tokens = useTokens()
  const urls = props.photos.map((p) => p.url).filter((u): u is string => Boolean(u))
  if (urls.length === 0) return null
  const size = tokens.mode === 'elder' ? 120 : 96
  return (
    <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm), margin: `${px(tokens.space.sm)} 0` }}>
      {urls.map((url, i) => (
        <Image
          key={url}
          src={url}
          mode="aspectFill"
          {...tapLabel(t('issues.photos.alt', { index: i + 1 }), 'img')}
          onClick={() => void Taro.previewImage({ current: url, urls })}
          style={{ width: px(size), height: px(size), borderRadius: px(tokens.radius), backgroundColor: tokens.color.skeleton }}
        />
      ))}
    </View>
  )
}
