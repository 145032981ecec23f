import {
  amountForApi,
  currencyDigits,
  decimalsOf,
  isNegativeAmount,
  toMinorUnits,
} from "../../common/money"

/** One line of the payout split, as typed. */
export type PayoutLineDraft = {
  key: string
  method_id: string
  amount: string
  reference: string
}

let nextKey = 0
export function newPayoutLine(method_id = "", amount = ""): PayoutLineDraft {
  nextKey += 1
  return { key: `line-${nextKey}`, method_id, amount, reference: "" }
}

/**
 * The split in integer minor units: each line's amount, what is still to
 * allocate, and whether the payout can be sent (every line has a method and
 * a positive amount, and they add up to the total exactly).
 */
export function allocatePayout(
  total: number | string,
  currencyCode: string,
  lines: PayoutLineDraft[],
) {
  // The purchase total may carry more decimals than the currency (unusual);
  // work at whichever precision is finer so the comparison stays exact.
  const digits = Math.max(currencyDigits(currencyCode), decimalsOf(total))
  const totalMinor = toMinorUnits(String(total), digits) ?? 0
  const lineMinors = lines.map((line) =>
    line.amount.trim() ? toMinorUnits(line.amount, digits) : 0,
  )
  const allocated = lineMinors.reduce<number>((sum, minor) => sum + (minor ?? 0), 0)
  const lineErrors = lines.map((line, index) => {
    const minor = lineMinors[index]
    if (!line.method_id) return "Choose a payout method."
    if (!line.amount.trim()) return "Enter an amount."
    if (isNegativeAmount(line.amount)) return "The amount must be greater than 0."
    if (minor === null) return `Enter an amount with at most ${digits} decimals.`
    if (minor <= 0) return "The amount must be greater than 0."
    return undefined
  })
  const remaining = totalMinor - allocated
  return {
    digits,
    totalMinor,
    remaining,
    lineErrors,
    canSubmit: lines.length > 0 && remaining === 0 && lineErrors.every((e) => !e),
  }
}

export function payoutLinesToBody(lines: PayoutLineDraft[]) {
  return {
    lines: lines.map((line) => ({
      method_id: line.method_id,
      amount: amountForApi(line.amount),
      reference: line.reference.trim() || null,
    })),
  }
}
