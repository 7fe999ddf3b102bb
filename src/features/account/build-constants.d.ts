/** True when this build offers the development sign-in form (config/index.ts; off when LINLI_RELEASE=1). */
declare const LINLI_DEV_SIGNIN: boolean
