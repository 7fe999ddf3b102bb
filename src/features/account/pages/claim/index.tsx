import { useMutation, useQuery } from '@apollo/client/react'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ClaimHouseholdDocument, ClaimPlacesDocument } from '@/features/account/account.generated'
import { MeOverviewDocument } from '@/pages/me/me.generated'
import { t } from '../../i18n'
import { EmptyState, Page, Skeleton } from '@/ui'
import { clearClaimDraft, loadClaimDraft, saveClaimDraft } from '../../claim-draft'
import { claimInput, fieldOfServerError, hasErrors, reconcileWithPlaces, validateClaim, type ClaimErrors, type ClaimValues } from '../../claim-form'
import { ClaimForm } from '../../components/ClaimForm'
import { SignInPrompt } from '../../components/SignInPrompt'
import { formErrorOf } from '../../server-errors'
import { useSignedIn } from '../../session-state'
import { placeCommunity } from '@/lib/places'
import { ME_TAB } from '../../sign-in-route'

// 认领房屋: the resident says which home is theirs; staff in scope review it in the workbench.
export default function ClaimHouseholdPage() {
  const signedIn = useSignedIn()
  const places = useQuery(ClaimPlacesDocument)
  const [values, setValues] = useState<ClaimValues>(loadClaimDraft)
  const [errors, setErrors] = useState<ClaimErrors>({})
  const [formError, setFormError] = useState<string>()
  const [claimHousehold, { loading }] = useMutation(ClaimHouseholdDocument, {
    context: { silentErrors: true },
    refetchQueries: [{ query: MeOverviewDocument }],
    awaitRefetchQueries: true,
  })

  const communities = places.data?.communities
  useEffect(() => {
    if (communities) setValues((current) => reconcileWithPlaces(current, communities.map(placeCommunity)))
  }, [communities])

  const change = (next: ClaimValues) => {
    setValues(next)
    saveClaimDraft(next)
    // A corrected field loses its error as soon as it is valid.
    if (hasErrors(errors)) setErrors(validateClaim(next))
    setFormError(undefined)
  }

  const submit = async () => {
    const found = validateClaim(values)
    setErrors(found)
    if (hasErrors(found)) {
      setFormError(t('account.claim.fixErrors'))
      return
    }
    try {
      await claimHousehold({ variables: { input: claimInput(values) } })
      clearClaimDraft()
      void Taro.showToast({ title: t('account.claim.submitted'), icon: 'success' })
      void Taro.switchTab({ url: ME_TAB })
    } catch (error) {
      const { code, field, text } = formErrorOf(error)
      const formField = code === 'BAD_USER_INPUT' ? fieldOfServerError(field) : null
      if (formField) setErrors({ [formField]: text })
      else setFormError(text)
    }
  }

  if (!signedIn) {
    return (
      <Page>
        <SignInPrompt />
      </Page>
    )
  }
  if (!communities) {
    return (
      <Page>
        {places.error ? (
          <EmptyState
            title={t('account.claim.placesError.title')}
            body={t('account.claim.placesError.body')}
            action={{ label: t('common.retry'), onTap: () => void places.refetch() }}
          />
        ) : (
          <Skeleton rows={3} />
        )}
      </Page>
    )
  }
  return (
    <Page>
      <ClaimForm
        communities={communities}
        values={values}
        errors={errors}
        formError={formError}
        submitting={loading}
        onChange={change}
        onSubmit={() => submit()}
      />
    </Page>
  )
}
