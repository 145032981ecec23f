import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useUnsavedChangesGuard } from "../../common/unsaved-changes-guard"
import { useNavigate, useSearchParams } from "react-router-dom"
import { useCreateItemDeposit } from "../../../hooks/item-deposits"
import { useCustomerById, useStoreCurrencies, useVariantById } from "../../../hooks/lookups"
import { variantLabel } from "../format"
import { customerName } from "../../common/names"
import { errorMessage } from "../../common/error-message"
import {
  emptyDepositForm,
  toCreateBody,
  validateDepositForm,
  type DepositFormErrors,
  type DepositFormValues,
} from "./validate"

/** The create form's values, its checks and its submission. */
export function useCreateDepositForm() {
  const navigate = useNavigate()
  const currencies = useStoreCurrencies()
  const create = useCreateItemDeposit()
  const [values, setValues] = useState<DepositFormValues>(() => emptyDepositForm())
  const [submitted, setSubmitted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  // Changed by the merchant (prefills and the default currency are not).
  const [touched, setTouched] = useState(false)
  const guard = useUnsavedChangesGuard(touched)

  // The store's default currency until the merchant picks another.
  const defaultCurrency = currencies.data?.[0]?.currency_code
  useEffect(() => {
    if (defaultCurrency) {
      setValues((current) =>
        current.currency_code ? current : { ...current, currency_code: defaultCurrency }
      )
    }
  }, [defaultCurrency])

  // Opened from a customer's or a variant's page: that one is chosen already.
  const [searchParams] = useSearchParams()
  const prefillCustomer = useCustomerById(searchParams.get("customer_id") ?? undefined).data?.customer
  const prefillVariant = useVariantById(searchParams.get("variant_id") ?? undefined).data?.variants[0]
  useEffect(() => {
    if (prefillCustomer) {
      setValues((current) =>
        current.customer_id
          ? current
          : { ...current, customer_id: prefillCustomer.id, customer_label: customerName(prefillCustomer) }
      )
    }
  }, [prefillCustomer])
  useEffect(() => {
    if (prefillVariant) {
      setValues((current) =>
        current.variant_id
          ? current
          : { ...current, variant_id: prefillVariant.id, variant_label: variantLabel(prefillVariant) }
      )
    }
  }, [prefillVariant])

  // Once the merchant tried to save, errors follow the values as they are fixed.
  const errors: DepositFormErrors = submitted ? validateDepositForm(values) : {}

  const update = (changes: Partial<DepositFormValues>) => {
    setTouched(true)
    setValues((current) => ({ ...current, ...changes }))
  }

  const submit = () => {
    setSubmitted(true)
    setServerError(null)
    if (Object.keys(validateDepositForm(values)).length) {
      return
    }
    create.mutate(toCreateBody(values), {
      onSuccess: ({ item_deposit }) => {
        toast.success(`Deposit ${item_deposit.number} recorded`)
        guard.allowLeave()
        navigate(`/item-deposits/${item_deposit.id}`)
      },
      onError: (error) => {
        const message = errorMessage(error, "The deposit could not be recorded.")
        setServerError(message)
        toast.error(message)
      },
    })
  }

  return {
    values,
    errors,
    update,
    submit,
    serverError,
    isPending: create.isPending,
    currencies,
    /** The "leave this form?" prompt, to render inside the modal. */
    leavePrompt: guard.prompt,
  }
}
