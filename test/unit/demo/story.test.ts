import { describe, expect, it } from 'vitest';
import { escapeHtml, html, storyPage } from '../../../scripts/demo/story';

describe("the demo's story page", () => {
  it('escapes every inserted value, in text and in attributes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
    expect(html`<p title="${'"><script>'}">${'<b>'}</p>`.markup).toBe(
      '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>',
    );
  });

  it('tells one heading, one sentence and one screenshot per step, in order', () => {
    const page = storyPage('Demo <1>', 'Intro & more', [
      { title: 'Sign in', sentence: 'The options page says "Connected".', screenshot: '01-sign-in.png' },
      { title: 'Popup', sentence: 'Both <meetings>.', screenshot: '02 popup".png' },
    ]);
    expect(page).toContain('<h1>Demo &lt;1&gt;</h1>');
    expect(page).toContain('<p>Intro &amp; more</p>');
    expect(page.match(/<h2>/g)).toHaveLength(2);
    expect(page.indexOf('<h2>1. Sign in</h2>')).toBeLessThan(page.indexOf('<h2>2. Popup</h2>'));
    expect(page).toContain('<p>The options page says &quot;Connected&quot;.</p>');
    expect(page).toContain('<p>Both &lt;meetings&gt;.</p>');
    expect(page).toContain('<img src="02 popup&quot;.png" alt="Popup"');
    expect(page).not.toContain('<meetings>');
  });
});
