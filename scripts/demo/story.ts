import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The demo's story: one heading, one sentence and one screenshot per step, written as `index.html`
// beside the screenshots. Every value goes through `html`, which escapes what it inserts, so a
// title or a file name can never become markup.

export interface Step {
  title: string;
  sentence: string;
  /** The screenshot's file name, relative to the index. */
  screenshot: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A tagged template: the fixed parts are markup, every inserted value is escaped text. */
export function html(parts: TemplateStringsArray, ...values: (string | number | Trusted)[]): Trusted {
  let out = parts[0]!;
  values.forEach((value, i) => {
    out += (value instanceof Trusted ? value.markup : escapeHtml(String(value))) + parts[i + 1]!;
  });
  return new Trusted(out);
}
/** Markup made by `html` (so already escaped), which may be nested in another `html`. */
export class Trusted {
  constructor(readonly markup: string) {}
}
const joined = (items: Trusted[]) => new Trusted(items.map((i) => i.markup).join('\n'));

export function storyPage(heading: string, intro: string, steps: Step[]): string {
  const sections = steps.map(
    (step, i) =>
      html`<section>
        <h2>${i + 1}. ${step.title}</h2>
        <p>${step.sentence}</p>
        <a href="${step.screenshot}"><img src="${step.screenshot}" alt="${step.title}" loading="lazy" /></a>
      </section>`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${heading}</title>
        <style>
          body {
            font:
              16px/1.5 system-ui,
              sans-serif;
            max-width: 1100px;
            margin: 2rem auto;
            padding: 0 1rem;
            color: #202124;
          }
          section {
            margin: 2.5rem 0;
          }
          img {
            max-width: 100%;
            border: 1px solid #dadce0;
            border-radius: 6px;
            box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12);
          }
        </style>
      </head>
      <body>
        <h1>${heading}</h1>
        <p>${intro}</p>
        ${joined(sections)}
      </body>
    </html> `.markup;
}

export function writeStory(dir: string, heading: string, intro: string, steps: Step[]): string {
  const path = join(dir, 'index.html');
  writeFileSync(path, storyPage(heading, intro, steps));
  return path;
}
