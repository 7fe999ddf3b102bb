import { t } from './i18n'

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
      pages: ['pages/sign-in/index', 'pages/claim/index', 'pages/privacy/index', 'pages/inbox/index', 'pages/not-found/index', 'pages/notifications/index'],
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
  tabBar: {
    color: '#5c5c5c',
    selectedColor: '#b3261e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: t('tab.home') },
      { pagePath: 'pages/issues/index', text: t('tab.issues') },
      { pagePath: 'pages/consult/index', text: t('tab.consult') },
      { pagePath: 'pages/activities/index', text: t('tab.activities') },
      { pagePath: 'pages/me/index', text: t('tab.me') },
    ],
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
