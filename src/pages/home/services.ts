import { RAISE_PAGE, issueStatsPath } from '@/features/issues/routes'
import { noticesListPath } from '@/features/notices/routes'
import { t } from '@/i18n'
import type { ServiceIconName } from '@/ui/icons/service'

/** One entry of the home page's service grid: a tab (switchTab) or a page (navigateTo). */
export interface HomeService {
  key: ServiceIconName
  label: string
  url: string
  tab: boolean
}

/**
 * The services the home page offers, in the order residents look for them: the four journeys,
 * then integrity culture, the how-to guides (政策解读 notices), messages and the public figures.
 */
export function homeServices(communityId: string | undefined): HomeService[] {
  const services: HomeService[] = [
    { key: 'raise', label: t('home.service.raise'), url: RAISE_PAGE, tab: false },
    { key: 'consult', label: t('home.service.consult'), url: '/pages/consult/index', tab: true },
    { key: 'activities', label: t('home.service.activities'), url: '/pages/activities/index', tab: true },
    { key: 'notices', label: t('home.service.notices'), url: noticesListPath({ communityId }), tab: false },
    { key: 'integrity', label: t('home.service.integrity'), url: noticesListPath({ category: 'INTEGRITY_CULTURE', communityId }), tab: false },
    { key: 'guide', label: t('home.service.guide'), url: noticesListPath({ category: 'POLICY_EXPLAINED', communityId }), tab: false },
    { key: 'inbox', label: t('home.service.inbox'), url: '/features/account/pages/inbox/index', tab: false },
  ]
  if (communityId) services.push({ key: 'figures', label: t('home.service.figures'), url: issueStatsPath(communityId), tab: false })
  return services
}
