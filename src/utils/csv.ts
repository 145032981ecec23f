/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line
 * break. Text that a spreadsheet would run as a formula (= + - @ at the
 * start) is prefixed with ' so an export opened in Excel cannot execute a
 * seller-supplied formula (CSV injection). A phone number or a signed number
 * (only digits, spaces and + - ( ) . /) calls nothing and is left as it is.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) {
    return ""
  }
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^[+-][\d\s().\/-]*$/.test(text)) {
    text = `'${text}`
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n"
}
