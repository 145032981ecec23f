import { CreatePurchaseForm } from "../../../components/customer-purchases/create/create-purchase-form"
import { PurchaseListTable } from "../../../components/customer-purchases/list/purchase-list-table"
import { PurchasingDisabledState } from "../../../components/customer-purchases/purchasing-disabled-state"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"

/**
 * /customer-purchases/create: record a new purchase in a full-screen modal
 * over the list, as the dashboard's own creates (and create deposit) do.
 */
const CreateCustomerPurchasePage = () => {
  const { data, isLoading } = usePurchaseSettings()
  // If the settings fail to load, the form still works: the create route
  // itself answers (and its message is shown) when purchasing is disabled.
  if (data && !data.purchase_settings.enabled) {
    return <PurchasingDisabledState title="Create purchase" />
  }
  return (
    <>
      <PurchaseListTable />
      {!isLoading && <CreatePurchaseForm />}
    </>
  )
}

export const handle = {
  breadcrumb: () => "Create",
}

export default CreateCustomerPurchasePage
