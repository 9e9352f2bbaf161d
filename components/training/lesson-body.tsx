import { createHash } from 'node:crypto';
import type { ReactElement } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import { isSiteRelative, LESSON_MARKDOWN_MAX_CHARS, lessonSanitizeSchema, lessonUrlTransform } from '@/lib/training/lesson-markdown';

// A lesson's Markdown, written by trainers and read by every learner. Three layers, each enough alone for the
// common attacks: raw HTML is dropped while parsing (skipHtml); the HTML tree is cleaned by rehype-sanitize
// (lib/training/lesson-markdown.ts: no script, iframe, embed, event attributes, unsafe schemes); every URL goes
// through lessonUrlTransform (links: http(s), mailto, this site; images: this lesson's files only). react-markdown
// builds React elements, never an HTML string. Rendered on the server: no script ships for it.
const components: Components = {
  // The lesson page's title is the h1: the lesson's headings start one level below it.
  h1: ({ children }) => (
    <h2 dir="auto" className="mt-8 text-xl font-bold">
      {children}
    </h2>
  ),
  h2: ({ children }) => (
    <h3 dir="auto" className="mt-6 text-lg font-bold">
      {children}
    </h3>
  ),
  h3: ({ children }) => (
    <h4 dir="auto" className="mt-5 font-bold">
      {children}
    </h4>
  ),
  h4: ({ children }) => (
    <h5 dir="auto" className="mt-4 font-bold">
      {children}
    </h5>
  ),
  p: ({ children }) => (
    <p dir="auto" className="mt-3 leading-8">
      {children}
    </p>
  ),
  ul: ({ children }) => <ul className="mt-3 list-disc space-y-2 ps-6 leading-8">{children}</ul>,
  ol: ({ children }) => <ol className="mt-3 list-decimal space-y-2 ps-6 leading-8">{children}</ol>,
  li: ({ children }) => <li dir="auto">{children}</li>,
  strong: ({ children }) => <strong className="font-bold text-ink">{children}</strong>,
  blockquote: ({ children }) => (
    <blockquote dir="auto" className="mt-4 rounded-lg border-s-4 border-amber-600 bg-amber-50 px-4 py-1 text-amber-950">
      {children}
    </blockquote>
  ),
  pre: ({ children }) => (
    <pre dir="ltr" className="mt-3 overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm">
      {children}
    </pre>
  ),
  a: ({ href, children }) => {
    // No href left: the URL was refused (lessonUrlTransform). The words stay, the link goes.
    if (!href) return <span>{children}</span>;
    if (href.startsWith('#') || isSiteRelative(href))
      return (
        <a href={href} className="font-medium text-brand-800 underline">
          {children}
        </a>
      );
    // Another site: no window.opener for it, and no Referer telling it which lesson the learner came from.
    return (
      <a href={href} rel="noopener noreferrer" dir="ltr" className="font-medium text-brand-800 underline">
        {children}
      </a>
    );
  },
  img: ({ src, alt }) =>
    // A refused source (another host, data:, …) leaves its description, never a request.
    typeof src === 'string' && src ? (
      // eslint-disable-next-line @next/next/no-img-element -- a lesson file, served by our route with its own headers
      <img src={src} alt={alt ?? ''} loading="lazy" className="mt-3 h-auto max-w-full rounded-lg" />
    ) : alt ? (
      <span dir="auto">{alt}</span>
    ) : null,
};

const rendered = new Map<string, ReactElement>();
/** Distinct lesson texts kept per server process (a few hundred lessons of at most 20,000 characters each). */
const RENDERED_MAX = 300;

/**
 * A lesson's Markdown (`Lesson.markdown`) as safe React elements. Parsed once per text and server process, then
 * reused: a published lesson never changes, and a text that passed its parse budget when saved
 * (lib/training/markdown-budget.ts) costs at most about that budget here, once. A text over the length limit (stored
 * before the limit) is shown as plain text rather than parsed.
 */
export function LessonBody({ markdown }: { markdown: string }) {
  if (markdown.length > LESSON_MARKDOWN_MAX_CHARS)
    return (
      <div className="lesson-body">
        <p dir="auto" className="mt-3 leading-8 whitespace-pre-wrap">
          {markdown}
        </p>
      </div>
    );
  const key = createHash('sha256').update(markdown).digest('base64url');
  let body = rendered.get(key);
  // Least recently used goes first: a hit moves the text to the end of the map, so lessons read often stay rendered
  // while a run of rarely read ones cycles out (a break-it review cycled 300 distinct texts to keep every read cold).
  if (body) {
    rendered.delete(key);
    rendered.set(key, body);
  } else {
    body = Markdown({
      children: markdown,
      components,
      skipHtml: true,
      rehypePlugins: [[rehypeSanitize, lessonSanitizeSchema]],
      urlTransform: lessonUrlTransform,
    });
    if (rendered.size >= RENDERED_MAX) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, body);
  }
  return <div className="lesson-body">{body}</div>;
}
