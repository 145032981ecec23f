const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each test file boots its own app or module; MikroORM keeps entity metadata
// in a global store that must not leak between them.
MetadataStorage.clear()
