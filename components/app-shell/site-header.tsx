import Link from "next/link";
import { Suspense } from "react";
import { AuthLinks, AuthLinksKeepingNext } from "./auth-links";
import { MobileMenu } from "./mobile-menu";
import { NavLink } from "./nav-link";

export type ShellUser = { role: "student" | "teacher" | "admin" };

/** `section`: the paths the link stands for, marked as current in the navigation. */
type NavEntry = { href: string; section: string; label: string };

function navFor(user: ShellUser | null): NavEntry[] {
  if (!user) return [];
  const links: NavEntry[] = [
    { href: "/dashboard", section: "/dashboard", label: "Dashboard" },
    // Only the practice form: a review session or an assignment is a quiz page too, and marked "Practise" wrongly (UX review).
    { href: "/quiz/new", section: "/quiz/new", label: "Practise" },
    { href: "/review", section: "/review", label: "Review" },
    { href: "/progress", section: "/progress", label: "Progress" },
    { href: "/notifications", section: "/notifications", label: "Notifications" },
    { href: "/account", section: "/account", label: "Account" },
  ];
  if (user.role !== "student") links.push({ href: "/teach", section: "/teach", label: "Teaching" });
  return links;
}

function NavList({ links, className }: { links: NavEntry[]; className: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <NavLink href={link.href} section={link.section}>
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * The site header: product name, the signed-in user's navigation and a
 * sign-out button. Below desktop width the navigation folds into a "Menu" disclosure
 * to keep the page's content above the fold. `signOut` is a server action passed in by the layout, so
 * this component imports no server code.
 */
export function SiteHeader({ user, signOut }: { user: ShellUser | null; signOut: () => Promise<void> }) {
  const links = navFor(user);
  return (
    <header className="border-b border-line bg-surface">
      <div className="relative mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <Link href={user ? "/dashboard" : "/"} className="flex min-h-11 items-center text-lg font-bold tracking-tight">
          Groundwork
        </Link>
        {links.length > 0 ? (
          <nav aria-label="Main" className="hidden lg:block">
            <NavList links={links} className="flex flex-wrap gap-1" />
          </nav>
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          {links.length > 0 ? (
            <MobileMenu>
              <nav aria-label="Main" className="absolute right-4 top-full z-20 w-[calc(100%-2rem)] rounded-lg border border-line bg-surface p-1 shadow-lg sm:w-56">
                <NavList links={links} className="flex flex-col" />
              </nav>
            </MobileMenu>
          ) : null}
          {user ? (
            <>
              <form action={signOut}>
                <button type="submit" className="min-h-11 rounded-lg border border-line px-3 font-medium hover:bg-canvas">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            // Where the address cannot be read while rendering (a static page), the links go without its `next`.
            <Suspense fallback={<AuthLinks />}>
              <AuthLinksKeepingNext />
            </Suspense>
          )}
        </div>
      </div>
    </header>
  );
}
