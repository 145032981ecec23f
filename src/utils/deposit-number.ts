/** The number printed on deposit slips: D-1001. */
export function formatDepositNumber(displayId: number | string) {
  return `D-${displayId}`
}
