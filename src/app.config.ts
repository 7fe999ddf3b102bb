import { t } from './i18n'
import { TAB_COLOR, TAB_SELECTED_COLOR, TABS, tabPagePath } from './ui/icons/tabs'

// Tab pages live in the main package (WeChat requires it); every feature is a subpackage whose
// root is its folder under src/features/, so the main package stays small.
export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/issues/index',
    'pages/consult/index',
    'pages/activities/index',
    'pages/me/index',
  ],
  subPackages: [
    { root: 'features/notices/', pages: ['pages/list/index', 'pages/detail/index', 'pages/edit/index'] },
    {
      root: 'features/account/',
      pages: ['pages/sign-in/index', 'pages/claim/index', 'pages/privacy/index', 'pages/inbox/index', 'pages/not-found/index', 'pages/notifications/index', 'pages/my-data/index'],
    },
    { root: 'features/workbench/', pages: ['pages/index/index', 'pages/dead-letters/index'] },
    { root: 'features/issues/', pages: ['pages/raise/index', 'pages/detail/index', 'pages/queue/index', 'pages/stats/index'] },
    { root: 'features/consult/', pages: ['pages/propose/index', 'pages/detail/index', 'pages/clusters/index'] },
    { root: 'features/roster/', pages: ['pages/results/index', 'pages/roster/index', 'pages/ballots/index', 'pages/import/index', 'pages/unit/index', 'pages/proxies/index', 'pages/proxy-vote/index'] },
    { root: 'features/activities/', pages: ['pages/detail/index', 'pages/edit/index', 'pages/registrations/index', 'pages/check-in/index'] },
    // Where mini-program codes and QR links land (scene / q), and the staff's lobby posters.
    { root: 'features/open/', pages: ['pages/index/index', 'pages/poster/index'] },
    { root: 'features/finances/', pages: ['pages/statement/index', 'pages/entry/index', 'pages/ledger/index', 'pages/import/index'] },
  ],
  // WeChat's native tab bar cannot grow for elder mode, so the weapp draws its own
  // (src/custom-tab-bar); the list stays, with PNG icons (scripts/draw-tab-icons.ts), because
  // WeChat requires it and shows it before the custom bar is ready. Taro's H5 router draws no
  // custom tab bar, so H5 keeps Taro's own, sized for elder mode by src/h5.css.
  tabBar: {
    custom: process.env.TARO_ENV === 'weapp',
    color: TAB_COLOR,
    selectedColor: TAB_SELECTED_COLOR,
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TABS.map(({ name, label }) => ({
      pagePath: tabPagePath(name),
      text: t(label),
      iconPath: `assets/tabbar/${name}.png`,
      selectedIconPath: `assets/tabbar/${name}-active.png`,
    })),
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: t('app.name'),
    navigationBarTextStyle: 'black',
  },
  // Required before WeChat privacy APIs (chooseMedia, chooseLocation…) can ask for consent.
  __usePrivacyCheck__: true,
  // WeChat refuses location APIs a mini-program has not declared (报事 can pin a point on the map).
  requiredPrivateInfos: ['chooseLocation'],
})
