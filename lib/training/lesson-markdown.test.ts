import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LessonBody } from '@/components/training/lesson-body';
import { safeImageUrl, safeLinkUrl } from './lesson-markdown';

const render = (markdown: string) => renderToStaticMarkup(createElement(LessonBody, { markdown }));
const FILE = '/api/training/files/0b7e3c1a-2f4d-4c1e-9a8b-1c2d3e4f5a6b';

/** Nothing in the output that runs, loads or navigates anywhere unsafe. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script|<iframe|<embed|<object|<style|<svg|<math|<form|<input|<base|<meta|<link/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  // As words a scheme is harmless (a refused link keeps its text); in no attribute.
  expect(html).not.toMatch(/="[^"]*(javascript|vbscript|data):/i);
  expect(html).not.toMatch(/(href|src)="\/\//i);
}

describe('LessonBody', () => {
  it('renders ordinary Markdown with dir="auto" on the text', () => {
    const html = render('# عنوان\n\nیک **پاراگراف** با [پیوند](https://example.org/a) و [صفحه](/training).\n\n- یک\n- دو');
    expect(html).toContain('<h2 dir="auto"');
    expect(html).toContain('<strong');
    expect(html).toContain('<li dir="auto">یک</li>');
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer" dir="ltr"');
    expect(html).toContain('<a href="/training" class=');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['a script inside a paragraph', 'text <script>alert(1)</script> more'],
    ['an event attribute', '<img src=x onerror="alert(1)">'],
    ['an event attribute on a div', '<div onmouseover="alert(1)">hover</div>'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['an embed and object', '<embed src="x.swf"><object data="x"></object>'],
    ['an SVG with script', '<svg><script>alert(1)</script></svg>'],
    ['a style tag', '<style>body{display:none}</style>'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['an upper-case javascript: link', '[click](JaVaScRiPt:alert(1))'],
    ['an entity-encoded javascript: link', '[click](&#106;avascript:alert(1))'],
    ['a javascript: link with a tab', '[click](<java\tscript:alert(1)>)'],
    ['a javascript: link behind spaces', '[click](<  javascript:alert(1)>)'],
    ['a vbscript: link', '[click](vbscript:msgbox(1))'],
    ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a reference-style javascript: link', '[click][x]\n\n[x]: javascript:alert(1)'],
    ['an autolink with javascript:', '<javascript:alert(1)>'],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['a javascript: image', '![x](javascript:alert(1))'],
    ['a protocol-relative link', '[x](//evil.example/a)'],
    ['a backslash host link', '[x](/\\evil.example/a)'],
    ['a nested trick: HTML inside link text', '[<img src=x onerror=alert(1)>](https://example.org)'],
    ['a nested trick: split script', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
    ['a form with an action', '<form action="javascript:alert(1)"><input type=submit></form>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['a base tag', '<base href="javascript:alert(1)//">'],
    ['a link in a raw anchor', '<a href="javascript:alert(1)">x</a>'],
  ])('leaves nothing of %s', (_label, markdown) => {
    expectInert(render(markdown));
  });

  it('keeps a refused link as plain words, and a refused image as its description', () => {
    expect(render('[click here](javascript:alert(1))')).toContain('<span>click here</span>');
    expect(render('![a map](https://tracker.example/pixel.gif)')).toBe(
      '<div class="lesson-body"><p dir="auto" class="mt-3 leading-8"><span dir="auto">a map</span></p></div>',
    );
  });

  it("shows images only from the lesson's own files", () => {
    expect(render(`![نقشه](${FILE})`)).toContain(`<img src="${FILE}" alt="نقشه" loading="lazy"`);
    expect(render('![x](/api/reports/export)')).not.toContain('<img');
    expect(render('![x](https://example.org/a.png)')).not.toContain('<img');
  });
});

describe('safeLinkUrl', () => {
  it.each(['https://example.org/a?b#c', 'http://example.org', 'mailto:info@example.org', '/training/courses/basic', '#part-2'])('allows %s', (url) => {
    expect(safeLinkUrl(url)).toBe(url);
  });
  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example',
    '/\\evil.example',
    'relative/path',
    'ftp://x.example',
    'java\nscript:x',
  ])('refuses %s', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
});

describe('safeImageUrl', () => {
  it('allows a lesson file and nothing else', () => {
    expect(safeImageUrl(FILE)).toBe(FILE);
    expect(safeImageUrl(`${FILE}?x=1`)).toBeNull();
    expect(safeImageUrl('/api/training/files/../../attachments/x')).toBeNull();
    expect(safeImageUrl('https://example.org/x.png')).toBeNull();
  });
});
