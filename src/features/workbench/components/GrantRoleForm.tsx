import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Role } from '@/graphql/generated/graphql'
import { GrantRoleDocument, PeopleInScopeDocument, RoleScopesDocument } from '@/features/workbench/workbench.generated'
import { roleLabel } from '@/features/account/labels'
import { t } from '../i18n'
import { Card, Skeleton, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { GRANTABLE_ROLES, scopeChoices } from '../grant-role'

/** 授予角色: find a person in the community, choose a role and the place it covers. */
export function GrantRoleForm(props: { communityIds: ReadonlyArray<string>; onGranted(): void }) {
  const tokens = useTokens()
  const scopes = useQuery(RoleScopesDocument)
  const [communityId, setCommunityId] = useState(props.communityIds[0] ?? '')
  const [search, setSearch] = useState('')
  const [personId, setPersonId] = useState('')
  const [role, setRole] = useState<Role>('GRID_WORKER')
  const [scopeId, setScopeId] = useState('')
  const [findPeople, people] = useLazyQuery(PeopleInScopeDocument, { fetchPolicy: 'network-only' })
  const [grantRole, granting] = useMutation(GrantRoleDocument)

  const communities = (scopes.data?.communities ?? []).filter((c) => props.communityIds.includes(c.id))
  const community = communities.find((c) => c.id === communityId)
  if (!community) return scopes.loading ? <Skeleton rows={1} /> : null

  const choices = scopeChoices(community, role)
  const runSearch = () => {
    setPersonId('')
    void findPeople({ variables: { communityId, search: search.trim() || null } })
  }
  const submit = async () => {
    if (!personId || !scopeId) {
      void Taro.showToast({ title: t('workbench.grant.incomplete'), icon: 'none' })
      return
    }
    try {
      await grantRole({ variables: { input: { personId, role, scopeId } } })
      void Taro.showToast({ title: t('workbench.grant.granted'), icon: 'success' })
      setPersonId('')
      setScopeId('')
      props.onGranted()
    } catch {
      // Toasted by the error link (e.g. the person already has this role).
    }
  }

  const found = people.data?.peopleInScope
  return (
    <Card>
      {communities.length > 1 ? (
        <ChoiceChips
          label={t('workbench.grant.community')}
          choices={communities.map((c) => ({ value: c.id, label: c.name }))}
          selected={communityId}
          onSelect={(id) => {
            setCommunityId(id)
            setScopeId('')
            setPersonId('')
          }}
        />
      ) : null}
      <Field label={t('workbench.grant.person')} placeholder={t('workbench.grant.searchPlaceholder')} value={search} onChange={setSearch} />
      <View style={{ marginBottom: px(tokens.space.md) }}>
        <TapButton variant="secondary" loading={people.loading} onTap={runSearch}>
          {t('workbench.grant.search')}
        </TapButton>
      </View>
      {found && found.length === 0 ? (
        <Text style={{ display: 'block', color: tokens.color.textMuted, marginBottom: px(tokens.space.md) }}>{t('workbench.grant.noPeople')}</Text>
      ) : null}
      {found && found.length > 0 ? (
        <ChoiceChips
          choices={found.map((p) => ({ value: p.id, label: p.displayName, hint: [p.realName, p.phone].filter(Boolean).join(' · ') || undefined }))}
          selected={personId}
          onSelect={setPersonId}
        />
      ) : null}
      <ChoiceChips
        label={t('workbench.grant.role')}
        choices={GRANTABLE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
        selected={role}
        onSelect={(value) => {
          const next = GRANTABLE_ROLES.find((r) => r === value)
          if (next) {
            setRole(next)
            setScopeId('')
          }
        }}
      />
      <ChoiceChips
        label={t('workbench.grant.scope')}
        choices={choices.map((c) => ({ value: c.id, label: c.name }))}
        selected={scopeId}
        onSelect={setScopeId}
      />
      <TapButton block loading={granting.loading} disabled={granting.loading} onTap={() => submit()}>
        {t('workbench.grant.submit')}
      </TapButton>
    </Card>
  )
}
