import { Alert, FocusModal, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useLocation, useNavigate } from "react-router-dom"
import { errorMessage } from "../../common/error-message"
import { FormButtons } from "../../common/form-footer"
import { SpecialOrderFields } from "../shared/special-order-fields"
import { DepositAmountFields } from "./deposit-amount-fields"
import { DepositItemFields } from "./deposit-item-fields"
import { DepositPaymentFields } from "./deposit-payment-fields"
import { useCreateDepositForm } from "./use-create-deposit-form"

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="flex flex-col gap-y-4">
    <Heading level="h2">{title}</Heading>
    {children}
  </section>
)

/** Record a deposit: opened at /item-deposits/create (?customer_id= / ?variant_id= preselect). */
export const CreateDepositModal = () => {
  const navigate = useNavigate()
  const form = useCreateDepositForm()
  const location = useLocation()
  // Back to where the merchant came from (a customer's or variant's page), else the list.
  const close = () => (location.key !== "default" ? navigate(-1) : navigate("/item-deposits", { replace: true }))

  return (
    <FocusModal open onOpenChange={(open) => !open && close()}>
      <FocusModal.Content>
        <form
          noValidate
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            form.submit()
          }}
        >
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <span className="sr-only">Create deposit</span>
            </FocusModal.Title>
            <FocusModal.Description className="sr-only">
              Record a deposit a customer paid towards a product variant.
            </FocusModal.Description>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-16">
            <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-2">
              <div>
                <Heading>Create deposit</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  Money the customer pays now towards one product variant. At checkout it pays for
                  that variant only.
                </Text>
              </div>
              {form.serverError && (
                <Alert variant="error" dismissible={false}>
                  {form.serverError}
                </Alert>
              )}
              <Section title="Customer and item">
                <DepositItemFields values={form.values} errors={form.errors} update={form.update} />
              </Section>
              <Section title="Amount">
                <DepositAmountFields
                  values={form.values}
                  errors={form.errors}
                  update={form.update}
                  currencies={form.currencies.data ?? []}
                  currenciesLoading={form.currencies.isLoading}
                />
                {form.currencies.isError && (
                  <Text size="small" className="text-ui-fg-error">
                    Could not load the store's currencies: {errorMessage(form.currencies.error)}
                  </Text>
                )}
              </Section>
              <Section title="Payment">
                <DepositPaymentFields values={form.values} errors={form.errors} update={form.update} />
              </Section>
              <Section title="Special order">
                <SpecialOrderFields
                  specialOrder={form.values.special_order}
                  note={form.values.special_order_note}
                  expectedAt={form.values.expected_at}
                  errors={form.errors}
                  onChange={form.update}
                />
              </Section>
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <div className="flex items-center justify-end gap-x-2">
              <FormButtons close={FocusModal.Close} submitLabel="Save" isPending={form.isPending} />
            </div>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
      {form.leavePrompt}
    </FocusModal>
  )
}
