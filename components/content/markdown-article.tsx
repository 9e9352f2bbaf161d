import Link from 'next/link';
import Markdown, { type Components } from 'react-markdown';

// How the information pages' Markdown looks. react-markdown builds React elements (no HTML string, no
// dangerouslySetInnerHTML); raw HTML in a file is dropped (skipHtml), and unsafe link schemes by its
// default urlTransform. Rendered on the server only: the pages ship no script for it.
const components: Components = {
  h2: ({ children }) => <h2 className="mt-8 text-xl font-bold">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-6 text-lg font-bold">{children}</h3>,
  p: ({ children }) => <p className="mt-3 leading-8">{children}</p>,
  ul: ({ children }) => <ul className="mt-3 list-disc space-y-2 ps-6 leading-8">{children}</ul>,
  ol: ({ children }) => <ol className="mt-3 list-decimal space-y-2 ps-6 leading-8">{children}</ol>,
  strong: ({ children }) => <strong className="font-bold text-ink">{children}</strong>,
  blockquote: ({ children }) => <div className="mt-4 rounded-lg border-s-4 border-amber-600 bg-amber-50 px-4 py-1 text-amber-950">{children}</div>,
  a: ({ href = '', children }) =>
    href.startsWith('/') ? (
      <Link href={href} className="font-medium text-brand-800 underline">
        {children}
      </Link>
    ) : (
      <a href={href} className="font-medium text-brand-800 underline" dir="ltr">
        {children}
      </a>
    ),
};

export function MarkdownArticle({ markdown }: { markdown: string }) {
  return (
    <Markdown components={components} skipHtml>
      {markdown}
    </Markdown>
  );
}
