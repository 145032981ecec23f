const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each test file boots its own app or module; MikroORM keeps entity metadata
// in a global store that must not leak between them.
MetadataStorage.clear()

// Medusa's logger prints every migration and request at its default level,
// and jest replays each suite's console when suites run side by side: keep
// warnings and errors only (LOG_LEVEL=info or lower shows the rest).
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "warn"
