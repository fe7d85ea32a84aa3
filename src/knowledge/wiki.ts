// What the readers of wikis' pages saved as text (DokuWiki, MediaWiki) share: knowing a page by its headings and
// its own marks.

/** How many headings make a text a wiki's page, with one of its own marks besides. */
const MIN_HEADINGS = 2;

/**
 * The lines of a wiki's page, or undefined when the text has fewer than two lines that `heading` matches or none
 * that one of `marks` does: a text whose banners are «== Итоги ==» is plain text. A page of one heading is a wiki's
 * when two of its marks say so: an index page, «== Сокращения ==» under a template and a word in bold.
 */
export function wikiLines(source: string, heading: RegExp, marks: readonly RegExp[]): string[] | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const headings = lines.filter((l) => heading.test(l)).length;
  const marked = marks.filter((mark) => lines.some((l) => mark.test(l))).length;
  if (headings >= MIN_HEADINGS) return marked > 0 ? lines : undefined;
  return headings === 1 && marked >= 2 ? lines : undefined;
}
