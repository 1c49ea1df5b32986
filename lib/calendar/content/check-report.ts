import type { PageCheck } from './page-check';

// The plain-text report "Check a calendar page" copies into a bug report: per open editor, each
// field with the hook that read it, or "missing" with the hooks tried. Structure only.

export function checkReport(pages: readonly PageCheck[], userAgent: string): string {
  const lines = [`Calendar page check (${userAgent})`];
  for (const page of pages) {
    if (!page.editors.length) lines.push(`${page.site}: no event editor open`);
    for (const editor of page.editors) {
      lines.push(`${page.site} ${editor.kind} editor:`);
      for (const probe of editor.probes)
        lines.push(
          probe.hook === null
            ? `  ${probe.field}: missing (tried ${probe.tried.join(' | ') || 'nothing'})`
            : `  ${probe.field}: ${editor.missing.includes(probe.field) ? 'unsure' : 'found'} by ${probe.hook}`,
        );
      const unprobed = editor.missing.filter((field) => !editor.probes.some((p) => p.field === field));
      if (unprobed.length) lines.push(`  missing: ${unprobed.join(', ')}`);
    }
  }
  return lines.join('\n');
}
