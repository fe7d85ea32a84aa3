// What the readers of wikis' pages saved as text (DokuWiki, MediaWiki) share: knowing a page by its headings and
// its own marks.

/** How many headings make a text a wiki's page, with one of its own marks besides. */
const MIN_HEADINGS = 2;

/**
 * The lines of a wiki's page, or undefined when the text has fewer than two lines that `heading` matches or none
 * that one of `marks` does: a text whose banners are «== Итоги ==» is plain text.
 */
export function wikiLines(source: string, heading: RegExp, marks: readonly RegExp[]): string[] | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  if (lines.filter((l) => heading.test(l)).length < MIN_HEADINGS) return undefined;
  return marks.some((mark) => lines.some((l) => mark.test(l))) ? lines : undefined;
}
