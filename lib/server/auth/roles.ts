/** Every role an account can have. Admin is granted only through `npm run admin -- set-role`. */
export const ROLES = ["student", "teacher", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** True when a stored string is a known role (the column is a plain string on SQLite). */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
