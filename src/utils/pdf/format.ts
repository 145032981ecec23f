/**
 * Display formatting for the PDF documents. Formatting only: amounts stay the
 * decimal strings the caller produced with Medusa's BigNumber/MathBN, and no
 * arithmetic is ever done on them here.
 *
 * The locale is fixed ("en") rather than taken from the server's environment,
 * so that a receipt looks the same whichever machine renders it.
 */

const LOCALE = "en"
const DECIMAL = /^-?\d+(\.\d+)?$/

const moneyFormats = new Map<string, Intl.NumberFormat | null>()

function moneyFormat(currencyCode: string): Intl.NumberFormat | null {
  const code = currencyCode.toUpperCase()
  if (!moneyFormats.has(code)) {
    let format: Intl.NumberFormat | null = null
    try {
      // The embedded font has every symbol Intl prints (₹ ₩ ₪ ₫ ₱...: see
      // fonts.ts), so no currency falls back to its ISO code.
      format = new Intl.NumberFormat(LOCALE, { style: "currency", currency: code })
    } catch {
      // An unknown currency code must not make the whole document fail.
    }
    moneyFormats.set(code, format)
  }
  return moneyFormats.get(code)!
}

/**
 * "1234.5", "usd" -> "$1,234.50".
 *
 * The decimal string is passed to Intl as a string (Intl.NumberFormat v3,
 * Node >= 20), which formats it exactly instead of converting it to a float
 * first, so even very large amounts print digit for digit. Anything that is
 * not a plain decimal, or an unknown currency, is printed as given.
 */
export function formatMoney(amount: string, currencyCode: string): string {
  const value = String(amount).trim()
  const format = moneyFormat(currencyCode)
  if (!format || !DECIMAL.test(value)) {
    return `${value} ${currencyCode.toUpperCase()}`.trim()
  }
  // The string overload exists at runtime but is missing from the ES2021 lib
  // typings this project compiles against.
  return format.format(value as unknown as number)
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** An instant (ISO timestamp) as a date and time, in the server's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    return iso
  }
  // Some ICU versions put a narrow no-break space (U+202F) before "PM": the
  // font has it, but a plain space keeps the text searchable as typed.
  return new Intl.DateTimeFormat(LOCALE, {
    dateStyle: "medium",
    timeStyle: "short",
  })
    .format(date)
    .replace(/[\u2009\u202f]/g, " ")
}

/**
 * A calendar date (an ID document's expiry). Printed in UTC: "2030-05-31"
 * parses as UTC midnight, and formatting it in a time zone west of UTC would
 * print the day before.
 */
export function formatDate(value: string): string {
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return new Intl.DateTimeFormat(LOCALE, {
    dateStyle: "medium",
    timeZone: "UTC",
  }).format(date)
}

/**
 * "returned_to_seller" -> "Returned to seller". Only underscores (codes) are
 * turned into spaces: hyphens in free text ("ID-card") are kept.
 */
export function humanize(value: string): string {
  const text = value.replace(/_+/g, " ").trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}
