import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateJwtToken,
  Modules,
} from "@medusajs/framework/utils"

/**
 * Creates an admin user with an emailpass identity and returns the headers a
 * logged-in admin's requests carry (a bearer JWT signed like Medusa signs
 * them at login).
 */
export async function createAdminHeaders(container: MedusaContainer) {
  const user = await container.resolve(Modules.USER).createUsers({
    email: "admin@example.com",
    first_name: "Ada",
    last_name: "Admin",
  })
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: user.email }],
    app_metadata: { user_id: user.id },
  })
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const token = generateJwtToken(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: authIdentity.id,
      app_metadata: { user_id: user.id },
    },
    {
      secret: projectConfig.http.jwtSecret!,
      expiresIn: "1d",
      jwtOptions: projectConfig.http.jwtOptions,
    }
  )
  return { user, headers: { authorization: `Bearer ${token}` } }
}
