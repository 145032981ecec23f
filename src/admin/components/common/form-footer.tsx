import { Button, Drawer, Text } from "@medusajs/ui"
import type { ComponentType, ReactNode } from "react"

type FormButtonsProps = {
  /** The dialog's close part (Drawer.Close, FocusModal.Close): Cancel closes it. */
  close: ComponentType<{ asChild?: boolean; children?: ReactNode }>
  submitLabel: string
  /** Shows the spinner, and keeps Cancel off while the request runs. */
  isPending?: boolean
  /** Without it the button submits the surrounding form. */
  onSubmit?: () => void
  disabled?: boolean
}

/** A dialog's Cancel and confirm buttons. */
export const FormButtons = ({
  close: Close,
  submitLabel,
  isPending,
  onSubmit,
  disabled,
}: FormButtonsProps) => (
  <>
    <Close asChild>
      <Button size="small" variant="secondary" type="button" disabled={isPending}>
        Cancel
      </Button>
    </Close>
    <Button
      size="small"
      type={onSubmit ? "button" : "submit"}
      onClick={onSubmit}
      disabled={disabled}
      isLoading={isPending}
    >
      {submitLabel}
    </Button>
  </>
)

/** A drawer's footer: Cancel and confirm. */
export const DrawerFooter = (props: Omit<FormButtonsProps, "close">) => (
  <Drawer.Footer>
    <FormButtons close={Drawer.Close} {...props} />
  </Drawer.Footer>
)

/** The server's answer to a failed submit, inside the form. */
export const FormError = ({ message }: { message?: string | null }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null
