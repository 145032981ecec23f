/**
 * True for a string with something to print. Optional fields arrive as
 * null, undefined or "" (an emptied admin form field), and a blank one must
 * not print its label or leave an empty line.
 */
export const present = (value: string | null | undefined): value is string =>
  typeof value === "string" && value.trim() !== ""
