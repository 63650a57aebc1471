/** Words of a title, lower-cased, for comparing a heading with the title the page declares. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s!-/:-@[-`{-~\u2010-\u201f]+/)
    .filter((word) => word !== '');
}

/** How much of the heading's wording the declared title shares (0-1). */
function overlap(heading: string, title: string): number {
  const titleWords = new Set(words(title));
  const headingWords = words(heading);
  if (headingWords.length === 0) return 0;
  return headingWords.filter((w) => titleWords.has(w)).length / headingWords.length;
}

/**
 * The story's headline element: the `<h1>` (else `<h2>`) whose words best match the declared title,
 * so a site's logo in an `<h1>` or a list of teasers' headings is passed over.
 */
export function findHeadline(doc: Document, title: string | null): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const heading of doc.querySelectorAll('h1, h2')) {
    const text = heading.textContent ?? '';
    const wordCount = words(text).length;
    if (wordCount < 2) continue;
    const score = (title ? overlap(text, title) : 0) + (heading.tagName === 'H1' ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [heading, score];
  }
  return best;
}
