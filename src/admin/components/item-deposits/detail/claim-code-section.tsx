import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Copy, Heading, Text, toast } from "@medusajs/ui"
import { formatDateTime } from "../../common/dates"
import { errorMessage } from "../../common/error-message"
import type { ItemDeposit } from "../types"
import { printDepositSlip } from "./print-slip"

/**
 * The code printed on the slip, which attaches the deposit to an online
 * account; the slip to hand over is printed from here (also in the header's
 * menu).
 */
export const ClaimCodeSection = ({ deposit }: { deposit: ItemDeposit }) => {
  if (!deposit.claim_code) {
    return null
  }
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">Claim code</Heading>
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={() =>
            printDepositSlip(deposit).catch((failure) =>
              toast.error(errorMessage(failure, "The slip could not be printed.")),
            )
          }
        >
          <DocumentText />
          Print slip
        </Button>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Badge size="small" className="font-mono tracking-wider">
            {deposit.claim_code}
          </Badge>
          <Copy content={deposit.claim_code} aria-label="Copy claim code" />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {deposit.claimed_at
            ? `Claimed ${formatDateTime(deposit.claimed_at)}: the deposit is on the customer's online account.`
            : "A walk-in customer enters it in their online account to attach this deposit. Single use."}
        </Text>
      </div>
    </Container>
  )
}
