import { Text } from "@medusajs/ui"
import { errorMessage } from "../../common/error-message"
import { formatAmount } from "../../common/money"
import { useStoreCreditAccount } from "../../../hooks/purchase-lookups"

type StoreCreditBalanceProps = { customerId: string; currencyCode: string }

/** The customer's current store-credit balance (loyalty plugin). */
export const StoreCreditBalance = ({ customerId, currencyCode }: StoreCreditBalanceProps) => {
  const {
    data: account,
    isLoading,
    isError,
    error,
  } = useStoreCreditAccount(customerId, currencyCode)
  let text: string
  if (isLoading) {
    text = "Loading the store credit balance…"
  } else if (isError) {
    text = `Store credit balance unavailable: ${errorMessage(error)}`
  } else if (!account) {
    text = `No ${currencyCode.toUpperCase()} store credit yet: an account is created with the payout.`
  } else {
    text = `Current store credit balance: ${formatAmount(account.balance, currencyCode)}`
  }
  return (
    <Text size="small" className="text-ui-fg-subtle" data-testid="store-credit-balance">
      {text}
    </Text>
  )
}
