/** The information pages every office has; an office may add more (they come from the API list). */
export const standardContentSlugs = ['about', 'rights', 'help-types', 'process', 'contact'] as const;
export type StandardContentSlug = (typeof standardContentSlugs)[number];

export function isStandardSlug(slug: string): slug is StandardContentSlug {
  return (standardContentSlugs as readonly string[]).includes(slug);
}
