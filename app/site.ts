/** What the page metadata and the web manifest both say of the app. */
export const siteDescription = "Lessons and quizzes generated from curated, source-cited facts.";

/** The browser chrome's colour: the header's surface colour (globals.css --color-surface), light and dark. */
export const themeColours = { light: "#f5f6f8", dark: "#191c22" } as const;
