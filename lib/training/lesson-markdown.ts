import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

// The rules a lesson's Markdown is rendered under (components/training/lesson-body.tsx). Lessons are written by
// trainers, not only by the national office, and read by every learner: they are treated as untrusted text.

/** Where a lesson's own files are served (app/api/training/files/[id]/route.ts); the only place an image may come from. */
export const LESSON_FILE_PATH = '/api/training/files/';

const LESSON_FILE_URL = /^\/api\/training\/files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A path on this site: "/x" but not "//host" nor "/\host", which browsers read as another host. */
export function isSiteRelative(url: string): boolean {
  return url.startsWith('/') && url[1] !== '/' && url[1] !== '\\';
}

/**
 * A link's target as written, or null when it is not one of: http(s), mailto, a path on this site, or a
 * fragment (#…). Everything else — javascript:, data:, vbscript:, file:, protocol-relative //host, a
 * relative path — is dropped. The WHATWG parser removes tabs and newlines and trims spaces first, as the
 * browser would, so "java\tscript:" cannot pass as a relative path.
 */
export function safeLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  if (trimmed.startsWith('#') || isSiteRelative(trimmed)) return trimmed;
  try {
    const { protocol } = new URL(trimmed);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:' ? trimmed : null;
  } catch {
    return null;
  }
}

/**
 * An image's source, or null. Only a lesson file of this site (`/api/training/files/<id>`): an image from
 * another host would tell it each learner's address and when they read the lesson, a data: image can carry
 * SVG script or megabytes inline, and any other path of the site is not an image (a GET must not be made
 * on a learner's behalf by an author's Markdown).
 */
export function safeImageUrl(url: string): string | null {
  const trimmed = url.trim();
  return LESSON_FILE_URL.test(trimmed) ? trimmed : null;
}

/** react-markdown's urlTransform: `src` of images through safeImageUrl, every other URL through safeLinkUrl. */
export function lessonUrlTransform(url: string, key: string): string | null {
  return key === 'src' ? safeImageUrl(url) : safeLinkUrl(url);
}

/**
 * rehype-sanitize's schema: GitHub's (no script, style, iframe, object, embed, form, event attributes,
 * ids prefixed) narrowed further — no images' `longDesc`, no `input`, no `<details>`, and only the
 * schemes safeLinkUrl allows. Raw HTML never reaches it (skipHtml); it stands behind that in case a
 * plugin or a future option lets HTML through.
 */
export const lessonSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'details', 'summary', 'picture', 'source'].includes(tag)),
  attributes: { ...defaultSchema.attributes, img: ['src', 'alt', 'title'], input: [] },
  protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'], src: [], longDesc: [] },
};

/** Characters in a lesson's Markdown (about 3,000 words; longer material goes in a PDF file): see markdown-budget.ts. */
export const LESSON_MARKDOWN_MAX_CHARS = 20_000;
