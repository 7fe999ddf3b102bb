import { createApolloClient } from '@/graphql/client'
import { createTaroFetch, type TaroRequestFn } from '@/graphql/taro-fetch'
import { createWxRequest, promisifyWxRequest } from './wx-request'

/** The app's own Apollo client and Taro.request fetch, talking over real HTTP to `url` (a stand-in server). */
export function appClientFor(url: string) {
  // promisifyWxRequest gives Taro.request's shape; TaroRequestFn is the narrower type taroFetch asks for.
  const request = promisifyWxRequest(createWxRequest()) as unknown as TaroRequestFn
  return createApolloClient({ uri: url, fetch: createTaroFetch(request) })
}
