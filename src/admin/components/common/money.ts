/**
 * Money helpers for the admin. Amounts come from the API as major-unit
 * numbers (150, 2.5) and are sent back as decimal strings ("2.50"). Sums and
 * comparisons are done in integer minor units so that 0.1 + 0.2 is exactly
 * 0.3, never a float.
 */

/** How many decimals a currency has (EUR 2, JPY 0, KWD 3). */
export function currencyDigits(currencyCode: string): number {
  try {
    return (
      new Intl.NumberFormat("en", {
        style: "currency",
        currency: currencyCode.toUpperCase(),
      }).resolvedOptions().maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/** The currency's sign in the admin's locale ("€" for eur), else its code. */
export function currencySymbol(currencyCode: string): string {
  try {
    return (
      new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() })
        .formatToParts(0)
        .find((part) => part.type === "currency")?.value ?? currencyCode.toUpperCase()
    )
  } catch {
    return currencyCode.toUpperCase()
  }
}

/** "€1,234.50" for (1234.5, "eur"); falls back to "1234.5 XYZ". */
export function formatAmount(
  amount: number | string | null | undefined,
  currencyCode: string | null | undefined,
): string {
  if (amount === null || amount === undefined || amount === "") {
    return "-"
  }
  const value = Number(amount)
  if (!currencyCode) {
    return String(amount)
  }
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(value)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

const DECIMAL = /^\s*(\d*)(?:[.,](\d*))?\s*$/

/**
 * Parses a typed decimal ("12", "12.5", "12,50") into integer minor units
 * with `digits` decimals. Returns null for anything else, including more
 * decimals than the currency has.
 */
export function toMinorUnits(input: string | number, digits: number): number | null {
  const text = typeof input === "number" ? numberToPlainString(input) : input
  const match = DECIMAL.exec(text)
  if (!match || (match[1] === "" && !match[2])) {
    return null
  }
  const whole = match[1] || "0"
  const fraction = match[2] ?? ""
  if (fraction.length > digits) {
    // Accept trailing zeros beyond the currency's precision ("1.500" in EUR).
    if (/[^0]/.test(fraction.slice(digits))) {
      return null
    }
  }
  const padded = fraction.slice(0, digits).padEnd(digits, "0")
  const minor = Number(whole + padded)
  return Number.isSafeInteger(minor) ? minor : null
}

/** 1250 with 2 digits → "12.50". */
export function fromMinorUnits(minor: number, digits: number): string {
  const negative = minor < 0
  const text = String(Math.abs(minor)).padStart(digits + 1, "0")
  const whole = digits ? text.slice(0, -digits) : text
  const fraction = digits ? `.${text.slice(-digits)}` : ""
  return `${negative ? "-" : ""}${whole}${fraction}`
}

/** A number as plain decimal text (no exponent), e.g. 1e-7 → "0.0000001". */
function numberToPlainString(value: number): string {
  const text = String(value)
  if (!/e/i.test(text)) {
    return text
  }
  return value.toFixed(20).replace(/\.?0+$/, "")
}

/** The number of decimals an amount from the API carries (2.125 → 3). */
export function decimalsOf(value: number | string): number {
  const text = typeof value === "number" ? numberToPlainString(value) : value
  const dot = text.indexOf(".")
  return dot === -1 ? 0 : text.length - dot - 1
}

/** True for typed text that is a negative number ("-3", " -0.5"). */
export function isNegativeAmount(input: string): boolean {
  return /^\s*-\s*\d/.test(input)
}

/** True for a typed amount that is a decimal greater than zero. */
export function isPositiveAmount(input: string, digits: number): boolean {
  const minor = toMinorUnits(input, digits)
  return minor !== null && minor > 0
}

/** Normalises a typed amount for the API ("12,5" → "12.5"). */
export function amountForApi(input: string): string {
  return input.trim().replace(",", ".")
}
