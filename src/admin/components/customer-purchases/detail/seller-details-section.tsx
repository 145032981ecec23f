import { Eye } from "@medusajs/icons"
import { Button, Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDate, formatDay } from "../../common/dates"
import { customerName } from "../../common/names"
import { SectionRow } from "../../common/section-row"
import { sellerName } from "../item-status-labels"
import { formatAddress } from "../../../../utils/format-address"
import type { CustomerPurchase } from "../types"
import { GeneralNotesEditor } from "./general-notes-editor"
import { RevealIdPrompt, idTypeLabel } from "./reveal-id-prompt"

/** Who sold the goods: name, contact, masked ID (with Reveal), customer, notes. */
export const SellerDetailsSection = ({ purchase }: { purchase: CustomerPurchase }) => {
  const [revealOpen, setRevealOpen] = useState(false)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Seller</Heading>
      </div>
      <SectionRow title="Name" value={sellerName(purchase)} />
      <SectionRow
        title="Contact"
        value={[purchase.seller_email, purchase.seller_phone].filter(Boolean).join(" · ")}
      />
      <SectionRow title="Address" value={formatAddress(purchase.seller_address) ?? ""} />
      <SectionRow
        title={idTypeLabel(purchase.id_document_type)}
        value={
          purchase.id_document_masked ? (
            <div className="flex flex-wrap items-center gap-x-2">
              <span className="whitespace-nowrap font-mono" data-testid="masked-id">
                {purchase.id_document_masked}
              </span>
              <Button size="small" variant="transparent" onClick={() => setRevealOpen(true)}>
                <Eye />
                Reveal
              </Button>
            </div>
          ) : (
            "No ID recorded"
          )
        }
      />
      <SectionRow title="ID expires" value={formatDate(purchase.id_document_expires_at)} />
      {purchase.seller_date_of_birth && <SectionRow title="Date of birth" value={formatDay(purchase.seller_date_of_birth)} />}
      <SectionRow
        title="Customer"
        value={
          <Link
            to={`/customers/${purchase.customer_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {purchase.customer ? customerName(purchase.customer) : purchase.customer_id}
          </Link>
        }
      />
      <GeneralNotesEditor purchase={purchase} />
      {purchase.id_document_masked && (
        <RevealIdPrompt purchase={purchase} open={revealOpen} onOpenChange={setRevealOpen} />
      )}
    </Container>
  )
}
