// `npm run bench`: the figures the issues ask for, in one run, printed and saved to bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/e2e/harness';
import { benchCalendar } from './bench/calendar';
import { benchParse } from './bench/parse';
import { benchPopup } from './bench/popup';
import { benchRegistration } from './bench/registration';
import { bundleSizes } from './bench/sizes';
import { benchMarkdown } from './bench/markdown';
import { benchRegistrationInBrowser } from './bench/registration-browser';
import { describeRatio } from './bench/stats';
import { benchWorker } from './bench/worker';

// `npm run bench -- popup worker` runs only the sections named; no name runs them all.
const only = process.argv.slice(2);
const wanted = (section: string) => only.length === 0 || only.includes(section);

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const results: Record<string, unknown> = { at: new Date().toISOString() };

console.log('\n## Bundle sizes (chrome-mv3, minified / gzip)');
const sizes = bundleSizes();
for (const row of sizes)
  console.log(`${row.file.padEnd(48)} ${kb(row.bytes).padStart(9)} ${kb(row.gzip).padStart(9)}`);
results.sizes = sizes;

if (wanted('calendar')) {
  console.log('\n## Calendar content scripts (median of runs)');
  const calendar = await benchCalendar();
  for (const row of calendar) {
    console.log(
      `${row.site.padEnd(16)} editor -> button ${row.editorToButtonMs.toFixed(1)} ms; ` +
        `idle DOM churn main-thread ${row.idleChurnMsWith.toFixed(1)} ms with / ${row.idleChurnMsWithout.toFixed(1)} ms without (ratio ${row.ratio.toFixed(2)}; two browsers side by side, runs alternating)`,
    );
  }
  results.calendar = calendar;
}

if (wanted('popup')) {
  console.log('\n## Toolbar popup (median of runs)');
  const popup = await benchPopup();
  console.log(
    `popup open -> first meeting from cache: ${describeRatio(popup.fromCache)}; ` +
      `baseline: a blank page of the same build, open -> load (${popup.runs} runs each, alternating)`,
  );
  console.log(
    `  where it goes (medians from open): storage asked at ${popup.fromCacheSteps.storageAskedMs.toFixed(1)} ms, ` +
      `answered at ${popup.fromCacheSteps.storageAnsweredMs.toFixed(1)} ms, first row at ${popup.fromCacheMs.toFixed(1)} ms`,
  );
  console.log(
    `  floor, a blank page with one script reading the same storage keys: ${describeRatio(popup.floor)}`,
  );
  console.log(
    `  floor, a blank page with one script that reads nothing: ${describeRatio(popup.scriptFloor)}; ` +
      `the popup takes ${(popup.fromCache.ms / popup.scriptFloor.ms).toFixed(2)} x this floor`,
  );
  console.log(
    `popup open -> first meeting from network: ${popup.fromNetworkMs.toFixed(1)} ms ` +
      `(ratio ${(popup.fromNetworkMs / popup.blankLoadMs).toFixed(2)} to the blank page)`,
  );
  console.log(
    `popup.html loads ${kb(popup.bundle.bytes)} / ${kb(popup.bundle.gzip)} gzip ` +
      `(${popup.bundle.files.join(', ')})`,
  );
  results.popup = popup;
}

if (wanted('worker')) {
  console.log('\n## Service worker cold start (median of runs)');
  const worker = await benchWorker();
  console.log(
    `stopped worker -> "${worker.message}" answered: ${describeRatio(worker.coldStart)}; ` +
      `baseline: an empty WXT-built worker in a second extension, same browser (${worker.runs} runs each, alternating); signed in to the sandbox`,
  );
  console.log(
    `stopped worker -> "${worker.calendarStart.message}" (the calendar button's first ask; the rest loads) answered: ` +
      `${worker.calendarStart.ms.toFixed(1)} ms (ratio ${worker.calendarStart.ratio.toFixed(2)} to the same baseline; no budget)`,
  );
  console.log(
    `worker scripts: background.js ${kb(worker.scripts.worker)}, background-services.js ${kb(worker.scripts.rest)} (imported on first need)`,
  );
  results.worker = worker;
}

if (wanted('parse')) {
  console.log('\n## Parsing registrants (median of runs)');
  const parse = benchParse();
  console.log(
    `${parse.rows} rows: CSV ${parse.csvMs.toFixed(1)} ms, pasted text ${parse.textMs.toFixed(1)} ms`,
  );
  results.parse = parse;
}

if (wanted('markdown')) {
  console.log('\n## Summary Markdown, adversarial inputs (median of runs; budget 50 ms each)');
  const markdown = benchMarkdown();
  const prose = markdown[0]!.ms;
  for (const row of markdown) {
    console.log(
      `${row.input.padEnd(28)} ${String(row.chars).padStart(7)} chars ${row.ms.toFixed(1).padStart(7)} ms ` +
        `(worst ${row.worstMs.toFixed(1)} ms; ${(row.ms / 50).toFixed(2)} of the budget, ${(row.ms / prose).toFixed(1)}x prose)`,
    );
  }
  results.markdown = markdown;
}

if (wanted('registration')) {
  console.log('\n## Registration to the sandbox under Zoom Pro limits (real time)');
  const registration = await benchRegistration();
  for (const row of registration) {
    const naive =
      row.naiveSeconds === undefined
        ? ''
        : `; naive one-by-one ${row.naiveSeconds.toFixed(1)} s, ${row.naiveCalls} calls`;
    console.log(
      `N=${String(row.n).padEnd(5)} ${row.calls} calls (expected ${row.expectedCalls}), ` +
        `${row.seconds.toFixed(1)} s, floor ${row.floorSeconds.toFixed(1)} s, ratio ${row.ratio.toFixed(2)}${naive}`,
    );
  }
  results.registration = registration;
}

if (wanted('registration-browser')) {
  console.log('\n## Registration through the built extension (Chromium, 4,999-row CSV, real time)');
  const inBrowser = await benchRegistrationInBrowser();
  for (const row of inBrowser) {
    // Zoom's floor is its HEAVY limit; Webex publishes no per-second limit, so its ratio is to the same
    // figure, for comparison only.
    const floor = row.provider === 'zoom' ? 'floor' : "Zoom's floor, for comparison:";
    console.log(
      `${row.provider.padEnd(5)} latency ${String(row.latencyMs).padStart(3)} ms: Run -> last registration ${row.seconds.toFixed(1)} s, ` +
        `${floor} ${row.floorSeconds.toFixed(1)} s (${row.expectedBatchCalls} batch calls at 10/s), ratio ${row.ratio.toFixed(2)} ` +
        `(budget 1.20); ${row.batchCalls} batch calls, ${row.status429} x 429, ` +
        `${row.registeredOnce ? 'everyone registered once' : 'NOT everyone registered exactly once'}`,
    );
  }
  results.registrationInBrowser = inBrowser;
}

const dir = join(ROOT, 'bench-results');
mkdirSync(dir, { recursive: true });
const file = join(dir, only.length === 0 ? 'latest.json' : `latest-${only.join('-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nSaved to ${file}`);
