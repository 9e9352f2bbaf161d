'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Keeps a page's server data fresh while something it shows is in progress (e.g. an annual report being made).
 * With JavaScript: `router.refresh()` every `seconds`, which re-reads the server components and keeps the page's
 * client state — a half-filled form, a message just shown (a whole-page reload lost both: break-it review, #17).
 * Without JavaScript: a meta refresh to `url` (a GET, never a reload that would post a form again) inside
 * <noscript>, as markup React neither hoists nor runs, so it acts only where scripts are off.
 */
export function RefreshEvery({ seconds, url }: { seconds: number; url: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  const meta = `<meta http-equiv="refresh" content="${seconds}; url=${encodeURI(url)}">`;
  return <noscript dangerouslySetInnerHTML={{ __html: meta }} />;
}
