export * from "./workflows/release-purchase-hold"
export * from "./workflows/set-police-hold"
export * from "./utils/release-due-holds"
export * from "./workflows/add-blocked-serial"
