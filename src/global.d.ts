/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

/** The GraphQL endpoint, fixed at build time by config/index.ts (env LINLI_GATEWAY_URL). */
declare const LINLI_GATEWAY_URL: string
