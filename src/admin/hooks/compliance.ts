import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { retryUnlessClientError } from "../components/common/error-message"
import { purchaseQueryKeys } from "./customer-purchases"

/** Compliance data of the admin (README "Compliance"): holds, blocked serials, retention, export. */
export const complianceQueryKeys = {
  all: ["purchase_compliance"] as const,
  holds: (purchaseId: string) => [...complianceQueryKeys.all, "holds", purchaseId] as const,
  blocked: (q: string) => [...complianceQueryKeys.all, "blocked", q] as const,
  serialCheck: (serial: string) => [...complianceQueryKeys.all, "serial_check", serial] as const,
  retention: () => [...complianceQueryKeys.all, "retention"] as const,
}

export type PurchaseHold = {
  id: string
  item_id: string
  quantity: number
  days: number
  release_at: string
  status: "active" | "released"
  released_at: string | null
  police_hold: boolean
  police_reason: string | null
  rule: { match: string; value: string; key?: string | null; days: number } | null
}

export type BlockedSerial = {
  id: string
  serial_number: string
  serial_key: string
  reason: string
  reference: string | null
  created_at: string
}

export type SerialCheck = {
  serial_number: string
  bought_before: { purchase_id: string; number: string; status: string; item_title: string; bought_at: string }[]
  blocked: BlockedSerial | null
}

export type RetentionCandidate = { purchase_id: string; number: string; created_at: string; id_number: boolean; id_images: number }

const base = "/admin/customer-purchases"

export function usePurchaseHolds(purchaseId: string) {
  return useQuery({
    queryKey: complianceQueryKeys.holds(purchaseId),
    queryFn: () => sdk.client.fetch<{ holds: PurchaseHold[] }>(`${base}/${purchaseId}/holds`),
    retry: retryUnlessClientError,
  })
}

export function usePoliceHold(purchaseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ itemId, on, reason }: { itemId: string; on: boolean; reason?: string }) =>
      sdk.client.fetch<{ hold: PurchaseHold }>(`${base}/${purchaseId}/items/${itemId}/police-hold${on ? "" : "/lift"}`, {
        method: "POST",
        body: { reason: reason || undefined },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: complianceQueryKeys.holds(purchaseId) })
      void queryClient.invalidateQueries({ queryKey: purchaseQueryKeys.activity(purchaseId) })
    },
  })
}

export function useLegalHold(purchaseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { on: boolean; reason?: string }) =>
      sdk.client.fetch(`${base}/${purchaseId}/legal-hold`, { method: "POST", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: purchaseQueryKeys.detail(purchaseId) })
      void queryClient.invalidateQueries({ queryKey: purchaseQueryKeys.activity(purchaseId) })
    },
  })
}

export function useSerialCheck(serial: string) {
  return useQuery({
    queryKey: complianceQueryKeys.serialCheck(serial),
    queryFn: () => sdk.client.fetch<SerialCheck>("/admin/blocked-serials/check", { query: { serial_number: serial } }),
    enabled: serial.trim().length > 0,
    retry: retryUnlessClientError,
  })
}

export function useBlockedSerials(q = "") {
  return useQuery({
    queryKey: complianceQueryKeys.blocked(q),
    queryFn: () =>
      sdk.client.fetch<{ blocked_serials: BlockedSerial[]; count: number }>("/admin/blocked-serials", {
        query: { limit: 100, ...(q && { q }) },
      }),
    retry: retryUnlessClientError,
  })
}

export function useAddBlockedSerial() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { serial_number: string; reason: string; reference?: string }) =>
      sdk.client.fetch<{ blocked_serial: BlockedSerial }>("/admin/blocked-serials", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: complianceQueryKeys.all }),
  })
}

export function useRemoveBlockedSerial() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/blocked-serials/${id}`, { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: complianceQueryKeys.all }),
  })
}

export function useRetentionPreview() {
  return useQuery({
    queryKey: complianceQueryKeys.retention(),
    queryFn: () =>
      sdk.client.fetch<{ purchases: RetentionCandidate[]; count: number }>("/admin/purchase-settings/retention-preview"),
    retry: retryUnlessClientError,
  })
}
