import { useApolloClient, useQuery } from '@apollo/client/react'
import Taro from '@tarojs/taro'
import type { SubscribePurpose } from '@/graphql/generated/graphql'
import { RecordSubscribeConsentDocument, SubscribeTemplatesDocument } from './subscribe.generated'

// WeChat's subscribe-message consent. WeChat shows its dialog only when asked inside the
// resident's tap, before anything is awaited, and for at most 3 templates; the ids are the ones
// the gateway is configured with, loaded when the page opens so the tap can ask at once.

/** WeChat's limit of templates per request. */
export const MAX_TEMPLATES_PER_ASK = 3

/** The configured template ids for `purposes`, in order, at most 3. */
export function templateIdsFor(templates: ReadonlyArray<{ purpose: string; templateId: string }>, purposes: readonly string[]): string[] {
  return purposes.flatMap((p) => templates.filter((t) => t.purpose === p).map((t) => t.templateId)).slice(0, MAX_TEMPLATES_PER_ASK)
}

/**
 * A function to call first thing in a tap handler: asks WeChat's consent for the purposes'
 * templates, tells the gateway what was accepted, and resolves with the accepted ids (never
 * rejects; [] outside WeChat or when nothing is configured).
 */
export function useSubscribeConsent(purposes: readonly SubscribePurpose[]): () => Promise<string[]> {
  const client = useApolloClient()
  const weapp = process.env.TARO_ENV === 'weapp'
  const { data } = useQuery(SubscribeTemplatesDocument, { skip: !weapp, fetchPolicy: 'cache-first', context: { silentErrors: true } })
  return () => {
    const ids = templateIdsFor(data?.subscribeTemplates ?? [], purposes)
    if (!weapp || !ids.length) return Promise.resolve([])
    return Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] }).then(
      async (answer) => {
        // WeChat answers with each template id as a key: 'accept', 'reject' or 'ban'.
        const answers: Record<string, unknown> = { ...answer }
        const accepted = ids.filter((id) => answers[id] === 'accept')
        if (accepted.length) await client.mutate({ mutation: RecordSubscribeConsentDocument, variables: { accepted }, context: { silentErrors: true } }).catch(() => undefined)
        return accepted
      },
      () => [],
    )
  }
}
