import { hasStaleDepositLine } from "../middlewares/resync-stale-deposit-lines"

const line = (amount: number, variant_id = "var_1") => ({
  reference: "item-deposit",
  amount,
  metadata: { variant_id },
})

describe("hasStaleDepositLine", () => {
  it("spots a deposit line paying more than its variant's lines cost", () => {
    const items = [{ variant_id: "var_1", total: 50 }]
    expect(hasStaleDepositLine({ credit_lines: [line(80)], items })).toBe(true)
    expect(hasStaleDepositLine({ credit_lines: [line(50)], items })).toBe(false)
    expect(hasStaleDepositLine({ credit_lines: [line(30), line(30)], items })).toBe(true)
  })

  it("ignores other credit lines and carts without deposits", () => {
    const items = [{ variant_id: "var_1", total: 10 }]
    expect(hasStaleDepositLine({ credit_lines: [{ reference: "store-credit", amount: 80 }], items })).toBe(false)
    expect(hasStaleDepositLine({ items })).toBe(false)
  })

  it("counts a variant whose item left the cart as stale", () => {
    expect(hasStaleDepositLine({ credit_lines: [line(10)], items: [] })).toBe(true)
  })
})
