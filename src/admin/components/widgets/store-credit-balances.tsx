import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { errorMessage } from "../common/error-message"
import { formatAmount } from "../common/money"
import { useCustomerStoreCreditAccounts } from "../../hooks/store-credit"

/**
 * The customer's store-credit balance in each currency (loyalty plugin
 * accounts), where converted deposits and store-credit payouts end up.
 */
export const StoreCreditBalances = ({ customerId }: { customerId: string }) => {
  const { data, isLoading, isError, error } = useCustomerStoreCreditAccounts(customerId)
  const accounts = data?.store_credit_accounts ?? []
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 px-6 py-4">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        Store credit
      </Text>
      {isLoading ? (
        <Text size="small" className="text-ui-fg-muted">
          Loading…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(error)}
        </Text>
      ) : !accounts.length ? (
        <Text size="small" className="text-ui-fg-muted">
          No store credit
        </Text>
      ) : (
        accounts.map((account) => (
          <Link
            key={account.id}
            to={`/store-credit-accounts/${account.id}`}
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {formatAmount(account.balance ?? 0, account.currency_code)}
          </Link>
        ))
      )}
    </div>
  )
}
