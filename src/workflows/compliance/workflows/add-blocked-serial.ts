import { createStep, createWorkflow, StepResponse, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { stateConflict } from "../../../utils/errors"
import { serialKey } from "../../../utils/serial-key"

export type AddBlockedSerialWorkflowInput = {
  serial_number: string
  reason: string
  reference?: string | null
  actor_id?: string
}

const createBlockedSerialStep = createStep(
  "create-blocked-serial",
  async (input: AddBlockedSerialWorkflowInput, { container }) => {
    const key = serialKey(input.serial_number)
    if (!key) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "serial_number: must contain letters or digits")
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const [existing] = await service.listBlockedSerials({ serial_key: key }, { take: 1 })
    if (existing) {
      throw stateConflict(`serial_number: ${input.serial_number} is already on the blocked list (${existing.reason}).`)
    }
    // The partial unique index on serial_key settles two concurrent adds.
    const created = await service
      .createBlockedSerials({
        serial_number: input.serial_number.trim(),
        serial_key: key,
        reason: input.reason,
        reference: input.reference ?? null,
        actor_id: input.actor_id ?? null,
      })
      .catch((error: any) => {
        if (/unique|already exists/i.test(String(error?.message))) {
          throw stateConflict(`serial_number: ${input.serial_number} is already on the blocked list.`)
        }
        throw error
      })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CustomerPurchaseModuleService>(CUSTOMER_PURCHASE_MODULE).deleteBlockedSerials([id])
    }
  }
)

export const addBlockedSerialWorkflowId = "add-blocked-serial"

/** Puts a serial / IMEI on the merchant's blocked list, with the reason (e.g. a police stolen report). */
export const addBlockedSerialWorkflow = createWorkflow(
  addBlockedSerialWorkflowId,
  (input: WorkflowData<AddBlockedSerialWorkflowInput>) => new WorkflowResponse(createBlockedSerialStep(input))
)
