import { Container, FocusModal, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useMemo, useState } from "react"
import { useLocation, useNavigate } from "react-router-dom"
import { errorMessage, errorStatus } from "../../common/error-message"
import { ReasonPrompt } from "../../common/reason-prompt"
import { FormField } from "../../common/form-field"
import { FormButtons } from "../../common/form-footer"
import { Section } from "../../common/section"
import { useUnsavedChangesGuard } from "../../common/unsaved-changes-guard"
import { useCreateCustomerPurchase } from "../../../hooks/customer-purchases"
import { CurrencySelect } from "./currency-select"
import { CustomerPicker } from "./customer-picker"
import {
  type PurchaseFormErrors,
  initialPurchaseForm,
  purchaseFormToBody,
  validatePurchaseForm,
} from "./purchase-form-state"
import { PurchaseItemsEditor } from "./purchase-items-editor"
import { SellerIdentityFields } from "./seller-identity-fields"

/** The server's 409 for a serial on the merchant's blocked list (stolen reports). */
const isBlockedSerialRefusal = (error: unknown) =>
  errorStatus(error) === 409 && /is on the blocked list/.test(errorMessage(error))

const noErrors: PurchaseFormErrors = { newCustomer: {}, seller: {}, items: {} }

/** The currency is picked for the merchant (the store's default): not typing. */
const typedPart = (form: ReturnType<typeof initialPurchaseForm>) =>
  JSON.stringify({ ...form, currency_code: "" })

/**
 * Records a purchase: seller, ID, currency, notes and items. A full-screen
 * modal over the list at /customer-purchases/create, as core's creates (and
 * the plugin's create deposit) are; leaving it with typed changes asks first.
 */
export const CreatePurchaseForm = () => {
  const navigate = useNavigate()
  const location = useLocation()
  const [form, setForm] = useState(initialPurchaseForm)
  const pristine = useMemo(() => typedPart(initialPurchaseForm()), [])
  const guard = useUnsavedChangesGuard(typedPart(form) !== pristine)
  // Back to where the merchant came from, else the list.
  const close = () =>
    location.key !== "default" ? navigate(-1) : navigate("/customer-purchases", { replace: true })
  // Errors show once a submit was attempted, then follow every change.
  const [attempted, setAttempted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const create = useCreateCustomerPurchase()
  const errors = attempted ? validatePurchaseForm(form).errors : noErrors
  const setCurrency = useCallback(
    (currency_code: string) => setForm((f) => ({ ...f, currency_code })),
    [],
  )

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setServerError(null)
    const result = validatePurchaseForm(form)
    setAttempted(true)
    if (result.hasErrors) {
      toast.error("Check the highlighted fields")
      return
    }
    send(purchaseFormToBody(form))
  }

  // A blocked serial can still be bought, with a reason the log keeps.
  const [blockedSerial, setBlockedSerial] = useState<string | null>(null)
  const send = (body: ReturnType<typeof purchaseFormToBody>, override?: { reason: string }) =>
    create.mutate(override ? { ...body, blocked_serial_override: override } : body, {
      onSuccess: ({ customer_purchase }) => {
        setBlockedSerial(null)
        toast.success(`Purchase ${customer_purchase.number} created`)
        guard.allowLeave()
        navigate(`/customer-purchases/${customer_purchase.id}`)
      },
      onError: (error) => {
        if (!override && isBlockedSerialRefusal(error)) {
          setBlockedSerial(
            errorMessage(error)
              .replace(/^[\w.[\]]+: /, "")
              .replace(/; to buy it anyway.*$/, "."),
          )
          return
        }
        setServerError(errorMessage(error))
        toast.error(errorMessage(error))
      },
    })

  return (
    <FocusModal open onOpenChange={(open) => !open && close()}>
      <FocusModal.Content>
        <form onSubmit={submit} noValidate className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <span className="sr-only">Create purchase</span>
            </FocusModal.Title>
            <FocusModal.Description className="sr-only">
              Record goods bought from a member of the public.
            </FocusModal.Description>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-16">
            <div className="flex w-full max-w-[860px] flex-col gap-y-3 px-2">
      <div className="pb-2">
        <Heading>Create purchase</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Record goods bought from a member of the public.
        </Text>
      </div>
      <Section title="Seller" description="The customer selling the goods.">
        <CustomerPicker
          value={form.customer}
          onChange={(customer) => setForm((f) => ({ ...f, customer }))}
          existingError={errors.customer}
          newErrors={errors.newCustomer}
        />
      </Section>
      <Section
        title="Identity"
        description="The ID shown today. Only the last 4 characters are displayed afterwards."
      >
        <SellerIdentityFields
          value={form.seller}
          errors={errors.seller}
          onChange={(seller) => setForm((f) => ({ ...f, seller }))}
        />
      </Section>
      <Section title="Purchase">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <FormField label="Currency" htmlFor="purchase-currency" error={errors.currency_code}>
            <CurrencySelect
              id="purchase-currency"
              value={form.currency_code}
              onChange={setCurrency}
            />
          </FormField>
          <FormField label="Notes" htmlFor="purchase-notes" optional className="md:col-span-2">
            <Textarea
              id="purchase-notes"
              rows={2}
              value={form.notes}
              onChange={(e) => setForm((f) => ({ ...f, notes: e.target.value }))}
            />
          </FormField>
        </div>
      </Section>
      <Section title="Items" description="What was bought, and the price paid per unit.">
        <PurchaseItemsEditor
          items={form.items}
          errors={errors.items}
          currencyCode={form.currency_code}
          onChange={(items) => setForm((f) => ({ ...f, items }))}
        />
      </Section>
      {serverError && (
        <Container className="border-ui-border-error px-6 py-3" role="alert">
          <Text size="small" className="text-ui-fg-error">
            {serverError}
          </Text>
        </Container>
      )}
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <div className="flex items-center justify-end gap-x-2">
              <FormButtons close={FocusModal.Close} submitLabel="Create purchase" isPending={create.isPending} />
            </div>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
      {guard.prompt}
      <ReasonPrompt
        open={!!blockedSerial}
        onOpenChange={(open) => !open && setBlockedSerial(null)}
        title="Buy a blocked serial?"
        description={`${blockedSerial ?? ""} Buying it anyway is logged with your reason.`}
        confirmLabel="Buy anyway"
        variant="danger"
        reasonRequired
        isPending={create.isPending}
        error={serverError}
        onConfirm={(reason) => send(purchaseFormToBody(form), { reason })}
      />
    </FocusModal>
  )
}
