/** The number printed on receipts and searched by merchants: P-1001. */
export function formatPurchaseNumber(displayId: number | string) {
  return `P-${displayId}`
}

/** Reads "P-1001", "p1001" or "1001" back into a display id. */
export function parsePurchaseNumber(text: string): number | undefined {
  const match = /^\s*p?-?\s*(\d+)\s*$/i.exec(text)
  return match ? Number(match[1]) : undefined
}
