import path from "path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv("test", process.cwd())

/**
 * The app the HTTP integration tests boot: the BUILT plugin (repo root, read
 * from `.medusa/server` like any installed plugin) next to the loyalty plugin
 * (and the draft-order plugin that defineConfig always adds).
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
  plugins: [
    {
      resolve: path.resolve(__dirname, "../.."),
      // A fixed test key: every HTTP suite stores ID numbers sealed (README "Compliance").
      options: { id_number_encryption_key: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" },
    },
    { resolve: "@medusajs/loyalty-plugin", options: {} },
  ],
  modules: [
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: path.join(__dirname, ".uploads/static"),
              private_upload_dir: path.join(__dirname, ".uploads/private"),
            },
          },
        ],
      },
    },
  ],
})
