/**
 * A stable id for one section of an article: `<article id>#<heading folded to lower-case words joined
 * by hyphens>`, e.g. `sleep#the-basics-that-help-most`. Evaluation sets name sections by it.
 */
export function sectionId(itemId: string, heading: string | null): string {
  const slug = (heading ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug ? `${itemId}#${slug}` : itemId;
}
