import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { REQUEST_PATH_HEADER } from "./request-markers";
import type { Role } from "./roles";
import { getSessionUser, type SessionUser } from "./session";
import { authPageHref, safeNextPath } from "@/lib/validation/auth";

/**
 * For pages and layouts: the signed-in user, or a redirect to
 * /sign-in?next=<this page>. `next` defaults to the path proxy.ts recorded
 * for this request.
 *
 * @example
 * const user = await requireUser();
 */
export async function requireUser(options: { next?: string } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  const next = options.next ?? (await headers()).get(REQUEST_PATH_HEADER) ?? undefined;
  const target = next ? safeNextPath(next) : undefined;
  redirect(authPageHref("/sign-in", target));
}

/**
 * For pages and layouts: the signed-in user if their role (read from the
 * database on this request) is one of `roles`; otherwise Next's `forbidden()`
 * renders app/forbidden.tsx with status 403. Signed-out visitors go to sign in.
 *
 * @example
 * const teacher = await requireRole("teacher", "admin");
 */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** Shown when an action is called without a valid session. */
export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again to continue.";
/** Shown when an action needs a role the user does not have. */
export const FORBIDDEN_MESSAGE = "Your account is not allowed to do this.";

/**
 * For server actions and route handlers (public POST endpoints that a page
 * check does not protect): the signed-in user, or an AppError 401 (no valid
 * session) / 403 (role not in `roles`) for the caller to turn into a message
 * or a JSON response.
 *
 * @example
 * const user = await authorizeAction(["teacher", "admin"]);
 */
export async function authorizeAction(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError(SIGNED_OUT_MESSAGE, { status: 401 });
  if (roles && !roles.includes(user.role)) throw new AppError(FORBIDDEN_MESSAGE, { status: 403 });
  return user;
}
