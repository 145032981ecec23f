import { assertOnlineDepositAllowed, assertOnlineTopUpAllowed, depositLineOf } from "../utils/online-deposit-rules"

const settings = {
  online_enabled: true,
  online_product_ids: ["prod_phone"],
  online_min_percent: 20,
  online_max_percent: 50,
}

const allowed = (overrides: Partial<typeof settings> = {}, amount: string | number = 30, unit_price: number | null = 100) =>
  () => assertOnlineDepositAllowed({ ...settings, ...overrides }, { product_id: "prod_phone", unit_price, amount_per_unit: amount })

describe("assertOnlineDepositAllowed", () => {
  it("takes an amount between the minimum and maximum share, bounds included", () => {
    expect(allowed({}, 20)).not.toThrow()
    expect(allowed({}, 50)).not.toThrow()
    expect(allowed({}, "33.333")).not.toThrow()
  })

  it("refuses below the minimum and above the maximum by the smallest step, naming amount_per_unit", () => {
    expect(allowed({}, "19.999")).toThrow("amount_per_unit: must be at least 20% of the price (20)")
    expect(allowed({}, "50.001")).toThrow("amount_per_unit: must be at most 50% of the price (50)")
  })

  it("compares exactly where a float would not (0.1 + 0.2 of a 1.5 price)", () => {
    expect(allowed({ online_min_percent: 20 }, "0.3", 1.5)).not.toThrow()
  })

  it("refuses when online deposits are off, the product does not accept them, or the variant has no price, naming variant_id", () => {
    expect(allowed({ online_enabled: false })).toThrow("variant_id: this store does not take deposits online")
    expect(allowed({ online_product_ids: ["prod_other"] })).toThrow("variant_id: this product does not accept deposits")
    expect(allowed({}, 30, null)).toThrow("variant_id: this variant has no price")
  })
})

describe("assertOnlineTopUpAllowed", () => {
  const deposit = { customer_id: "cus_1", status: "active", currency_code: "eur", amount_per_unit: 30 }
  const topUp = (amount: number, d: Partial<typeof deposit> = {}) => () =>
    assertOnlineTopUpAllowed(settings, { deposit: { ...deposit, ...d }, customer_id: "cus_1", currency_code: "EUR", unit_price: 100, amount_per_unit: amount })

  it("takes a top-up that keeps the deposit within the maximum share", () => {
    expect(topUp(20)).not.toThrow()
    expect(topUp(21)).toThrow("amount_per_unit: the deposit would then be more than 50% of the price")
  })

  it("refuses a closed deposit (409) or one in another currency", () => {
    expect(topUp(5, { status: "consumed" })).toThrow("only an active deposit can be topped up")
    expect(topUp(5, { currency_code: "usd" })).toThrow("deposit_id: the deposit is in another currency")
  })
})

describe("depositLineOf", () => {
  it("recognises deposit and top-up lines only", () => {
    expect(depositLineOf({ metadata: { item_deposit_line: { kind: "deposit", variant_id: "v", product_id: "p" } } })).toEqual(
      expect.objectContaining({ kind: "deposit" })
    )
    expect(depositLineOf({ metadata: { item_deposit_line: { kind: "other" } } })).toBeUndefined()
    expect(depositLineOf({ metadata: null })).toBeUndefined()
  })
})
