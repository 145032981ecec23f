import { useParams, type UIMatch } from "react-router-dom"
import { DepositDetail } from "../../../components/item-deposits/detail/deposit-detail"
import type { ItemDepositResponse } from "../../../components/item-deposits/types"
import { sdk } from "../../../lib/sdk"

const ItemDepositPage = () => {
  const { id } = useParams()
  return <DepositDetail id={id!} />
}

/** Fetched once for the breadcrumb ("D-1001"); the page itself uses react-query. */
export async function loader({ params }: { params: { id?: string } }) {
  try {
    return await sdk.client.fetch<ItemDepositResponse>(`/admin/item-deposits/${params.id}`, {
      query: { fields: "id,display_id" },
    })
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: ({ data }: UIMatch<ItemDepositResponse | null>) =>
    data?.item_deposit?.number ?? "Deposit",
}

export default ItemDepositPage
