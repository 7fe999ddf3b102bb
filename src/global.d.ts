/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

/** The GraphQL endpoint, fixed at build time by config/index.ts (env LINLI_GATEWAY_URL). */
declare const LINLI_GATEWAY_URL: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | string
  }
}
