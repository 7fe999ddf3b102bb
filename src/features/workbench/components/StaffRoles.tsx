import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useFragment } from '@/graphql/generated/fragment-masking'
import type { StaffRoles_RoleFragment } from '@/graphql/generated/graphql'
import { RevokeRoleDocument, StaffRolesDocument } from '@/features/workbench/workbench.generated'
import { roleLabel } from '@/features/account/labels'
import { t } from '../i18n'
import { Card, EmptyState, Skeleton, TapButton, normalTokens, px, useTokens } from '@/ui'
import { SectionTitle } from '@/ui/SectionTitle'
import { GrantRoleForm } from './GrantRoleForm'
import { StaffRoles_RoleFragmentDoc } from './StaffRoles.generated'

type StaffRole = StaffRoles_RoleFragment

// 工作人员 (admins only): who holds which role where; revoke with confirmation; grant below.
export function StaffRoles(props: { communityIds: ReadonlyArray<string> }) {
  const tokens = useTokens()
  const { data, error, refetch } = useQuery(StaffRolesDocument, { fetchPolicy: 'cache-and-network' })
  const [revokeRole] = useMutation(RevokeRoleDocument)

  const revoke = async (assignment: StaffRole) => {
    const answer = await Taro.showModal({
      title: t('workbench.staff.revokeTitle'),
      content: t('workbench.staff.revokeContent', {
        name: assignment.person.displayName,
        role: roleLabel(assignment.role),
        scope: assignment.scopeName,
      }),
      confirmText: t('workbench.staff.revoke'),
      confirmColor: normalTokens.color.danger,
    })
    if (!answer.confirm) return
    try {
      await revokeRole({ variables: { id: assignment.id } })
      void Taro.showToast({ title: t('workbench.staff.revoked'), icon: 'success' })
      void refetch()
    } catch {
      // Toasted by the error link.
    }
  }

  const roles = data?.staffRoles.edges.map((e) => useFragment(StaffRoles_RoleFragmentDoc, e.node))
  let list
  if (!roles) {
    list = error ? (
      <EmptyState
        title={t('workbench.claims.error.title')}
        body={t('workbench.claims.error.body')}
        action={{ label: t('common.retry'), onTap: () => void refetch() }}
      />
    ) : (
      <Skeleton rows={3} />
    )
  } else if (roles.length === 0) {
    list = <EmptyState title={t('workbench.staff.empty.title')} body={t('workbench.staff.empty.body')} />
  } else {
    list = roles.map((r) => (
      <Card key={r.id}>
        <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', justifyContent: 'space-between', gap: px(tokens.space.sm) }}>
          <View>
            <Text style={{ display: 'block', fontWeight: 'bold' }}>{r.person.displayName}</Text>
            <Text style={{ display: 'block' }}>{t('workbench.staff.line', { role: roleLabel(r.role), scope: r.scopeName })}</Text>
            <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{r.community.name}</Text>
          </View>
          <TapButton variant="secondary" onTap={() => revoke(r)}>
            {t('workbench.staff.revoke')}
          </TapButton>
        </View>
      </Card>
    ))
  }
  return (
    <View>
      {list}
      <SectionTitle>{t('workbench.grant.title')}</SectionTitle>
      <GrantRoleForm communityIds={props.communityIds} onGranted={() => void refetch()} />
    </View>
  )
}
