import { ShoppingBag } from "@medusajs/icons"
import { Button, Container, Heading } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { EmptyState } from "../common/empty-state"

export const PURCHASE_SETTINGS_PATH = "/settings/customer-purchases"

/**
 * Shown when the purchase routes answer 403: purchasing from the public is
 * off until the merchant enables it in the settings.
 */
export const PurchasingDisabledState = ({ title = "Customer Purchases" }: { title?: string }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading>{title}</Heading>
    </div>
    <EmptyState
      icon={<ShoppingBag />}
      heading="Purchasing from the public is disabled"
      description={
        <>
          Turn on <strong>Purchasing from the public</strong> in Settings &gt; Customer purchases to
          record buy-backs, pay sellers out and put what you buy into stock.
        </>
      }
      action={
        <Button size="small" variant="secondary" asChild>
          <Link to={PURCHASE_SETTINGS_PATH}>Open purchase settings</Link>
        </Button>
      }
    />
  </Container>
)
