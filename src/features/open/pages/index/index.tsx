import { useQuery } from '@apollo/client/react'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { EmptyState, Page, Skeleton } from '@/ui'
import { ShortLinkDocument } from '../../open.generated'
import { t } from '../../i18n'
import { itemPage, launchTarget, type ItemKind } from '../../launch-target'

const HOME_TAB = '/pages/home/index'

/** The page's own query, else what the launch carried (WeChat gives both for the first page). */
function launchQuery(params: Record<string, string | undefined>): Record<string, string | undefined> {
  if (params.scene || params.q) return params
  if (process.env.TARO_ENV !== 'weapp') return params
  return (Taro.getLaunchOptionsSync().query ?? {}) as Record<string, string | undefined>
}

// Where a mini-program code (scene = the item's short code) or a QR code of a URL (q = the URL)
// lands: asks the gateway what the code names, then replaces itself with the item's page, which
// is then the only page and offers 返回首页.
export default function OpenPage() {
  const target = launchTarget(launchQuery(useRouter().params))
  const code = target && 'code' in target ? target.code : ''
  const link = useQuery(ShortLinkDocument, { variables: { code }, skip: !code })
  const found = link.data?.shortLink
  const url = target && 'url' in target ? target.url : found ? itemPage(found.kind as ItemKind, found.id) : null
  useEffect(() => {
    if (url) void Taro.redirectTo({ url })
  }, [url])
  if (url || link.loading) return <Page><Skeleton /></Page>
  return (
    <Page>
      <EmptyState title={t('open.landing.unknown')} body={t('open.landing.unknownBody')} action={{ label: t('common.backHome'), onTap: () => void Taro.switchTab({ url: HOME_TAB }) }} />
    </Page>
  )
}
