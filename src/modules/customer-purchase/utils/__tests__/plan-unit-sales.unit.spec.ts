import { MathBN } from "@medusajs/framework/utils"
import { planUnitSales, unitNetAmount, type SellableItem } from "../plan-unit-sales"

/** An amount as its exact decimal string. */
const dec = (value: Parameters<typeof MathBN.convert>[0]) => MathBN.convert(value).toString()

const item = (id: string, stocked: string, quantity = 1, sold = 0, cost = "100"): SellableItem => ({
  id,
  variant_id: "variant_1",
  quantity,
  sold_quantity: sold,
  unit_cost: cost,
  stocked_at: stocked,
})

describe("unitNetAmount", () => {
  it("spreads a line's net total over its units in cents, the rounding on the last unit", () => {
    const units = [1, 2, 3].map((n) => dec(unitNetAmount("100", 3, n)))
    expect(units).toEqual(["33.33", "33.33", "33.34"])
  })

  it("keeps a single unit's amount whole", () => {
    expect(dec(unitNetAmount("269.1", 1, 1))).toBe("269.1")
  })
})

describe("planUnitSales", () => {
  const line = { line_item_id: "line_1", variant_id: "variant_1", quantity: 2, kept_units: 2, net_total: "300" }

  it("takes the units stocked first, across items, and never more than an item has unsold", () => {
    const plan = planUnitSales([line], [], [item("b", "2026-12-02"), item("a", "2026-12-01", 1, 1), item("c", "2026-12-03")], new Map())
    expect(plan.sales.map((s) => [s.item_id, s.line_sequence, dec(s.amount)])).toEqual([
      ["b", 1, "150"],
      ["c", 2, "150"],
    ])
    expect([...plan.sold_delta]).toEqual([
      ["b", 1],
      ["c", 1],
    ])
  })

  it("reverses the line's latest sales beyond what the order keeps, and writes nothing when they match", () => {
    const active = [1, 2].map((n) => ({
      id: `sale_${n}`,
      item_id: n === 1 ? "a" : "b",
      order_line_item_id: "line_1",
      line_sequence: n,
      amount: "150",
      unit_cost: "100",
    }))
    const returned = planUnitSales([{ ...line, kept_units: 1 }], active, [], new Map([["line_1", 2]]))
    expect(returned.sales).toEqual([])
    expect(returned.reversals.map((s) => s.id)).toEqual(["sale_2"])
    expect(planUnitSales([line], active, [], new Map([["line_1", 2]]))).toMatchObject({ sales: [], reversals: [] })
  })

  it("leaves units unmatched when the variant has no bought unit left", () => {
    expect(planUnitSales([line], [], [item("a", "2026-12-01", 1, 1)], new Map()).sales).toEqual([])
  })
})
