// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown } from '@/components/markdown';
import { parseMarkdown } from '@/lib/markdown/parse';

const renderMarkdown = (source: string) => render(<Markdown blocks={parseMarkdown(source)} />).container;

describe('the Markdown renderer', () => {
  afterEach(cleanup);

  it('renders <script> and <img onerror> as visible text, never as elements', () => {
    const root = renderMarkdown(
      '## Notes\n- Raw HTML: <img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(root.querySelectorAll('img, script, iframe').length).toBe(0);
    expect(root.textContent).toContain('<img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(root.textContent).toContain('<iframe src="https://evil.example"></iframe>');
  });

  it('drops javascript: links and opens safe ones in a new tab without an opener', () => {
    const root = renderMarkdown(
      '[bad](javascript:alert(1)) and [good](https://ok.example/x) and [mail](mailto:a@b.example)',
    );
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://ok.example/x', 'mailto:a@b.example']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(root.textContent).toContain('bad and good');
  });

  it('maps the summary’s top heading level to the given base, keeping the outline without gaps', () => {
    const root = render(<Markdown blocks={parseMarkdown('## A\n### B\ntext')} headingBase={3} />).container;
    expect([...root.querySelectorAll('h3, h4')].map((h) => `${h.tagName}:${h.textContent}`)).toEqual([
      'H3:A',
      'H4:B',
    ]);
  });

  it('renders emphasis, code and lists as their elements', () => {
    const root = renderMarkdown('**b** *i* `c`\n\n1. one\n2. two');
    expect(root.querySelector('strong')?.textContent).toBe('b');
    expect(root.querySelector('em')?.textContent).toBe('i');
    expect(root.querySelector('code')?.textContent).toBe('c');
    expect([...root.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['one', 'two']);
  });
});
