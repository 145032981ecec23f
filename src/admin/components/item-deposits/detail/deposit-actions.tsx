import { ArrowPath, Cash, DocumentText, PencilSquare, XCircle } from "@medusajs/icons"
import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useCancelItemDeposit, useConvertItemDeposit } from "../../../hooks/item-deposits"
import { formatAmount } from "../../common/money"
import { ActionMenu } from "../../common/action-menu"
import { errorMessage } from "../../common/error-message"
import type { ItemDeposit } from "../types"
import { EditDepositDrawer } from "./edit-deposit-drawer"
import { printDepositSlip } from "./print-slip"
import { ReasonPrompt } from "../../common/reason-prompt"
import { RefundDrawer } from "./refund-drawer"

type Dialog = "edit" | "convert" | "refund" | "cancel" | null

/** The deposit's "…" menu: what its status allows, and the dialogs behind it. */
export const DepositActions = ({ deposit }: { deposit: ItemDeposit }) => {
  const [dialog, setDialog] = useState<Dialog>(null)
  const [error, setError] = useState<string | null>(null)
  const convert = useConvertItemDeposit(deposit.id)
  const cancel = useCancelItemDeposit(deposit.id)
  const active = deposit.status === "active"
  const left = formatAmount(deposit.remaining_amount, deposit.currency_code)

  const open = (next: Dialog) => {
    setError(null)
    setDialog(next)
  }
  const onFailure = (fallback: string) => (failure: unknown) => {
    const message = errorMessage(failure, fallback)
    setError(message)
    toast.error(message)
  }
  const print = () =>
    printDepositSlip(deposit).catch((failure) =>
      toast.error(errorMessage(failure, "The slip could not be printed."))
    )

  return (
    <>
      <ActionMenu
        groups={[
          [
            { label: "Print slip", icon: <DocumentText />, onClick: print },
            ...(active ? [{ label: "Edit", icon: <PencilSquare />, onClick: () => open("edit") }] : []),
          ],
          active
            ? [
                { label: "Convert to store credit", icon: <ArrowPath />, onClick: () => open("convert") },
                { label: "Refund", icon: <Cash />, onClick: () => open("refund") },
                { label: "Cancel deposit", icon: <XCircle />, onClick: () => open("cancel") },
              ]
            : [],
        ]}
      />
      {active && (
        <>
          <EditDepositDrawer deposit={deposit} open={dialog === "edit"} onOpenChange={() => setDialog(null)} />
          <RefundDrawer deposit={deposit} open={dialog === "refund"} onOpenChange={() => setDialog(null)} />
          <ReasonPrompt
            open={dialog === "convert"}
            onOpenChange={() => setDialog(null)}
            variant="confirmation"
            title="Convert to store credit?"
            description={`${left} (all that is left of ${deposit.number}) becomes store credit the customer can spend on anything. The deposit is closed.`}
            confirmLabel="Convert"
            reasonRequired
            isPending={convert.isPending}
            error={error}
            onConfirm={(reason) =>
              convert.mutate(
                { reason },
                {
                  onSuccess: () => {
                    toast.success(`${left} converted to store credit`)
                    setDialog(null)
                  },
                  onError: onFailure("The deposit could not be converted."),
                }
              )
            }
          />
          <ReasonPrompt
            open={dialog === "cancel"}
            onOpenChange={() => setDialog(null)}
            variant="danger"
            title="Cancel this deposit?"
            description={`${left} left on ${deposit.number} is voided, e.g. because it was recorded by mistake. No money is credited or refunded. This cannot be undone.`}
            confirmLabel="Cancel deposit"
            reasonRequired={false}
            isPending={cancel.isPending}
            error={error}
            onConfirm={(reason) =>
              cancel.mutate(
                { reason: reason || null },
                {
                  onSuccess: () => {
                    toast.success(`Deposit ${deposit.number} cancelled`)
                    setDialog(null)
                  },
                  onError: onFailure("The deposit could not be cancelled."),
                }
              )
            }
          />
        </>
      )}
    </>
  )
}
