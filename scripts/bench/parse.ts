import { parseText } from '../../lib/registration/parse';
import { parseCsv } from '../../lib/registration/parse-table';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Parsing a 4,999-person CSV and the same people pasted as `Name <mail>` lines (median of runs). */
export function benchParse(runs = 9) {
  const rows = Array.from({ length: 4999 }, (_, i) => `person${i}@example.org,First${i},Last${i}`);
  const csv = `Email,First Name,Last Name\n${rows.join('\n')}`;
  const text = rows.map((_, i) => `First${i} Last${i} <person${i}@example.org>`).join('\n');
  const time = (parse: () => unknown) =>
    median(
      Array.from({ length: runs }, () => {
        const started = performance.now();
        parse();
        return performance.now() - started;
      }),
    );
  return { rows: 4999, csvMs: time(() => parseCsv(csv)), textMs: time(() => parseText(text)) };
}
