/**
 * The PDF standard fonts (Helvetica) can print only the Windows-1252
 * ("WinAnsi") character set: ASCII, Latin-1 and a few extras (€ – — “ ” •
 * Š Ž Œ ™ ...). Anything else does not fail: it prints as a WRONG glyph
 * ("Ω" comes out as "©", Cyrillic as symbols). On a receipt that names a
 * person, a wrong letter is worse than a plain one, so text is brought into
 * the set before it is laid out:
 * - Unicode spaces (the narrow no-break space that newer ICU puts before
 *   "PM", thin spaces...) become a plain space;
 * - accented Latin letters outside the set lose their accent ("Ł" -> "L",
 *   "ż" -> "z"; "ó", "é", "ü" are in the set and stay);
 * - anything else (other scripts, symbols) becomes "?", visibly.
 * Embedding a Unicode TTF font would lift this limit.
 */

const WIN_ANSI_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

function isWinAnsiChar(char: string): boolean {
  const code = char.charCodeAt(0)
  return (
    char === "\n" ||
    char === "\t" ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRAS.includes(char)
  )
}

export function isWinAnsi(text: string): boolean {
  for (const char of text) {
    if (!isWinAnsiChar(char)) {
      return false
    }
  }
  return true
}

/** Latin letters whose base letter NFD does not separate from the stroke. */
const STROKED: Record<string, string> = {
  Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i", Ŧ: "T", ŧ: "t", Ŀ: "L", ŀ: "l",
}

export function toWinAnsi(text: string): string {
  if (isWinAnsi(text)) {
    return text
  }
  let result = ""
  for (const char of text) {
    if (isWinAnsiChar(char)) {
      result += char
    } else if (/\s/.test(char)) {
      result += " "
    } else if (STROKED[char]) {
      result += STROKED[char]
    } else {
      const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      result += base && isWinAnsi(base) ? base : "?"
    }
  }
  return result
}

/** `value` with every string in it (deeply) passed through toWinAnsi. */
export function deepToWinAnsi<T>(value: T): T {
  if (typeof value === "string") {
    return toWinAnsi(value) as T
  }
  if (Array.isArray(value)) {
    return value.map(deepToWinAnsi) as T
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, deepToWinAnsi(v)])
    ) as T
  }
  return value
}
