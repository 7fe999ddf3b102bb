import { Image } from '@tarojs/components'
import { iconUri, type IconPaths } from './icons/svg'
import { px } from './tokens'

/**
 * One of Linli's line icons as an image. Decorative unless `label` is given: the words beside it
 * carry the meaning (never an icon alone), so screen readers skip it.
 */
export function Icon(props: { paths: IconPaths; color: string; size: number; label?: string }) {
  return (
    <Image
      src={iconUri(props.paths, props.color)}
      mode="aspectFit"
      aria-label={props.label}
      aria-hidden={props.label ? undefined : 'true'}
      style={{ display: 'block', width: px(props.size), height: px(props.size), flexShrink: 0 }}
    />
  )
}
