import { useQuery } from '@apollo/client/react'
import { NoticesViewerDocument } from '@/features/notices/notices.generated'
import { canPublishNotices, type PublisherRole } from '../staff'

const noRoles: PublisherRole[] = []

/** The signed-in viewer's roles (none when signed out, without asking the gateway). */
export function useNoticesViewer(signedIn: boolean) {
  const { data, loading } = useQuery(NoticesViewerDocument, {
    skip: !signedIn,
    // Roles change rarely; a background error here only hides staff buttons.
    context: { silentErrors: true },
  })
  const roles = (signedIn && data?.viewer?.roles) || noRoles
  return { roles, canPublish: canPublishNotices(roles), loading }
}
