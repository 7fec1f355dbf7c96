/** What an attempt covers, in words: its module's title, "All modules", or "3 modules". `modules` are the live ones, to name the attempt's. */
export function modulesTitle(moduleSlugs: readonly string[], modules: readonly { slug: string; title: string }[]): string {
  if (moduleSlugs.length === 1) return modules.find((module) => module.slug === moduleSlugs[0])?.title ?? (moduleSlugs[0] as string);
  return moduleSlugs.length === modules.length ? "All modules" : `${moduleSlugs.length} modules`;
}
