// Stands in for the "server-only" package under vitest, which runs outside
// Next: the real package throws on import anywhere but a React Server bundle.
export {};
