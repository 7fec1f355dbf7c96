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
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
