import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/markdown';
import { type Inline, parseMarkdown } from '@/lib/markdown/parse';

// Pieces a hostile or broken summary might hold: Markdown marks in any order, raw HTML, and link
// targets of every scheme, so the generated text exercises every path of the reader.
const PIECES = [
  '*',
  '**',
  '_',
  '__',
  '`',
  '``',
  '```',
  '~~~',
  '[',
  ']',
  '(',
  ')',
  '](',
  '#',
  '## ',
  '- ',
  '1. ',
  '\n',
  '\n\n',
  ' ',
  '\t',
  'a',
  'word',
  'snake_case',
  'x@y.org',
  '\u2028',
  '\r\n',
  '<',
  '>',
  '&',
  '"',
  "'",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:x',
  'data:text/html,<b>x</b>',
  'vbscript:x',
  'http://a.example/',
  'https://b.example/p(q)',
  'mailto:ada@example.org',
  '//evil.example',
  'file:///etc/passwd',
  '[x](javascript:alert(1))',
  '[y](https://ok.example)',
  '[z](data:x)',
];
const markdown = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const ALLOWED_TAGS = new Set([
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'code',
  'pre',
  'a',
]);
const SAFE_HREF = /^(https?:|mailto:)/;

function links(parts: Inline[]): string[] {
  return parts.flatMap((p) =>
    p.type === 'link'
      ? [p.href, ...links(p.children)]
      : p.type === 'strong' || p.type === 'em'
        ? links(p.children)
        : [],
  );
}

describe('the Markdown reader, for any text', () => {
  it('never throws, links only to http, https and mailto, and renders no markup but its own', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const blocks = parseMarkdown(source);
        const inlines = blocks.flatMap((b) =>
          b.type === 'list' ? b.items.flat() : b.type === 'code' ? [] : b.children,
        );
        for (const href of links(inlines)) expect(href).toMatch(SAFE_HREF);

        const html = renderToStaticMarkup(createElement(Markdown, { blocks }));
        // Every `<` opens one of the elements the component makes; text `<` is escaped to `&lt;`.
        for (const tag of html.matchAll(/<\/?([^\s>/]+)([^>]*)>/g)) {
          expect(ALLOWED_TAGS.has(tag[1]!.toLowerCase()), tag[0]).toBe(true);
          for (const attr of tag[2]!.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
            expect(['class', 'href', 'target', 'rel']).toContain(attr[1]);
            if (attr[1] === 'href') expect(attr[2]).toMatch(SAFE_HREF);
          }
        }
        const stripped = html.replace(/<\/?([^\s>/]+)([^>]*)>/g, '');
        expect(stripped).not.toMatch(/[<>]/);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every character of ordinary text (no marks) in the output', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 .,;:!?-]{1,200}$/), (source) => {
        const blocks = parseMarkdown(source);
        const text = blocks
          .flatMap((b) =>
            b.type === 'paragraph' || b.type === 'heading'
              ? b.children
              : b.type === 'list'
                ? b.items.flat()
                : [],
          )
          .map((p) => (p.type === 'text' ? p.text : ''))
          .join('');
        expect(text.replace(/\s+/g, '')).toBe(source.replace(/^\s*(\d+[.)]|-)\s+/, '').replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
