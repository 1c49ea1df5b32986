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
  // canParse first: a throw per relative link would cost more than the whole parse.
  if (typeof URL.canParse === 'function' && !URL.canParse(raw.trim())) return null;
  try {
    const url = new URL(raw.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const isWord = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95; // [0-9A-Za-z_]
const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
const BACKTICK = 96;
const STAR = 42;
const UNDERSCORE = 95;

/**
 * For each position, the nearest position at or after it where a closer of each kind stands (or
 * `n`). Every lookup the reader makes is one array read, so no input can make it scan the same text
 * twice: the parse is linear in the length of the text (a regex trying each delimiter against the
 * rest of the text took 9 s for 60,000 characters of ` _a`).
 */
function closers(s: string) {
  const n = s.length;
  const table = () => new Int32Array(n + 4).fill(n);
  const [doubleStar, star, doubleUnder, under, lineBreak, bracket, special] = [
    table(),
    table(),
    table(),
    table(),
    table(),
    table(),
    table(),
  ];
  for (let i = n - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
    const after = i + 2 < n ? s.charCodeAt(i + 2) : -1;
    star[i] = c === STAR ? i : star[i + 1]!;
    doubleStar[i] = c === STAR && next === STAR ? i : doubleStar[i + 1]!;
    // `_` and `__` close only at a word's end: snake_case stays as it is.
    under[i] = c === UNDERSCORE && !isWord(next) ? i : under[i + 1]!;
    doubleUnder[i] = c === UNDERSCORE && next === UNDERSCORE && !isWord(after) ? i : doubleUnder[i + 1]!;
    lineBreak[i] = isBreak(c) ? i : lineBreak[i + 1]!;
    bracket[i] = c === 93 ? i : bracket[i + 1]!;
    // Where anything may start: text between these is copied, not looked at.
    special[i] = c === BACKTICK || c === 91 || c === STAR || c === UNDERSCORE ? i : special[i + 1]!;
  }
  return { doubleStar, star, doubleUnder, under, lineBreak, bracket, special };
}

/** Backtick runs, each with the index of the next run of the same length (its closer), or -1. */
function backtickRuns(s: string) {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < s.length;) {
    if (s.charCodeAt(i) !== BACKTICK) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && s.charCodeAt(j) === BACKTICK) j++;
    starts.push(i);
    lengths.push(j - i);
    i = j;
  }
  const closer = new Int32Array(starts.length).fill(-1);
  const latest = new Map<number, number>();
  for (let k = starts.length - 1; k >= 0; k--) {
    closer[k] = latest.get(lengths[k]!) ?? -1;
    latest.set(lengths[k]!, k);
  }
  const runAt = new Map(starts.map((start, k) => [start, k]));
  return { starts, lengths, closer, runAt };
}

/**
 * Where a link target that starts at each position ends (its `)`), or -1: any character but
 * whitespace and parentheses, and one level of `( )` without either inside, as CommonMark allows.
 * Read from the end, so each `[label](` finds its target in one array read.
 */
function linkTargets(s: string): Int32Array {
  const n = s.length;
  const ends = new Int32Array(n + 1).fill(-1);
  let stop = n; // the nearest `(`, `)` or whitespace at or after i
  const stops = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 40 || c === 41 || isSpace(c)) stop = i;
    stops[i] = stop;
    if (c === 41) ends[i] = i;
    else if (isSpace(c)) ends[i] = -1;
    else if (c === 40) {
      const q = stops[i + 1]!;
      ends[i] = q < n && s.charCodeAt(q) === 41 ? ends[q + 1]! : -1;
    } else ends[i] = ends[i + 1]!;
  }
  return ends;
}

/**
 * Code spans first (their content is literal), then links (one level of balanced parentheses in
 * the target, as CommonMark allows), then `**`/`__` strong and `*`/`_` emphasis, each closing at the
 * nearest closer on the same line. `_` emphasis only at word edges, so snake_case and addresses
 * like first_last@example.org stay as they are.
 */
