/**
 * What a file's first bytes say it is, for the types a purchase may have
 * attached (JPEG, PNG, GIF, WebP, HEIC/HEIF, PDF), or null. The declared
 * Content-Type of an upload is the client's word only: an HTML page, an SVG
 * with a script or an .exe declared as image/png must not be stored and later
 * served as one.
 */
export function sniffFileType(buffer: Buffer): string | null {
  const starts = (bytes: number[], offset = 0) =>
    buffer.length >= offset + bytes.length && bytes.every((byte, i) => buffer[offset + i] === byte)
  const ascii = (text: string, offset = 0) => starts([...Buffer.from(text, "latin1")], offset)

  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg"
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  if (ascii("GIF87a") || ascii("GIF89a")) return "image/gif"
  if (ascii("RIFF") && ascii("WEBP", 8)) return "image/webp"
  if (ascii("%PDF-")) return "application/pdf"
  if (ascii("ftyp", 4)) {
    const brand = buffer.subarray(8, 12).toString("latin1")
    if (["heic", "heix", "heim", "heis", "hevc", "hevx"].includes(brand)) return "image/heic"
    if (["mif1", "msf1", "heif"].includes(brand)) return "image/heif"
  }
  return null
}

/** Declared types that the sniffed type satisfies (HEIC files are often declared HEIF and back). */
export function declaredMatches(declared: string, sniffed: string) {
  const family = (type: string) => (type === "image/heif" ? "image/heic" : type)
  return family(declared.toLowerCase()) === family(sniffed)
}
