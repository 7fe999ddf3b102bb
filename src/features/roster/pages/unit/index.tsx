import { useRouter } from '@tarojs/taro'
import { UnitEditScreen } from '../../components/UnitEditScreen'

// 修改名册信息 (with ?id=&room=) or 补录一户 (without), for the compound in ?compoundId=.
export default function RosterUnitPage() {
  const params = useRouter().params
  return <UnitEditScreen compoundId={params.compoundId ?? ''} unitId={params.id || undefined} room={params.room || undefined} />
}
