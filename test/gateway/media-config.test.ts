import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../gateway/config'

// The media and message-push settings are validated at start, naming what is wrong.

const production = { NODE_ENV: 'production', MEDIA_SIGNING_SECRET: 'a-production-secret-of-32-chars!' }

describe('media and WeChat push settings', () => {
  it('reads the image limits, with defaults that hold a 12-megapixel photo', () => {
    expect(loadConfig({}).media).toMatchObject({ maxEdgePx: 2048, maxInputPixels: 4096 * 3072, maxDecodedBytes: 4096 * 3072 * 3 })
    expect(loadConfig({ MEDIA_MAX_EDGE_PX: '1280', MEDIA_MAX_INPUT_PIXELS: '1000000', MEDIA_MAX_DECODED_BYTES: '3000000' }).media).toMatchObject({ maxEdgePx: 1280, maxInputPixels: 1_000_000, maxDecodedBytes: 3_000_000 })
    expect(() => loadConfig({ MEDIA_MAX_EDGE_PX: '10' })).toThrow(/MEDIA_MAX_EDGE_PX/)
    expect(() => loadConfig({ MEDIA_MAX_DECODED_BYTES: 'lots' })).toThrow(/MEDIA_MAX_DECODED_BYTES/)
  })

  it('requires WECHAT_PUSH_TOKEN in production when WeChat is configured, since image checks report back by push', () => {
    const wechat = { WECHAT_APPID: 'wx123', WECHAT_SECRET: 's' }
    expect(() => loadConfig({ ...production, ...wechat })).toThrow(ConfigError)
    expect(() => loadConfig({ ...production, ...wechat })).toThrow(/WECHAT_PUSH_TOKEN/)
    expect(loadConfig({ ...production, ...wechat, WECHAT_PUSH_TOKEN: 'linliPush2026' }).wechat).toMatchObject({ pushToken: 'linliPush2026', pushAesKey: undefined })
    expect(loadConfig({ ...wechat }).wechat.pushToken).toBeUndefined() // outside production it only means images wait
  })

  it('refuses a push token or EncodingAESKey WeChat would not accept', () => {
    expect(() => loadConfig({ WECHAT_PUSH_TOKEN: 'no spaces allowed' })).toThrow(/WECHAT_PUSH_TOKEN/)
    expect(() => loadConfig({ WECHAT_PUSH_AES_KEY: 'short' })).toThrow(/WECHAT_PUSH_AES_KEY/)
    expect(loadConfig({ WECHAT_PUSH_AES_KEY: 'a'.repeat(43) }).wechat.pushAesKey).toBe('a'.repeat(43))
  })
})
