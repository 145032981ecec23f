import { csvCell, csvRow } from "../csv"

describe("csv", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvRow(["a", "b,c", 'say "hi"', "two\nlines", null, 3])).toBe('a,"b,c","say ""hi""","two\nlines",,3\r\n')
  })

  it("neutralises formulas but leaves phone numbers and signed numbers", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0")
    expect(csvCell("-2+3")).toBe("'-2+3")
    expect(csvCell("+44 7700 900123")).toBe("+44 7700 900123")
    expect(csvCell("-12.50")).toBe("-12.50")
  })
})
