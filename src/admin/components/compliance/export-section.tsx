import { Button, Input, Label, Select, toast } from "@medusajs/ui"
import { useState } from "react"
import { Section } from "../common/section"
import { errorMessage } from "../common/error-message"
import { downloadBlob, fetchAdminBlob } from "../common/fetch-file"

/** The police / regulator export: a CSV of the purchases paid out in a date range. */
export const ExportSection = () => {
  const today = new Date().toISOString().slice(0, 10)
  const [from, setFrom] = useState(today)
  const [to, setTo] = useState(today)
  const [preset, setPreset] = useState("standard")
  const [busy, setBusy] = useState(false)

  const download = async () => {
    setBusy(true)
    try {
      const query = new URLSearchParams({ format: "csv", preset, ...(from && { from }), ...(to && { to }) })
      const blob = await fetchAdminBlob(`/admin/customer-purchases/export?${query}`)
      downloadBlob(blob, `purchases-${preset}-${from || "start"}-${to || today}.csv`)
    } catch (error) {
      toast.error(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Section title="Police / regulator export" description="Full ID numbers are included: each exported purchase is logged as an ID reveal.">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="export-from" size="small" weight="plus">From</Label>
          <Input id="export-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="export-to" size="small" weight="plus">To</Label>
          <Input id="export-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div className="flex w-48 flex-col gap-y-1">
          <Label size="small" weight="plus">Columns</Label>
          <Select value={preset} onValueChange={setPreset}>
            <Select.Trigger aria-label="Export columns"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="standard">Standard</Select.Item>
              <Select.Item value="florida">Florida (§538.04)</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <Button size="small" variant="secondary" onClick={download} isLoading={busy}>Export CSV</Button>
      </div>
    </Section>
  )
}
