/** Date display shared by the admin screens (the browser's locale). */

type DateValue = string | Date | null | undefined

const DAY: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric" }

/** `value` formatted with `options`; "-" for no date or an invalid one. */
function format(value: DateValue, options: Intl.DateTimeFormatOptions): string {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return "-"
  }
  return new Intl.DateTimeFormat(undefined, options).format(date)
}

/** "Nov 22, 2026". */
export function formatDate(value: DateValue): string {
  return format(value, DAY)
}

/** "Nov 22, 2026, 10:48 AM". */
export function formatDateTime(value: DateValue): string {
  return format(value, { ...DAY, hour: "2-digit", minute: "2-digit" })
}

/**
 * A date-only value (a deposit's expected_at) stored as midnight UTC: shown
 * as that calendar day wherever the admin is.
 */
export function formatDay(value: DateValue): string {
  return format(value, { ...DAY, timeZone: "UTC" })
}

/** A calendar date as YYYY-MM-DD (local), for date-only API fields. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The reverse of toIsoDate for a value stored at midnight UTC: that day, locally. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  if (!value) {
    return null
  }
  const date = new Date(value)
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
}

/** Local midnight `days` days ago, as an ISO timestamp. */
function daysAgo(days: number): string {
  const date = new Date()
  date.setHours(0, 0, 0, 0)
  date.setDate(date.getDate() - days)
  return date.toISOString()
}

/** The preset ranges of a list's "Created" filter. */
export function createdSinceOptions() {
  return [
    { label: "Today", value: { $gte: daysAgo(0) } },
    { label: "Last 7 days", value: { $gte: daysAgo(7) } },
    { label: "Last 30 days", value: { $gte: daysAgo(30) } },
    { label: "Last 90 days", value: { $gte: daysAgo(90) } },
  ]
}
