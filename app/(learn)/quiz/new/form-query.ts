/** The new-quiz form's choices as the query that pre-fills it (the page reads them back as its defaults). */
export function quizFormQuery(choices: { module: string; count: number; mode: string; types: readonly string[]; error?: string }): string {
  const { error, ...form } = choices;
  return new URLSearchParams({ module: form.module, count: String(form.count), mode: form.mode, types: form.types.join(","), ...(error ? { error } : {}) }).toString();
}
