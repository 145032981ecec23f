import { computeDepositLines, DepositCart } from "../utils/compute-deposit-lines"

const cart = (overrides: Partial<DepositCart> = {}): DepositCart => ({
  id: "cart_1",
  currency_code: "eur",
  customer_id: "cus_1",
  customer: { id: "cus_1", has_account: true },
  items: [{ variant_id: "var_phone", quantity: 2, total: 200 }],
  ...overrides,
})

const deposit = (overrides: Record<string, unknown> = {}) => ({
  id: "idep_1",
  customer_id: "cus_1",
  variant_id: "var_phone",
  currency_code: "eur",
  amount_per_unit: 25,
  remaining: 50,
  ...overrides,
})

const amounts = (lines: ReturnType<typeof computeDepositLines>) =>
  lines.map((line) => [line.deposit_id, line.amount.numeric])

describe("computeDepositLines", () => {
  it("applies a deposit for its variant, up to amount per unit × quantity", () => {
    expect(amounts(computeDepositLines(cart(), "cus_1", [deposit()]))).toEqual([["idep_1", 50]])
    const one = cart({ items: [{ variant_id: "var_phone", quantity: 1, total: 100 }] })
    expect(amounts(computeDepositLines(one, "cus_1", [deposit()]))).toEqual([["idep_1", 25]])
  })

  it("never exceeds the deposit's remaining amount nor the variant's line total", () => {
    expect(amounts(computeDepositLines(cart(), "cus_1", [deposit({ remaining: 10 })]))).toEqual([["idep_1", 10]])
    const cheap = cart({ items: [{ variant_id: "var_phone", quantity: 2, total: 30 }] })
    expect(amounts(computeDepositLines(cheap, "cus_1", [deposit()]))).toEqual([["idep_1", 30]])
  })

  it("shares a variant's line total between several deposits, oldest first", () => {
    const cheap = cart({ items: [{ variant_id: "var_phone", quantity: 2, total: 60 }] })
    const lines = computeDepositLines(cheap, "cus_1", [deposit(), deposit({ id: "idep_2" })])
    expect(amounts(lines)).toEqual([
      ["idep_1", 50],
      ["idep_2", 10],
    ])
  })

  it("adds up a variant's lines across several cart items", () => {
    const split = cart({
      items: [
        { variant_id: "var_phone", quantity: 1, total: 100 },
        { variant_id: "var_phone", quantity: 1, total: 100 },
      ],
    })
    expect(amounts(computeDepositLines(split, "cus_1", [deposit()]))).toEqual([["idep_1", 50]])
  })

  it("applies nothing for other variants, currencies or customers", () => {
    expect(computeDepositLines(cart(), "cus_1", [deposit({ variant_id: "var_book" })])).toEqual([])
    expect(computeDepositLines(cart(), "cus_1", [deposit({ currency_code: "usd" })])).toEqual([])
    expect(computeDepositLines(cart(), "cus_1", [deposit({ customer_id: "cus_2" })])).toEqual([])
  })

  it("applies nothing unless the cart's customer is the logged-in shopper", () => {
    // Core gives an anonymous cart that states an email that email's account.
    expect(computeDepositLines(cart(), null, [deposit()])).toEqual([])
    expect(computeDepositLines(cart(), "cus_2", [deposit()])).toEqual([])
  })

  it("applies nothing to a guest cart, even with the depositor's customer id", () => {
    const guest = cart({ customer: { id: "cus_1", has_account: false } })
    expect(computeDepositLines(guest, "cus_1", [deposit()])).toEqual([])
    expect(computeDepositLines(cart({ customer: null, customer_id: null }), "cus_1", [deposit()])).toEqual([])
    expect(computeDepositLines(cart({ completed_at: new Date() }), "cus_1", [deposit()])).toEqual([])
  })

  it("never goes below zero for a line with nothing to pay", () => {
    const free = cart({ items: [{ variant_id: "var_phone", quantity: 1, total: 0 }] })
    expect(computeDepositLines(free, "cus_1", [deposit()])).toEqual([])
  })
})
