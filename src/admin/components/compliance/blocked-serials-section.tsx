import { Button, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Section } from "../common/section"
import { errorMessage } from "../common/error-message"
import { useAddBlockedSerial, useBlockedSerials, useRemoveBlockedSerial } from "../../hooks/compliance"

/** The blocked serial / IMEI list (stolen reports): buying one needs an explicit, logged override. */
export const BlockedSerialsSection = () => {
  const { data } = useBlockedSerials()
  const add = useAddBlockedSerial()
  const remove = useRemoveBlockedSerial()
  const [serial, setSerial] = useState("")
  const [reason, setReason] = useState("")
  const [reference, setReference] = useState("")

  const onAdd = () =>
    add.mutate(
      { serial_number: serial, reason, ...(reference && { reference }) },
      {
        onSuccess: () => {
          toast.success(`${serial} blocked`)
          setSerial("")
          setReason("")
          setReference("")
        },
        onError: (error) => toast.error(errorMessage(error)),
      }
    )

  const rows = data?.blocked_serials ?? []
  return (
    <Section title="Blocked serials" description="Serial numbers / IMEIs reported stolen. They cannot be bought without an override.">
      <div className="flex flex-col gap-y-4">
        <div className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-x-2">
          <Input aria-label="Serial to block" placeholder="Serial / IMEI" value={serial} onChange={(e) => setSerial(e.target.value)} />
          <Input aria-label="Block reason" placeholder="Reason (e.g. reported stolen)" value={reason} onChange={(e) => setReason(e.target.value)} />
          <Input aria-label="Block reference" placeholder="Police reference" value={reference} onChange={(e) => setReference(e.target.value)} />
          <Button size="small" variant="secondary" onClick={onAdd} disabled={!serial.trim() || !reason.trim()} isLoading={add.isPending}>
            Block
          </Button>
        </div>
        {rows.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Serial</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
                <Table.HeaderCell>Reference</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell>{row.serial_number}</Table.Cell>
                  <Table.Cell>{row.reason}</Table.Cell>
                  <Table.Cell>{row.reference ?? "-"}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" onClick={() => remove.mutate(row.id)}>Unblock</Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">No serial is blocked.</Text>
        )}
      </div>
    </Section>
  )
}
