import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from '@/lib/markdown/parse';
import { blocksToText } from '@/lib/markdown/plain-text';

describe('the summary Markdown reader', () => {
  it('reads headings, paragraphs, lists, bold, italic, code and links', () => {
    const blocks = parseMarkdown(
      '## Key takeaways\n- Revenue grew **12%**.\n- Churn *fell*.\n\nSee `settings` and [the dash](https://x.example/d).\n\n1. One\n2. Two',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Key takeaways' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            { type: 'text', text: 'Revenue grew ' },
            { type: 'strong', children: [{ type: 'text', text: '12%' }] },
            { type: 'text', text: '.' },
          ],
          [
            { type: 'text', text: 'Churn ' },
            { type: 'em', children: [{ type: 'text', text: 'fell' }] },
            { type: 'text', text: '.' },
          ],
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'See ' },
          { type: 'code', text: 'settings' },
          { type: 'text', text: ' and ' },
          { type: 'link', href: 'https://x.example/d', children: [{ type: 'text', text: 'the dash' }] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two' }]],
      },
    ]);
  });

  it('keeps raw HTML as literal text: no element, no attribute survives as markup', () => {
    const source = 'Raw: <img src=x onerror="alert(1)"> <script>alert(2)</script>';
    expect(parseMarkdown(source)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: source }] },
    ]);
  });

  it('drops the target of javascript:, data: and relative links and keeps their label as text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      '/relative',
      'vbscript:x',
    ]) {
      expect(parseInline(`[click](${href})`), href).toEqual([{ type: 'text', text: 'click' }]);
    }
    expect(safeHref('mailto:ada@example.org')).toBe('mailto:ada@example.org');
    expect(safeHref('http://example.org/a')).toBe('http://example.org/a');
  });

  it('leaves snake_case and addresses alone, and code spans literal', () => {
    expect(parseInline('first_last@example.org and snake_case_name')).toEqual([
      { type: 'text', text: 'first_last@example.org and snake_case_name' },
    ]);
    expect(parseInline('`**not bold** <b>`')).toEqual([{ type: 'code', text: '**not bold** <b>' }]);
  });

  it('keeps what it does not know (tables, fences) as text, so nothing is lost', () => {
    const blocks = parseMarkdown('| item | owner |\n| --- | --- |\n\n```\n<script>x</script>\n```');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '| item | owner |\n| --- | --- |' }] },
      { type: 'code', text: '<script>x</script>' },
    ]);
  });

  it('turns a summary into plain text without Markdown marks', () => {
    const blocks = parseMarkdown(
      '## Next steps\n1. Draft the **plan**.\n2. Review the [dash](https://d.example/).',
    );
    expect(blocksToText(blocks)).toBe(
      'Next steps\n\n1. Draft the plan.\n2. Review the dash (https://d.example/).',
    );
  });

  it('reads headings with closing marks, and keeps a mark that is part of a word', () => {
    expect(parseMarkdown('## Title ##\n### C#\n#nospace')).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Title' }] },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'C#' }] },
      { type: 'paragraph', children: [{ type: 'text', text: '#nospace' }] },
    ]);
  });

  it('keeps unclosed marks as text, however many (the inputs that once took seconds)', () => {
    const underscores = ' _a'.repeat(20_000);
    expect(parseInline(underscores)).toEqual([{ type: 'text', text: underscores }]);
    expect(parseInline('``a`')).toEqual([{ type: 'text', text: '``a`' }]);
    expect(parseInline('**a *b* c**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'a ' },
          { type: 'em', children: [{ type: 'text', text: 'b' }] },
          { type: 'text', text: ' c' },
        ],
      },
    ]);
    expect(parseInline('*not\nemphasis*')).toEqual([{ type: 'text', text: '*not\nemphasis*' }]);
  });
});
