import { CreateDepositModal } from "../../../components/item-deposits/create/create-deposit-modal"
import { DepositListTable } from "../../../components/item-deposits/list/deposit-list-table"

/** The list stays behind the create modal, as in the dashboard's own create flows. */
const CreateItemDepositPage = () => (
  <>
    <DepositListTable />
    <CreateDepositModal />
  </>
)

export const handle = {
  breadcrumb: () => "Create deposit",
}

export default CreateItemDepositPage
