import { breakToWidth } from "../documents/text-width"
import { formatDate, formatMoney, humanize } from "../format"

describe("formatMoney", () => {
  it("formats decimal strings exactly, without going through a float", () => {
    expect(formatMoney("1234.50", "usd")).toBe("$1,234.50")
    expect(formatMoney("120.5", "EUR")).toBe("€120.50")
    expect(formatMoney("12345678901234567.89", "usd")).toBe("$12,345,678,901,234,567.89")
    expect(formatMoney("-3.10", "gbp")).toBe("-£3.10")
  })

  it("prints the currency's own symbol, which the embedded font has", () => {
    expect(formatMoney("1234.50", "inr")).toBe("₹1,234.50")
    expect(formatMoney("1234.50", "vnd")).toBe("₫1,235")
  })

  it("never throws on an unknown currency or a non-decimal amount", () => {
    expect(formatMoney("10.00", "not-a-currency")).toBe("10.00 NOT-A-CURRENCY")
    expect(formatMoney("n/a", "usd")).toBe("n/a USD")
  })
})

describe("formatDate", () => {
  it("prints a calendar date as that date, whatever the server's time zone", () => {
    expect(formatDate("2030-05-31")).toBe("May 31, 2030")
    expect(formatDate("not a date")).toBe("not a date")
  })
})

describe("humanize", () => {
  it("turns codes into words", () => {
    expect(humanize("returned_to_seller")).toBe("Returned to seller")
    expect(humanize("store_credit")).toBe("Store credit")
    expect(humanize("driving_licence")).toBe("Driving licence")
    expect(humanize("e-ID card")).toBe("E-ID card")
  })
})

describe("breakToWidth", () => {
  it("breaks a long serial into lines of the given width without changing a character", () => {
    const serial = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789WWWWMMMM"
    const lines = breakToWidth(serial, 8, 112)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join("")).toBe(serial)
  })

  it("leaves a serial that fits alone", () => {
    expect(breakToWidth("IMEI356930000001", 8, 112)).toEqual(["IMEI356930000001"])
    expect(breakToWidth("356930 000001", 8, 112)).toEqual(["356930 000001"])
  })
})