export function parseInline(text: string): Inline[] {
  const t = closers(text);
  const runs = backtickRuns(text);
  const targets = linkTargets(text);
  const { lineBreak, special } = t;

  /** Adds plain text, joined to the text before it. */
  function addText(out: Inline[], from: number, to: number) {
    if (to <= from) return;
    const last = out[out.length - 1];
    if (last?.type === 'text') last.text += text.slice(from, to);
    else out.push({ type: 'text', text: text.slice(from, to) });
  }

  /** The nearest closer at or after `at`, if it ends by `to` and no line ends after `content`. */
  function sameLine(table: Int32Array, content: number, at: number, width: number, to: number) {
    const found = at <= to ? table[at]! : text.length;
    return found + width <= to && lineBreak[content]! > found ? found : -1;
  }

  function parse(from: number, to: number): Inline[] {
    const out: Inline[] = [];
    let textStart = from;
    let i = special[from]!;
    while (i < to) {
      const c = text.charCodeAt(i);
      let part: Inline | undefined;
      let next = i + 1;
      if (c === BACKTICK) {
        const k = runs.runAt.get(i) ?? -1;
        const length = k < 0 ? 1 : runs.lengths[k]!;
        const close = k < 0 ? -1 : runs.closer[k]!;
        const closeAt = close < 0 ? -1 : runs.starts[close]!;
        if (closeAt >= 0 && closeAt + length <= to) {
          const code = text.slice(i + length, closeAt);
          part = { type: 'code', text: code.trim() || code };
          next = closeAt + length;
        } else next = i + length; // no closer of the same length: the run is literal text
      } else if (c === 91) {
        // [label](target)
        const close = t.bracket[i + 1]!;
        const end = close + 1 < to && text.charCodeAt(close + 1) === 40 ? targets[close + 2]! : -1;
        if (end >= 0 && end < to) {
          const safe = safeHref(text.slice(close + 2, end));
          const label = parse(i + 1, close);
          next = end + 1;
          if (safe) part = { type: 'link', href: safe, children: label };
          else {
            // An unsafe link keeps its label as text and loses the target.
            addText(out, textStart, i);
            for (const piece of label) {
              const last = out[out.length - 1];
              if (piece.type === 'text' && last?.type === 'text') last.text += piece.text;
              else out.push(piece);
            }
            i = textStart = next;
            i = i < to ? special[i]! : to;
            continue;
          }
        }
      } else if (c === STAR || (c === UNDERSCORE && !(i > 0 && isWord(text.charCodeAt(i - 1))))) {
        const double = i + 1 < to && text.charCodeAt(i + 1) === c;
        const strong = double ? sameLine(c === STAR ? t.doubleStar : t.doubleUnder, i + 2, i + 3, 2, to) : -1;
        if (strong >= 0) {
          part = { type: 'strong', children: parse(i + 2, strong) };
          next = strong + 2;
        } else {
          const em = sameLine(c === STAR ? t.star : t.under, i + 1, i + 2, 1, to);
          if (em >= 0) {
            part = { type: 'em', children: parse(i + 1, em) };
            next = em + 1;
          }
        }
      }
      if (part) {
        addText(out, textStart, i);
        out.push(part);
        textStart = next;
      }
      i = next < to ? special[next]! : to;
    }
    addText(out, textStart, to);
    return out;
  }

  return parse(0, text.length);
}

// Anchored patterns with one way to match each: no backtracking that grows with the line.
const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;
const FENCE = /^\s*(```|~~~)/;

/** `# Title #`: 1 to 6 marks, a space, the text; closing marks go when a space stands before them. */
function heading(line: string): { level: 1 | 2 | 3 | 4 | 5 | 6; text: string } | null {
  let level = 0;
  while (line.charCodeAt(level) === 35) level++;
  if (level < 1 || level > 6 || level === line.length || !/\s/.test(line[level]!)) return null;
  let text = line.slice(level).trim();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  if (end === 0) text = '';
  else if (end < text.length && /\s/.test(text[end - 1]!)) text = text.slice(0, end).trimEnd();
  return { level: level as 1 | 2 | 3 | 4 | 5 | 6, text };
}

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
    const title = heading(line);
    const bullet = BULLET.exec(line);
    const item = bullet ?? NUMBERED.exec(line);
    if (!line.trim()) flush();
    else if (title) {
      flush();
      blocks.push({ type: 'heading', level: title.level, children: parseInline(title.text) });
    } else if (item) {
      flush();
      const ordered = !bullet;
      const text = parseInline(line.slice(item[0].length));
      const last = blocks.at(-1);
      const list = last?.type === 'list' && last.ordered === ordered ? last : null;
      if (list) list.items.push(text);
      else blocks.push({ type: 'list', ordered, items: [text] });
    } else paragraph.push(line.trim());
  }
  flush();
  return blocks;
}
