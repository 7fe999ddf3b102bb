import { useRouter } from '@tarojs/taro'
import { ProxyVoteScreen } from '../../components/ProxyVoteScreen'

export default function ProxyVotePage() {
  return <ProxyVoteScreen proposalId={useRouter().params.id ?? ''} />
}
