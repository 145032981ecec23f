import { ArrowDownTray, Cash, EllipsisHorizontal, XCircle } from "@medusajs/icons"
import { Button, Container, DropdownMenu, Heading, IconButton, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { formatDateTime } from "../../common/dates"
import { errorMessage } from "../../common/error-message"
import { downloadBlob } from "../../common/fetch-file"
import { formatAmount } from "../../common/money"
import { fetchPurchaseReceipt } from "../../../hooks/customer-purchases"
import { PurchaseStatusBadge } from "../purchase-status-badge"
import type { CustomerPurchase } from "../types"
import { CancelPurchasePrompt } from "./cancel-purchase-prompt"
import { PayoutDrawer } from "../payout/payout-drawer"

/** Number, status, total and the actions the purchase's status allows. */
export const PurchaseHeader = ({ purchase }: { purchase: CustomerPurchase }) => {
  const [payoutOpen, setPayoutOpen] = useState(false)
  const [cancelOpen, setCancelOpen] = useState(false)
  const [downloading, setDownloading] = useState(false)
  const isDraft = purchase.status === "draft"
  const canPayOut = isDraft && purchase.items.length > 0 && Number(purchase.total) > 0

  const downloadReceipt = async () => {
    setDownloading(true)
    try {
      const blob = await fetchPurchaseReceipt(purchase.id)
      downloadBlob(blob, `receipt-${purchase.number}.pdf`)
    } catch (error) {
      toast.error(errorMessage(error, "Could not create the receipt"))
    } finally {
      setDownloading(false)
    }
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-3">
          <Heading>{purchase.number}</Heading>
          <PurchaseStatusBadge status={purchase.status} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {formatAmount(purchase.total, purchase.currency_code)} · created{" "}
          {formatDateTime(purchase.created_at)}
          {purchase.paid_at && ` · paid ${formatDateTime(purchase.paid_at)}`}
          {purchase.cancelled_at && ` · cancelled ${formatDateTime(purchase.cancelled_at)}`}
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        <Button size="small" variant="secondary" onClick={downloadReceipt} isLoading={downloading}>
          <ArrowDownTray />
          Receipt
        </Button>
        {isDraft && (
          <Button
            size="small"
            onClick={() => setPayoutOpen(true)}
            disabled={!canPayOut}
            title={canPayOut ? undefined : "Add items with a price before paying out"}
          >
            <Cash />
            Pay out
          </Button>
        )}
        {isDraft && (
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton size="small" aria-label="More actions">
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              <DropdownMenu.Item className="gap-x-2" onClick={() => setCancelOpen(true)}>
                <XCircle className="text-ui-fg-subtle" />
                Cancel purchase
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        )}
      </div>
      {/* Kept while open: the purchase stops being a draft as the payout
          succeeds, and the drawer closes itself then. */}
      {(isDraft || payoutOpen) && (
        <PayoutDrawer purchase={purchase} open={payoutOpen} onOpenChange={setPayoutOpen} />
      )}
      <CancelPurchasePrompt purchase={purchase} open={cancelOpen} onOpenChange={setCancelOpen} />
    </Container>
  )
}
