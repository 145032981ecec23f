import { declaredMatches, sniffFileType } from "../sniff-file-type"

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

describe("sniffFileType", () => {
  it.each([
    [PNG, "image/png"],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "image/jpeg"],
    [Buffer.from("GIF89a\x01\x00", "latin1"), "image/gif"],
    [Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]), "image/webp"],
    [Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic")]), "image/heic"],
    [Buffer.from("%PDF-1.7\n"), "application/pdf"],
  ])("recognises %#", (buffer, type) => {
    expect(sniffFileType(buffer)).toBe(type)
  })

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ["<!doctype html><html><script>alert(1)</script></html>"],
    ["MZ\x90\x00\x03\x00\x00\x00"],
    ["  %PDF-1.4 (not at the start)"],
    [""],
  ])("refuses %j", (content) => {
    expect(sniffFileType(Buffer.from(content, "latin1"))).toBeNull()
  })

  it("matches HEIC and HEIF declarations either way, nothing else", () => {
    expect(declaredMatches("image/heif", "image/heic")).toBe(true)
    expect(declaredMatches("IMAGE/PNG", "image/png")).toBe(true)
    expect(declaredMatches("image/png", "image/jpeg")).toBe(false)
  })
})
