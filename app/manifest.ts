import type { MetadataRoute } from "next";
import { siteDescription, themeColours } from "./site";

/** Lets a phone keep Groundwork on its home screen, opening on the dashboard in its own window. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Groundwork",
    short_name: "Groundwork",
    description: siteDescription,
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: themeColours.light,
    // PNGs for launchers that take no SVG, rendered from it by scripts/render-icons.ts.
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
