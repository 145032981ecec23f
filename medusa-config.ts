import path from "path"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The repo root runs as a Medusa app for development: `src/` is loaded as the
 * app's own code (routes, workflows, links, subscribers, admin), and the
 * plugin's module is registered from source. Integration tests use
 * `integration-tests/app/medusa-config.ts`, which loads the BUILT plugin.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  plugins: [{ resolve: "@medusajs/loyalty-plugin", options: {} }],
  modules: [
    { resolve: "./src/modules/customer-purchase" },
    { resolve: "./src/modules/item-deposit" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              // Private files (sellers' ID photos) must never land in the
              // publicly served static/ folder, which is the default.
              private_upload_dir: path.join(process.cwd(), ".private-uploads"),
            },
          },
        ],
      },
    },
  ],
})
