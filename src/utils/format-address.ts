/**
 * An address as Medusa's admin prints one (dashboard `getFormattedAddress`):
 * company, street lines, "city province postcode", then the country's name
 * (not its lower-case ISO code). Shared by the receipt and the admin's seller
 * section so both read alike. Runs in Node and in the browser.
 */
export type AddressParts = {
  company?: unknown
  address_1?: unknown
  address_2?: unknown
  city?: unknown
  province?: unknown
  postal_code?: unknown
  country_code?: unknown
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "")

/** "gb" → "United Kingdom"; an unknown code stays, upper-cased. */
export function countryName(code: string): string {
  const upper = code.toUpperCase()
  try {
    const name = new Intl.DisplayNames(["en"], { type: "region" }).of(upper)
    // ICU answers "Unknown Region" for reserved codes such as ZZ.
    return name && name !== upper && name !== "Unknown Region" ? name : upper
  } catch {
    return upper // not a region code Intl knows
  }
}

export function formatAddressLines(address: AddressParts | null | undefined): string[] {
  if (!address) {
    return []
  }
  const country = text(address.country_code)
  return [
    text(address.company),
    text(address.address_1),
    text(address.address_2),
    [text(address.city), text(address.province), text(address.postal_code)].filter(Boolean).join(" "),
    country ? countryName(country) : "",
  ].filter(Boolean)
}

/** The lines joined on one line: "1 High Street, Leeds LS1 1AA, United Kingdom". */
export function formatAddress(address: AddressParts | null | undefined): string | null {
  const lines = formatAddressLines(address)
  return lines.length ? lines.join(", ") : null
}
