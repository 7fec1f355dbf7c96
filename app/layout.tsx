import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { RememberTimeZone } from "@/components/app-shell/remember-time-zone";
import { SiteFooter } from "@/components/app-shell/site-footer";
import { SiteHeader } from "@/components/app-shell/site-header";
import { ConnectionNeededNotice } from "@/components/offline/connection-needed-notice";
import { OfflineSupport } from "@/components/offline/offline-support";
import { getSessionUser } from "@/lib/server/auth/session";
import { signOutAction } from "./(auth)/sign-out/actions";
import { siteDescription, themeColours } from "./site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Groundwork", template: "%s · Groundwork" },
  description: siteDescription,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: themeColours.light },
    { media: "(prefers-color-scheme: dark)", color: themeColours.dark },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en-GB">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-canvas focus:px-4 focus:py-3"
        >
          Skip to content
        </a>
        <SiteHeader user={user ? { role: user.role } : null} signOut={signOutAction} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          <ConnectionNeededNotice />
          {children}
        </main>
        <SiteFooter />
        <OfflineSupport signedIn={user !== null} />
        <RememberTimeZone />
      </body>
    </html>
  );
}
