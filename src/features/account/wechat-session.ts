// Signing in inside the mini-program: wx.login's code goes to the gateway (signInWithWeChat) and
// the session token is stored. Silent on launch, and again whenever the gateway says the session
// expired. Everything platform-specific is passed in, so tests drive it without WeChat.

export interface WeChatSessionDeps {
  /** Taro.login: resolves with a one-time code. */
  login(): Promise<{ code: string }>
  /** signInWithWeChat(code) on the gateway: resolves with the session token. */
  exchange(code: string): Promise<string>
  hasToken(): boolean
  storeToken(token: string): void
  /** Subscribes to "session expired"; returns the unsubscribe. */
  onExpired(listener: () => void): () => void
  /** Called after a new token is stored (e.g. to refetch what pages show). */
  afterSignIn?(): void
  /** Called when signing in failed; the app keeps working signed out. */
  onFailure?(error: unknown): void
}

export interface WeChatSession {
  /** Signs in unless a token is already stored; resolves true when signed in afterwards. */
  ensureSignedIn(): Promise<boolean>
  /** Signs in again even with a stored token (the gateway refused it). */
  renew(): Promise<boolean>
  /** ensureSignedIn now, and renew on every expiry; returns the stop function. */
  start(): () => void
}

/** One sign-in at a time: concurrent callers (launch, several expired queries) share it. */
export function createWeChatSession(deps: WeChatSessionDeps): WeChatSession {
  let inFlight: Promise<boolean> | null = null

  function signIn(): Promise<boolean> {
    inFlight ??= (async () => {
      try {
        const { code } = await deps.login()
        const token = await deps.exchange(code)
        deps.storeToken(token)
        deps.afterSignIn?.()
        return true
      } catch (error) {
        deps.onFailure?.(error)
        return false
      } finally {
        inFlight = null
      }
    })()
    return inFlight
  }

  return {
    ensureSignedIn: () => (deps.hasToken() ? Promise.resolve(true) : signIn()),
    renew: signIn,
    start() {
      void (deps.hasToken() ? Promise.resolve(true) : signIn())
      return deps.onExpired(() => void signIn())
    },
  }
}
