/**
 * Width of a string set in Noto Sans Regular (the documents' font, see
 * ../fonts.ts), from the font's advance widths (1/1000 em) for printable
 * ASCII. Used to break strings that have no spaces (serial numbers, IMEIs),
 * which react-pdf cannot wrap without inserting a hyphen that would change
 * the serial.
 */

// Read from NotoSans_400Regular.ttf (@expo-google-fonts/noto-sans 0.4.2) with fontkit.
// prettier-ignore
const NOTO_SANS_ASCII_WIDTHS = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, //  !"#$%&'()*+,-./
  572, 572, 572, 572, 572, 572, 572, 572, 572, 572, 268, 268, 572, 572, 572, 434, // 0-9 :;<=>?
  899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907, 760, 781, // @A-O
  605, 781, 622, 549, 556, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444, // P-Z [\]^_
  281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, // `a-o
  615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572, //      p-z {|}~
]

/**
 * Characters outside printable ASCII are counted as wide as the widest
 * Latin, Greek or Cyrillic letter of the font (1410: a Cyrillic ligature
 * letter), so a broken line is never wider than the column.
 */
const FALLBACK_WIDTH = 1410

function charWidth(char: string): number {
  const code = char.charCodeAt(0)
  return NOTO_SANS_ASCII_WIDTHS[code - 32] ?? FALLBACK_WIDTH
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
