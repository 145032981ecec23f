import type { HoldRule } from "../../../types/customer-purchase"

/** What a stocked item is, as far as hold rules can tell. */
export type HoldSubject = {
  category_ids: string[]
  type_id: string | null
  tag_ids: string[]
  item_metadata: Record<string, unknown> | null
}

export type HoldLength = { days: number; rule: HoldRule | null }

/** Whether the merchant's settings hold any stocked item at all (a default or a rule). */
export const holdPeriodsApply = (settings: { default_hold_days?: number | null; hold_rules?: HoldRule[] | null }) =>
  !!settings.default_hold_days || !!settings.hold_rules?.length

function matches(rule: HoldRule, subject: HoldSubject) {
  switch (rule.match) {
    case "product_category":
      return subject.category_ids.includes(rule.value)
    case "product_type":
      return subject.type_id === rule.value
    case "product_tag":
      return subject.tag_ids.includes(rule.value)
    case "item_metadata":
      return !!rule.key && String(subject.item_metadata?.[rule.key] ?? "") === rule.value
    default:
      return false
  }
}

/**
 * How long an item is held: the longest of the rules it matches (a firearm
 * rule of 30 days beats a general 7), else the default. 0 means no hold.
 */
export function holdLength(
  rules: HoldRule[] | null | undefined,
  defaultDays: number | null | undefined,
  subject: HoldSubject
): HoldLength {
  let best: HoldLength | null = null
  for (const rule of rules ?? []) {
    if (matches(rule, subject) && (!best || rule.days > best.days)) {
      best = { days: rule.days, rule }
    }
  }
  return best ?? { days: Math.max(0, defaultDays ?? 0), rule: null }
}

const DAY_MS = 24 * 60 * 60 * 1000

export function holdReleaseDate(from: Date, days: number) {
  return new Date(from.getTime() + days * DAY_MS)
}
