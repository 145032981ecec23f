import type { ReactPdf } from "./document-contract"

/**
 * The font the documents print with: Noto Sans (SIL Open Font License),
 * embedded from the TTF files of the npm package @expo-google-fonts/noto-sans
 * (a plain copy of Google Fonts' Noto Sans 2.015; no code of it is loaded).
 * One font covers Latin with its extensions (Polish, Czech, Turkish,
 * Romanian...), Vietnamese, Greek and Cyrillic, and every currency symbol
 * Intl prints, so a seller's name prints as typed. Not covered: CJK, Arabic,
 * Hebrew, Indic scripts (those would need more Noto families as fallbacks).
 *
 * The files are found with require.resolve, which works wherever the plugin
 * runs from: its TypeScript sources (jest, medusa develop), the built plugin
 * (.medusa/server) and an app's node_modules, where npm may hoist the font
 * package away from the plugin's folder. A relative path would break there.
 *
 * Each face is registered as a family of its own, named like the standard
 * fonts it replaced ("Helvetica-Bold"), so a style picks a face by
 * `fontFamily` alone and never depends on an inherited fontWeight.
 */

const PACKAGE = "@expo-google-fonts/noto-sans"

export const FONT = "NotoSans"
export const FONT_BOLD = "NotoSans-Bold"
export const FONT_ITALIC = "NotoSans-Italic"

const FACES: Record<string, string> = {
  [FONT]: "400Regular/NotoSans_400Regular.ttf",
  [FONT_BOLD]: "700Bold/NotoSans_700Bold.ttf",
  [FONT_ITALIC]: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
}

/** Absolute paths of the font files, by family name. Throws naming the package if it is missing. */
export function fontFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FACES).map(([family, file]) => {
      try {
        return [family, require.resolve(`${PACKAGE}/${file}`)]
      } catch (e) {
        throw new Error(
          `The PDF font ${family} (${PACKAGE}/${file}) cannot be found: is ${PACKAGE} installed? ${
            e instanceof Error ? e.message : e
          }`
        )
      }
    })
  )
}

/**
 * Registers the faces with react-pdf's font store, which is global to the
 * module instance, i.e. to this thread. react-pdf reads and parses a file
 * once, on its first use, and keeps it for every later document.
 */
export function registerFonts(pdf: ReactPdf): void {
  for (const [family, src] of Object.entries(fontFiles())) {
    pdf.Font.register({ family, src })
  }
}
