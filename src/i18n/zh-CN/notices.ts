// Strings of the notices journey (keys prefixed 'notices.'), merged into src/i18n/zh-CN.ts.
export const noticesMessages = {} as const
