import { holdLength, holdReleaseDate } from "../utils/hold-length"

const subject = {
  category_ids: ["pcat_jewellery"],
  type_id: "ptyp_phone",
  tag_ids: ["ptag_gold"],
  item_metadata: { category: "firearm" },
}

describe("holdLength", () => {
  it("uses the default when no rule matches, and 0 means no hold", () => {
    expect(holdLength([], 7, { ...subject, item_metadata: null })).toEqual({ days: 7, rule: null })
    expect(holdLength(null, null, subject)).toEqual({ days: 0, rule: null })
  })

  it("matches category, type, tag and item metadata; the longest matching rule wins", () => {
    const rules = [
      { match: "product_category" as const, value: "pcat_jewellery", days: 14 },
      { match: "product_type" as const, value: "ptyp_phone", days: 7 },
      { match: "product_tag" as const, value: "ptag_gold", days: 21 },
      { match: "item_metadata" as const, key: "category", value: "firearm", days: 30 },
      { match: "product_category" as const, value: "pcat_other", days: 90 },
    ]
    expect(holdLength(rules, 3, subject)).toEqual({ days: 30, rule: rules[3] })
    expect(holdLength(rules.slice(0, 3), 3, subject).days).toBe(21)
    expect(holdLength(rules.slice(0, 2), 3, subject).days).toBe(14)
    expect(holdLength(rules.slice(1, 2), 3, subject).days).toBe(7)
    // A matching rule shorter than the default still decides (rules are exceptions).
    expect(holdLength([{ match: "product_type", value: "ptyp_phone", days: 1 }], 7, subject).days).toBe(1)
    expect(holdLength([{ match: "item_metadata", key: "category", value: "watch", days: 9 }], 2, subject).days).toBe(2)
  })

  it("releases whole days later", () => {
    expect(holdReleaseDate(new Date("2026-12-03T10:00:00Z"), 7).toISOString()).toBe("2026-12-10T10:00:00.000Z")
  })
})
