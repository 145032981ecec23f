import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { formatPurchaseNumber } from "../../../utils/purchase-number"

type Container = { resolve: (key: string) => any }

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 200

export type PurgeCandidate = {
  purchase_id: string
  number: string
  created_at: Date | string
  id_number: boolean
  id_images: number
}

/** created_at before which a retention of `days` has run out (null: kept forever). */
const cutoff = (now: Date, days: number | null | undefined) =>
  days === null || days === undefined ? null : new Date(now.getTime() - days * DAY_MS)

/**
 * The retention purge (README "Compliance"). Finds purchases older than the
 * settings' retention periods (id_number_retention_days,
 * id_image_retention_days), not under a legal hold and not purged yet; with
 * `dry_run` it only lists them. Otherwise each is purged under its row lock
 * (full ID number → masked form, ID images deleted through the File Module)
 * and logged as an `id_purged` activity. Returns the candidates (purged or
 * that would be).
 */
export async function purgeExpiredIdData(
  container: Container,
  { now = new Date(), dry_run = false }: { now?: Date; dry_run?: boolean } = {}
) {
  const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const settings = await service.retrieveSettings()
  const numberCutoff = cutoff(now, settings.id_number_retention_days)
  const imageCutoff = cutoff(now, settings.id_image_retention_days)
  const candidates: PurgeCandidate[] = []
  if (!numberCutoff && !imageCutoff) {
    return candidates
  }
  const oldest = [numberCutoff, imageCutoff].filter(Boolean).sort((a, b) => b!.getTime() - a!.getTime())[0]!

  let after = ""
  for (;;) {
    const batch = await service.listCustomerPurchases(
      // Purchases purged of both already are not read again night after night.
      {
        id: { $gt: after },
        legal_hold: false,
        created_at: { $lte: oldest },
        $or: [{ id_number_purged_at: null }, { id_images_purged_at: null }],
      },
      {
        select: ["id", "display_id", "created_at", "id_document_number", "id_number_purged_at", "id_images_purged_at"],
        take: BATCH,
        order: { id: "ASC" },
      }
    )
    if (!batch.length) {
      return candidates
    }
    after = batch[batch.length - 1].id
    const images = imageCutoff
      ? await service.listPurchaseAttachments(
          { purchase_id: batch.map((p) => p.id), kind: "id_document" },
          { select: ["id", "purchase_id"] }
        )
      : []
    for (const purchase of batch) {
      const created = new Date(purchase.created_at)
      const id_number = !!numberCutoff && created <= numberCutoff && !purchase.id_number_purged_at && !!purchase.id_document_number
      const imageCount = imageCutoff && created <= imageCutoff && !purchase.id_images_purged_at
        ? images.filter((a: any) => a.purchase_id === purchase.id).length
        : 0
      if (!id_number && !imageCount) {
        continue
      }
      const candidate = {
        purchase_id: purchase.id,
        number: formatPurchaseNumber(purchase.display_id),
        created_at: purchase.created_at,
        id_number,
        id_images: imageCount,
      }
      if (dry_run) {
        candidates.push(candidate)
        continue
      }
      try {
        const files = container.resolve(Modules.FILE)
        const purged = await service.purgeIdData(
          purchase.id,
          { id_number, id_images: imageCount > 0 },
          now,
          (fileId) => files.deleteFiles(fileId)
        )
        if (!purged.id_number && !purged.files.length) {
          continue // a legal hold was set meanwhile, or another run purged it
        }
        await service.createPurchaseActivities({
          purchase_id: purchase.id,
          type: "id_purged",
          note: "Retention period ended",
          data: {
            id_number: purged.id_number,
            id_images: purged.files.length,
            id_number_retention_days: settings.id_number_retention_days,
            id_image_retention_days: settings.id_image_retention_days,
          },
        } as any)
        candidates.push({ ...candidate, id_number: purged.id_number, id_images: purged.files.length })
      } catch (error) {
        logger.error(`Retention purge of purchase ${purchase.id} failed: ${(error as Error).message}`)
      }
    }
  }
}
