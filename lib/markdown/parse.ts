/**
 * A small Markdown reader for AI Companion summaries: headings, paragraphs, lists, bold, italic,
 * code and links. It produces a tree of plain strings, never HTML: raw HTML in the source (`<img
 * onerror>`, `<script>`) stays literal text, which React then escapes. Anything it does not know
 * (tables, quotes) is kept as paragraph text rather than dropped, so nothing a summary says is lost.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; text: string };

/** Only these schemes become links; `javascript:`, `data:` and relative links stay text. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

// Code spans first (their content is literal), then links (one level of balanced parentheses in
// the target, as CommonMark allows), then emphasis. `_` emphasis only at word
// edges, so snake_case and addresses like first_last@example.org stay as they are.
const INLINE =
  /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)|\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)|\*\*(.+?)\*\*|(?<!\w)__(.+?)__(?!\w)|\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ type: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ type: 'text', text: rest.slice(0, m.index) });
    const [whole, , code, label, href, strong1, strong2, em1, em2] = m;
    if (code !== undefined) out.push({ type: 'code', text: code.trim() || code });
    else if (label !== undefined) {
      const safe = safeHref(href ?? '');
      // An unsafe link keeps its label as text and loses the target.
      if (safe) out.push({ type: 'link', href: safe, children: parseInline(label) });
      else out.push(...parseInline(label));
    } else if (strong1 ?? strong2) out.push({ type: 'strong', children: parseInline((strong1 ?? strong2)!) });
    else out.push({ type: 'em', children: parseInline((em1 ?? em2)!) });
    rest = rest.slice(m.index + whole.length);
  }
  return merge(out);
}

function merge(parts: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.type === 'text' && last?.type === 'text') last.text += part.text;
    else out.push(part);
  }
  return out;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      while (++i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i]!);
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      const level = heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2]!) });
    } else if (item) {
      flush();
      const ordered = !BULLET.test(line);
      const last = blocks.at(-1);
      const list = last?.type === 'list' && last.ordered === ordered ? last : null;
      if (list) list.items.push(parseInline(item[1]!));
      else blocks.push({ type: 'list', ordered, items: [parseInline(item[1]!)] });
    } else paragraph.push(line.trim());
  }
  flush();
  return blocks;
}
