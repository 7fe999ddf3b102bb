import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ClaimForm, type ClaimCommunities } from '@/features/account/components/ClaimForm'
import { emptyClaim, hasErrors, validateClaim, type ClaimErrors, type ClaimValues } from '@/features/account/claim-form'
import { makeFragmentData } from '@/graphql/generated/fragment-masking'
import { Places_CommunityFragmentDoc, Places_CompoundFragmentDoc } from '@/lib/places.generated'
import { ElderModeProvider } from '@/ui'

afterEach(cleanup)

const compound = makeFragmentData(
  {
    __typename: 'Compound',
    id: 'cp1',
    name: '众望小区',
    buildings: [
      { __typename: 'Building', id: 'b1', name: '1号楼' },
      { __typename: 'Building', id: 'b2', name: '2号楼' },
    ],
  },
  Places_CompoundFragmentDoc,
)
const communities: ClaimCommunities = [
  makeFragmentData({ __typename: 'Community', id: 'c1', name: '东营盘社区', compounds: [{ __typename: 'Compound', ...compound }] }, Places_CommunityFragmentDoc),
]

/** The form wired the way the claim page wires it: validate on submit, submit only when clean. */
function Harness(props: { onSubmit(values: ClaimValues): void; formError?: string }) {
  const [values, setValues] = useState<ClaimValues>({ ...emptyClaim, communityId: 'c1', compoundId: 'cp1' })
  const [errors, setErrors] = useState<ClaimErrors>({})
  return (
    <ElderModeProvider platform={{ fontSizeScaleFactor: () => 1, loadChoice: () => 'off', saveChoice: () => undefined }}>
      <ClaimForm
        communities={communities}
        values={values}
        errors={errors}
        formError={props.formError}
        submitting={false}
        onChange={setValues}
        onSubmit={() => {
          const found = validateClaim(values)
          setErrors(found)
          if (!hasErrors(found)) props.onSubmit(values)
        }}
      />
    </ElderModeProvider>
  )
}

async function type(placeholder: string, value: string) {
  // Taro's H5 <Input> is a <taro-input-core> host that renders its native <input> a moment later;
  // the native one fires the events.
  const input = await waitFor(() => {
    const found = screen.getAllByPlaceholderText(placeholder).find((el) => el.tagName === 'INPUT')
    if (!found) throw new Error(`no input with placeholder ${placeholder} yet`)
    return found
  })
  fireEvent.input(input, { target: { value } })
}

describe('ClaimForm', () => {
  it('shows each field error beside its field and does not submit', () => {
    const onSubmit = vi.fn()
    render(<Harness onSubmit={onSubmit} />)
    fireEvent.click(screen.getByText('提交认证'))
    expect(screen.getByText('⚠ 请选择楼栋')).toBeTruthy()
    expect(screen.getByText('⚠ 请填写单元（1 到 16 个字）')).toBeTruthy()
    expect(screen.getByText('⚠ 请填写房号（1 到 16 个字）')).toBeTruthy()
    expect(screen.getByText('⚠ 面积请填 1 到 10000 之间的数字（单位：平方米）')).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('submits the chosen building and typed values once they are valid', async () => {
    const onSubmit = vi.fn()
    render(<Harness onSubmit={onSubmit} />)
    fireEvent.click(screen.getByText('2号楼'))
    await type('单元', '3')
    await type('房号', '402')
    await type('面积(平方米)', '20000')
    fireEvent.click(screen.getByText('租户'))
    fireEvent.click(screen.getByText('提交认证'))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByText('⚠ 面积请填 1 到 10000 之间的数字（单位：平方米）')).toBeTruthy()
    await type('面积(平方米)', '88')
    fireEvent.click(screen.getByText('提交认证'))
    expect(onSubmit).toHaveBeenCalledWith({
      communityId: 'c1',
      compoundId: 'cp1',
      buildingId: 'b2',
      unit: '3',
      room: '402',
      area: '88',
      relation: 'TENANT',
    })
    // The chosen building and relation say so in words (✓), not by colour alone.
    for (const label of ['2号楼', '租户']) {
      const chip = screen.getByText(label).closest('[role="radio"]')
      expect(chip?.getAttribute('aria-checked')).toBe('true')
      expect(chip?.textContent).toBe(`✓${label}`)
    }
    expect(screen.getByText('1号楼').closest('[role="radio"]')?.textContent).toBe('1号楼')
  })

  it('shows a server message beside the form', () => {
    render(<Harness onSubmit={vi.fn()} formError="您已提交过这一户的认证申请,请等待审核" />)
    expect(screen.getByText('⚠ 您已提交过这一户的认证申请,请等待审核')).toBeTruthy()
  })
})
