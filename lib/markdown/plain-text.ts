import type { Block, Inline } from './parse';

export function inlineText(parts: Inline[]): string {
  return parts
    .map((part) => {
      if (part.type === 'text' || part.type === 'code') return part.text;
      if (part.type === 'link') return `${inlineText(part.children)} (${part.href})`;
      return inlineText(part.children);
    })
    .join('');
}

/** The summary as a person would paste it into a mail: no Markdown marks, lists kept as lists. */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'code') return block.text;
      if (block.type === 'list')
        return block.items
          .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineText(item)}`)
          .join('\n');
      return inlineText(block.children);
    })
    .join('\n\n');
}
