import { computeOrderDepositReturns } from "../utils/compute-order-deposit-returns"

const phoneLine = { reference: "item-deposit", reference_id: "idep_1", amount: 60, metadata: { variant_id: "var_phone" } }
const deposit = (overrides: Record<string, unknown> = {}) => ({
  deposit_id: "idep_1",
  variant_id: "var_phone",
  amount_per_unit: 30,
  amount: 60,
  returned_amount: 0,
  ...overrides,
})
const order = (detail: Record<string, number>, quantity = 2, pending = -200) => ({
  items: [{ variant_id: "var_phone", quantity, detail }],
  credit_lines: [phoneLine],
  summary: { pending_difference: pending },
})
const numbers = (shares: ReturnType<typeof computeOrderDepositReturns>) =>
  shares.map((s) => [s.deposit_id, s.kept.numeric, s.returned_amount.numeric, s.amount.numeric, s.credit_line_amount.numeric])

describe("computeOrderDepositReturns", () => {
  it("returns nothing while the order keeps every unit", () => {
    expect(numbers(computeOrderDepositReturns(order({}), [deposit()]))).toEqual([["idep_1", 60, 0, 0, 0]])
  })

  it("returns one unit's worth of a 2-unit deposit when one of two phones comes back", () => {
    expect(numbers(computeOrderDepositReturns(order({ return_received_quantity: 1 }), [deposit()]))).toEqual([
      ["idep_1", 30, 30, 30, 30],
    ])
  })

  it("returns all of it when both come back, or an edit removes them, or they are written off", () => {
    expect(numbers(computeOrderDepositReturns(order({ return_received_quantity: 2 }), [deposit()]))[0][3]).toBe(60)
    expect(numbers(computeOrderDepositReturns(order({}, 0), [deposit()]))[0][3]).toBe(60)
    expect(numbers(computeOrderDepositReturns(order({ written_off_quantity: 2 }), [deposit()]))[0][3]).toBe(60)
  })

  it("writes only what did not come back before", () => {
    const shares = computeOrderDepositReturns(order({ return_received_quantity: 2 }), [deposit({ returned_amount: 30 })])
    expect(numbers(shares)).toEqual([["idep_1", 0, 60, 30, 30]])
    const again = computeOrderDepositReturns(order({ return_received_quantity: 2 }), [deposit({ returned_amount: 60 })])
    expect(numbers(again)).toEqual([["idep_1", 0, 60, 0, 0]])
  })

  it("caps the credit line at what the order owes, and skips it when nothing is owed", () => {
    expect(numbers(computeOrderDepositReturns(order({ return_received_quantity: 2 }, 2, -40), [deposit()]))[0][4]).toBe(40)
    expect(numbers(computeOrderDepositReturns(order({ return_received_quantity: 2 }, 2, 0), [deposit()]))[0][4]).toBe(0)
    expect(numbers(computeOrderDepositReturns(order({ return_received_quantity: 2 }, 2, 15), [deposit()]))[0][4]).toBe(0)
  })

  it("keeps no more than consumed when the deposit paid less than its units' worth", () => {
    // 30/unit, but only 20 was used (capped at the discounted price): one phone kept keeps 20.
    const shares = computeOrderDepositReturns(order({ return_received_quantity: 1 }, 2), [deposit({ amount: 20 })])
    expect(numbers(shares)).toEqual([["idep_1", 20, 0, 0, 0]])
  })

  it("lets two deposits of one variant share the units kept", () => {
    const two = {
      ...order({ return_received_quantity: 1 }),
      credit_lines: [
        { ...phoneLine, amount: 30 },
        { ...phoneLine, reference_id: "idep_2", amount: 30 },
      ],
    }
    const shares = computeOrderDepositReturns(two, [deposit({ amount: 30 }), deposit({ deposit_id: "idep_2", amount: 30 })])
    expect(numbers(shares)).toEqual([
      ["idep_1", 30, 0, 0, 0],
      ["idep_2", 0, 30, 30, 30],
    ])
  })
})
