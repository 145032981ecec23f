import type { LoaderFunctionArgs, UIMatch } from "react-router-dom"
import { useParams } from "react-router-dom"
import { PurchaseDetail } from "../../../components/customer-purchases/detail/purchase-detail"
import { sdk } from "../../../lib/sdk"

/** /customer-purchases/:id: one purchase. */
const CustomerPurchaseDetailPage = () => {
  const { id } = useParams()
  return <PurchaseDetail id={id!} />
}

type BreadcrumbData = { number: string } | null

/** Only for the breadcrumb; the page itself loads through react-query. */
export async function loader({ params }: LoaderFunctionArgs): Promise<BreadcrumbData> {
  try {
    const { customer_purchase } = await sdk.client.fetch<{ customer_purchase: { number: string } }>(
      `/admin/customer-purchases/${params.id}`,
      { query: { fields: "id,display_id" } },
    )
    return { number: customer_purchase.number }
  } catch {
    // The page shows the error (disabled, not found); the breadcrumb falls back.
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<BreadcrumbData>) => match.data?.number ?? "Purchase",
}

export default CustomerPurchaseDetailPage
