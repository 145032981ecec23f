import { countryName, formatAddress, formatAddressLines } from "../format-address"

describe("formatAddress", () => {
  it("prints street, city province postcode and the country's name, as the admin does", () => {
    expect(
      formatAddress({ city: "Leeds", address_1: "1 High Street", postal_code: "LS1 1AA", country_code: "gb" })
    ).toBe("1 High Street, Leeds LS1 1AA, United Kingdom")
  })

  it("keeps the company and second line, and skips what is empty or not text", () => {
    expect(
      formatAddressLines({
        company: "Fix-It Ltd",
        address_1: "Unit 4",
        address_2: " Market Row ",
        city: "",
        province: "West Yorkshire",
        postal_code: 12345 as unknown as string,
        country_code: "",
      })
    ).toEqual(["Fix-It Ltd", "Unit 4", "Market Row", "West Yorkshire"])
  })

  it("has nothing to print for no address", () => {
    expect(formatAddress(null)).toBeNull()
    expect(formatAddress({})).toBeNull()
  })

  it("upper-cases a code it cannot name", () => {
    expect(countryName("de")).toBe("Germany")
    expect(countryName("zz")).toBe("ZZ") // "Unknown Region" to ICU
    expect(countryName("xx")).toBe("XX")
    expect(countryName("not-a-code")).toBe("NOT-A-CODE")
  })
})
