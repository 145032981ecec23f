import { fetchDepositSlip } from "../../../hooks/item-deposits"
import type { ItemDeposit } from "../types"

/**
 * Opens the deposit slip (a PDF fetched with the admin's session) in a new
 * tab. The tab is opened before the request so pop-up blockers allow it;
 * where it is blocked anyway, the PDF is downloaded instead.
 */
export async function printDepositSlip(deposit: Pick<ItemDeposit, "id" | "number">) {
  const tab = window.open("", "_blank")
  try {
    const blob = await fetchDepositSlip(deposit.id)
    const url = URL.createObjectURL(new Blob([blob], { type: "application/pdf" }))
    if (tab) {
      tab.location.href = url
    } else {
      const link = document.createElement("a")
      link.href = url
      link.download = `deposit-${deposit.number}.pdf`
      document.body.appendChild(link)
      link.click()
      link.remove()
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  } catch (error) {
    tab?.close()
    throw error
  }
}
