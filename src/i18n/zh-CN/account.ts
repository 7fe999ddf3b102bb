// Strings of the account journey (keys prefixed 'account.'), merged into src/i18n/zh-CN.ts.
export const accountMessages = {} as const
