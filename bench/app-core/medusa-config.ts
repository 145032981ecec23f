import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv("test", process.cwd())

/**
 * The cart benchmark's "without the plugin" app: integration-tests/app with
 * the loyalty plugin only (and the draft-order plugin that defineConfig
 * always adds), so (a) and (b)/(c) differ by this plugin alone.
 */
module.exports = defineConfig({
  projectConfig: {
    http: {
      jwtSecret: "test-jwt-secret",
      cookieSecret: "test-cookie-secret",
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
    },
  },
  plugins: [{ resolve: "@medusajs/loyalty-plugin", options: {} }],
})
