/**
 * Width of a string set in Helvetica (the PDF standard font), from the
 * font's published metrics (AFM, 1/1000 em) for printable ASCII. Used to
 * break strings that have no spaces (serial numbers, IMEIs), which react-pdf
 * cannot wrap without inserting a hyphen that would change the serial.
 */

// prettier-ignore
const HELVETICA_ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, //  !"#$%&'()*+,-./
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 :;<=>?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [\]^_
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, //      p-z {|}~
]

/** Characters outside printable ASCII are counted as wide as "W", to be safe. */
const FALLBACK_WIDTH = 944

function charWidth(char: string): number {
  const code = char.charCodeAt(0)
  return HELVETICA_ASCII_WIDTHS[code - 32] ?? FALLBACK_WIDTH
}

/**
 * Splits `text` into lines no wider than `maxWidth` points at `fontSize`,
 * breaking at spaces where it can and inside a word only where it must.
 * No character is added or removed (other than the spaces broken at).
 */
export function breakToWidth(text: string, fontSize: number, maxWidth: number): string[] {
  const maxUnits = (maxWidth * 1000) / fontSize
  const lines: string[] = []
  for (const word of text.trim().split(/\s+/)) {
    let line = lines.length > 0 ? lines.pop()! : ""
    let width = [...line].reduce((sum, c) => sum + charWidth(c), 0)
    const space = line ? charWidth(" ") : 0
    const wordWidth = [...word].reduce((sum, c) => sum + charWidth(c), 0)
    if (line && width + space + wordWidth <= maxUnits) {
      lines.push(`${line} ${word}`)
      continue
    }
    if (line) {
      lines.push(line)
    }
    line = ""
    width = 0
    for (const char of word) {
      const w = charWidth(char)
      if (line && width + w > maxUnits) {
        lines.push(line)
        line = ""
        width = 0
      }
      line += char
      width += w
    }
    lines.push(line)
  }
  return lines
}
