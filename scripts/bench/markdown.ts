import { parseMarkdown } from '../../lib/markdown/parse';

// The summary reader against the inputs that cost the most per character, each 100,000 characters
// (the issue's 60k of ` _a` took 9.3 s before the reader was made linear). The budget is 50 ms per
// input; the baseline is ordinary prose of the same length, read in the same run.
const N = 100_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

export const ADVERSARIAL: Record<string, string> = {
  'prose (baseline)': repeat('Revenue grew **12%** in Q3; see [the dash](https://x.example/d). '),
  '" _a"': repeat(' _a'),
  '"*a"': repeat('*a'),
  '"**a"': repeat('**a'),
  '" __a"': repeat(' __a'),
  '"_" only': '_'.repeat(N),
  '"*" only': '*'.repeat(N),
  '"[a]("': repeat('[a]('),
  '"[" only': '['.repeat(N),
  '"[](x(y)"': repeat('[](x(y)'),
  '"`a``"': repeat('`a``'),
  'backtick runs 1..300': Array.from({ length: 700 }, (_, i) => `${'`'.repeat((i % 300) + 1)}a`)
    .join('')
    .slice(0, N),
  '"# " + spaces': `# ${' '.repeat(N - 3)}x`,
  '"- " + spaces + U+2028': `- ${' '.repeat(N - 3)}\u2028`,
  'nested marks': repeat('**_*[`a`](b)*_**'),
  'one line per " _a"': repeat(' _a\n'),
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchMarkdown(runs = 7) {
  return Object.entries(ADVERSARIAL).map(([input, source]) => {
    parseMarkdown(source); // warm up: the popup parses a summary more than once
    const times = Array.from({ length: runs }, () => {
      const started = performance.now();
      parseMarkdown(source);
      return performance.now() - started;
    });
    return { input, chars: source.length, ms: median(times), worstMs: Math.max(...times) };
  });
}
