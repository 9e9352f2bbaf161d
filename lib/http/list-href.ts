type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A list page's address with some query parameters changed (undefined removes one). The page cursor
 * (`after`) is always dropped first: a new filter or order starts from the first page.
 */
export function listHref(path: string, searchParams: SearchParams, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) if (key !== 'after' && typeof value === 'string') params.set(key, value);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  return `${path}?${params}`;
}

/** A page's query as one value per name (the first, when a name repeats), for a list's filter schema. */
export function firstValues(searchParams: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
