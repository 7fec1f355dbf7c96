/** The browser's localStorage, or undefined where there is none or it is refused (the server, some private modes). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
