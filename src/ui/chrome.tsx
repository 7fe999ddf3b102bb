// The H5 build's own chrome: the sub-pages' title bar and the loading skeleton between pages.
// The mini-program gets chrome.weapp.tsx instead (Taro picks the file by platform), since WeChat
// draws both itself: none of this code is in its package.
export { PageTitleBar } from './TitleBar'
export { RouteLoading } from './RouteLoading'
