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

/**
 * Logs a browser-like client in with a session cookie, the way the admin
 * dashboard does: register an emailpass identity, attach it to a new user,
 * log in (POST /auth/{actor}/emailpass), then trade the token for a session
 * (POST /auth/session). Returns the `Cookie` header value.
 */
export async function sessionCookie(
  api: any,
  container: MedusaContainer,
  actor: "user" | "customer",
  email: string,
  password = "secret-password",
  extraHeaders: Record<string, string> = {}
) {
  const { data: registered } = await api.post(`/auth/${actor}/emailpass/register`, { email, password })
  const payload = JSON.parse(Buffer.from(registered.token.split(".")[1], "base64url").toString())
  const auth = container.resolve(Modules.AUTH)
  if (actor === "user") {
    const user = await container.resolve(Modules.USER).createUsers({ email })
    await auth.updateAuthIdentities({ id: payload.auth_identity_id, app_metadata: { user_id: user.id } })
  } else {
    await api.post(
      "/store/customers",
      { email },
      { headers: { authorization: `Bearer ${registered.token}`, ...extraHeaders } }
    )
  }
  const { data: login } = await api.post(`/auth/${actor}/emailpass`, { email, password })
  const response = await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${login.token}` } })
  const cookies: string[] = response.headers["set-cookie"] ?? []
  const cookie = cookies.map((c) => c.split(";")[0]).find((c) => c.startsWith("connect.sid="))
  if (!cookie) {
    throw new Error(`POST /auth/session set no session cookie: ${JSON.stringify(cookies)}`)
  }
  return { cookie, token: login.token as string }
}
