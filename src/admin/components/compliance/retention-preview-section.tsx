import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { Section } from "../common/section"
import { useRetentionPreview } from "../../hooks/compliance"

/** Dry run of the retention purge: what the next nightly run would remove. */
export const RetentionPreviewSection = () => {
  const { data, isLoading } = useRetentionPreview()
  const rows = data?.purchases ?? []
  return (
    <Section title="Next retention purge" description="What the nightly purge would remove with the saved settings (nothing is removed here).">
      {isLoading ? null : rows.length ? (
        <ul className="flex flex-col gap-y-1" data-testid="retention-preview">
          {rows.slice(0, 50).map((row) => (
            <li key={row.purchase_id}>
              <Text size="small">
                <Link className="text-ui-fg-interactive" to={`/customer-purchases/${row.purchase_id}`}>{row.number}</Link>
                {": "}
                {[row.id_number && "full ID number", row.id_images && `${row.id_images} ID image(s)`].filter(Boolean).join(", ")}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">Nothing is due for purging.</Text>
      )}
    </Section>
  )
}
