/** How an ID number is shown everywhere but the reveal route: •••• 1234. */
export function maskIdNumber(last4: string | null | undefined) {
  return last4 ? `•••• ${last4}` : null
}
