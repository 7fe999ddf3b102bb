import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { t } from '../i18n'
import { tapLabel } from './a11y'
import { useTokens } from './elder-mode'
import { Icon } from './Icon'
import { serviceIcons } from './icons/service'
import { px } from './tokens'

const HOME_TAB = '/pages/home/index'

export interface TitleBarProps {
  title: string
  /** Another page below this one: back goes there; otherwise (opened from a link) back goes home. */
  canGoBack: boolean
}

/**
 * The H5 title bar of a sub-page: where you are, and the way back (WeChat draws its own in the
 * mini-program). Opened straight from a link there is nothing to go back to, so it offers home.
 */
export function TitleBar(props: TitleBarProps) {
  const tokens = useTokens()
  const height = tokens.tapTarget + tokens.space.xs * 2
  const label = props.canGoBack ? t('common.back') : t('common.home')
  const go = () => {
    if (props.canGoBack) void Taro.navigateBack().catch(() => Taro.switchTab({ url: HOME_TAB }))
    else void Taro.switchTab({ url: HOME_TAB })
  }
  return (
    <View
      role="banner"
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 20,
        display: 'flex',
        alignItems: 'center',
        boxSizing: 'border-box',
        height: px(height),
        margin: `-${px(tokens.space.lg)} -${px(tokens.space.lg)} ${px(tokens.space.lg)}`,
        padding: `0 ${px(tokens.space.sm)}`,
        backgroundColor: tokens.color.surface,
        borderBottom: `1px solid ${tokens.color.border}`,
      }}
    >
      <View
        {...tapLabel(label)}
        hoverClass="linli-pressed"
        onClick={go}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: px(tokens.space.xs),
          minWidth: px(tokens.tapTarget),
          minHeight: px(tokens.tapTarget),
          paddingRight: px(tokens.space.sm),
          boxSizing: 'border-box',
        }}
      >
        <Icon paths={props.canGoBack ? serviceIcons.back : serviceIcons.home} color={tokens.color.primary} size={tokens.font.title + 4} />
        <Text style={{ fontSize: px(tokens.font.body), color: tokens.color.primary }}>{label}</Text>
      </View>
      <Text
        style={{
          flex: 1,
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          textOverflow: 'ellipsis',
          textAlign: 'center',
          fontSize: px(tokens.font.title),
          fontWeight: 'bold',
          color: tokens.color.text,
        }}
      >
        {props.title}
      </Text>
      {/* Balances the back button so the title sits in the middle. */}
      <View style={{ minWidth: px(tokens.tapTarget + tokens.font.body * 2) }} />
    </View>
  )
}

interface PageInstance { config?: { navigationBarTitleText?: string }; route?: string; path?: string }

/** This page's instance, title and whether it is a tab page, read once when the page mounts. */
/** Taro's page stack; empty outside a mounted page (Taro's H5 stack throws when there is none). */
function pageStack(): ReturnType<typeof Taro.getCurrentPages> {
  try {
    return Taro.getCurrentPages()
  } catch {
    return []
  }
}

function currentPage(): { page: PageInstance | null; title: string; tab: boolean } {
  // Outside a mounted page (a component rendered alone) Taro has no current instance.
  const instance = Taro.getCurrentInstance() as ReturnType<typeof Taro.getCurrentInstance> | undefined
  const page = (instance?.page ?? null) as PageInstance | null
  const path = (instance?.router?.path ?? '').replace(/^\//, '')
  return { page, title: page?.config?.navigationBarTitleText ?? t('app.name'), tab: path === '' || path.startsWith('pages/') }
}

/**
 * The title bar the H5 build puts on every sub-page (Page renders it): the page's configured
 * title, kept up to date by Taro.setNavigationBarTitle while this page is the one shown.
 */
export function PageTitleBar() {
  const [{ page, title: configured, tab }] = useState(currentPage)
  const [title, setTitle] = useState(configured)
  const [canGoBack, setCanGoBack] = useState(() => pageStack().length > 1)
  useEffect(() => {
    const onTitle = (next: unknown) => {
      const pages = pageStack()
      if (typeof next === 'string' && pages[pages.length - 1] === page) setTitle(next)
    }
    const onShow = () => {
      const pages = pageStack()
      if (pages[pages.length - 1] === page) setCanGoBack(pages.length > 1)
    }
    Taro.eventCenter.on('__taroH5SetNavigationBarTitle', onTitle)
    Taro.eventCenter.on('__afterTaroRouterChange', onShow)
    return () => {
      Taro.eventCenter.off('__taroH5SetNavigationBarTitle', onTitle)
      Taro.eventCenter.off('__afterTaroRouterChange', onShow)
    }
  }, [page])
  if (tab) return null
  return <TitleBar title={title} canGoBack={canGoBack} />
}
