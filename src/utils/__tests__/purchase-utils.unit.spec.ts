import { formatPurchaseNumber, parsePurchaseNumber } from "../purchase-number"
import { itemTotal, purchaseTotal, toAmount } from "../purchase-totals"
import { maskIdNumber } from "../mask-id-number"

describe("purchase totals", () => {
  it("adds decimal prices without floating-point drift", () => {
    const items = [
      { quantity: 3, unit_price: "0.1" },
      { quantity: 1, unit_price: 0.2 },
    ]
    // 0.1 * 3 + 0.2 is 0.5000000000000001 in floating point.
    expect(purchaseTotal(items).toString()).toBe("0.5")
    expect(toAmount(itemTotal(items[0]))).toBe(0.3)
  })

  it("is zero for no items", () => {
    expect(toAmount(purchaseTotal([]))).toBe(0)
  })
})

describe("purchase numbers", () => {
  it("prints and parses P-numbers", () => {
    expect(formatPurchaseNumber(1001)).toBe("P-1001")
    for (const text of ["P-1001", "p1001", " 1001 ", "P 1001"]) {
      expect(parsePurchaseNumber(text)).toBe(1001)
    }
    for (const text of ["Sam", "P-", "1001a", ""]) {
      expect(parsePurchaseNumber(text)).toBeUndefined()
    }
  })
})

describe("ID masking", () => {
  it("shows only the last four characters", () => {
    expect(maskIdNumber("S9AB")).toBe("•••• S9AB")
    expect(maskIdNumber(null)).toBeNull()
  })
})
