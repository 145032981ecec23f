import { CreatePurchaseForm } from "../../../components/customer-purchases/create/create-purchase-form"
import { PurchasingDisabledState } from "../../../components/customer-purchases/purchasing-disabled-state"
import { SectionSkeleton } from "../../../components/common/section-skeleton"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"

/** /customer-purchases/create: record a new purchase. */
const CreateCustomerPurchasePage = () => {
  const { data, isLoading } = usePurchaseSettings()
  if (isLoading) {
    return <SectionSkeleton rows={6} />
  }
  // If the settings fail to load, the form still works: the create route
  // itself answers (and its message is shown) when purchasing is disabled.
  if (data && !data.purchase_settings.enabled) {
    return <PurchasingDisabledState title="Create purchase" />
  }
  return <CreatePurchaseForm />
}

export const handle = {
  breadcrumb: () => "Create",
}

export default CreateCustomerPurchasePage
