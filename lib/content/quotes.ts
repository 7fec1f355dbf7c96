/**
 * A fact may quote a phrase its article puts in quotation marks, and then it
 * must quote it word for word. This finds the quoted phrases of a text that no
 * cited passage holds, ignoring the style of the quotation marks and
 * apostrophes, letter case, runs of spaces and a closing full stop or comma.
 */

function comparable(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").toLowerCase();
}

/**
 * The phrases `text` puts in double quotation marks that none of `passages` holds.
 *
 * @example
 * misquotedPhrases('The US was "losing patience".', ['the U.S. is "reaching the limits of our patience"']) // ["losing patience"]
 */
export function misquotedPhrases(text: string, passages: readonly string[]): string[] {
  const cited = comparable(passages.join(" \n "));
  return [...text.matchAll(/["“]([^"”]+)["”]/g)].map((match) => match[1] as string).filter((phrase) => !cited.includes(comparable(phrase).replace(/[.,]$/, "")));
}
