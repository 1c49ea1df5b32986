import { Fragment, type ReactNode } from 'react';
import type { Block, Inline } from '@/lib/markdown/parse';

// Markdown as React elements built from parsed strings: React escapes every string, and there is
// no path from the source to raw HTML: nothing here parses a string as markup.

function inlines(parts: Inline[]): ReactNode[] {
  return parts.map((part, i) => {
    switch (part.type) {
      case 'text':
        return <Fragment key={i}>{part.text}</Fragment>;
      case 'code':
        return <code key={i}>{part.text}</code>;
      case 'strong':
        return <strong key={i}>{inlines(part.children)}</strong>;
      case 'em':
        return <em key={i}>{inlines(part.children)}</em>;
      case 'link':
        // `href` passed safeHref (http, https, mailto); a new tab cannot reach back into ours.
        return (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {inlines(part.children)}
          </a>
        );
    }
  });
}

/**
 * `headingBase`: the level the summary's top headings get, so they sit under the page's own (h1
 * popup, h2 summary title) and the outline has no gaps whatever level the summary starts at.
 */
export function Markdown({ blocks, headingBase = 3 }: { blocks: Block[]; headingBase?: number }) {
  const top = Math.min(7, ...blocks.map((b) => (b.type === 'heading' ? b.level : 7)));
  return (
    <div className="markdown">
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'heading': {
            const Tag = `h${Math.min(6, headingBase + block.level - top)}` as 'h3';
            return <Tag key={i}>{inlines(block.children)}</Tag>;
          }
          case 'paragraph':
            return <p key={i}>{inlines(block.children)}</p>;
          case 'code':
            return (
              <pre key={i}>
                <code>{block.text}</code>
              </pre>
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{inlines(item)}</li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}
