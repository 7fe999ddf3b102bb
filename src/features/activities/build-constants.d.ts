/**
 * The WeChat subscribe-message template for activity reminders, when config/index.ts defines it
 * (defineConstants). Read with `typeof` so a build without it falls back to a placeholder.
 */
declare const LINLI_ACTIVITY_REMINDER_TEMPLATE_ID: string | undefined
