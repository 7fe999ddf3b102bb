import { useRouter } from '@tarojs/taro'
import { ProxiesScreen } from '../../components/ProxiesScreen'

export default function RosterProxiesPage() {
  return <ProxiesScreen compoundId={useRouter().params.compoundId ?? ''} />
}
