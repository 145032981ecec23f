/**
 * Seeds a usable development store (region, sales channel, stock location,
 * shipping, products, publishable key):
 *
 *   npx medusa exec ./scripts/seed-dev-store.ts
 *
 * (the Medusa CLI registers ts-node, so this file runs without a build; the
 * plugin build ignores scripts/). scripts/dev.js runs it once per database.
 * The seeding itself is scripts/lib/seed-store.ts, which the HTTP tests use
 * too.
 *
 * Idempotent: the publishable key titled SEED_MARKER is created last and marks
 * the database as seeded; when it exists the script only prints it. If a seed
 * fails half-way, start again from an empty database.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEV_PRODUCTS, seedStore } from "./lib/seed-store"

// scripts/dev.js looks for this title too: keep them in sync.
export const SEED_MARKER = "Dev store (seed)"

export default async function seedDevStore({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: seeded } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { title: SEED_MARKER, type: "publishable" },
  })
  if (seeded.length) {
    logger.info(`Store already seeded. Publishable API key: ${seeded[0].token}`)
    return
  }

  const { publishableKey } = await seedStore(container, {
    products: DEV_PRODUCTS,
    publishableKeyTitle: SEED_MARKER,
    log: (message) => logger.info(message),
  })
  logger.info(`Store seeded. Publishable API key: ${publishableKey}`)
}
