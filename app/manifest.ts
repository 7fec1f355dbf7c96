import type { MetadataRoute } from "next";

/** Lets a phone keep Groundwork on its home screen, opening on the dashboard in its own window. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Groundwork",
    short_name: "Groundwork",
    description: "Lessons and quizzes generated from curated, source-cited facts.",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#f5f6f8",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
