import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { OpenInWeChat } from '@/features/activities/components/OpenInWeChat'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'

// The release browser build cannot sign up itself: 在微信中打开 asks the gateway for a URL Link,
// and says plainly when WeChat is not configured (the gateway answers null).

let server: CannedServer

beforeAll(async () => {
  server = await startCannedServer(() => ({ body: JSON.stringify({ data: { shareLink: null } }) }))
})
afterAll(() => server.close())
afterEach(cleanup)

describe('在微信中打开', () => {
  it('says WeChat is not configured when the gateway has no link', async () => {
    const client = appClientFor(server.url)
    render(
      <ApolloProvider client={client}>
        <OpenInWeChat activityId="a-buttons" />
      </ApolloProvider>,
    )
    fireEvent.click(screen.getByText('在微信中打开'))
    await screen.findByText(/暂时无法从网页打开微信/)
    const op = JSON.parse(server.received[0]?.body ?? '{}') as { operationName: string; variables: unknown }
    expect(op).toMatchObject({ operationName: 'ActivityShareLink', variables: { activityId: 'a-buttons' } })
  })
})
