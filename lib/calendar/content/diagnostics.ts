import type { EditorHandle, FieldProbe } from '../adapter';

// When the page changes under us, the person sees the confirm form; whoever reads the console (or a
// bug report) sees which hooks stopped working. Hook names and field names only: never the
// event's text.

/** One line per editor opening, naming each field no hook found and the hooks tried. */
export function reportEmptyChains(editor: EditorHandle, probes: readonly FieldProbe[]): void {
  const empty = probes.filter((probe) => probe.hook === null);
  if (empty.length)
    console.warn(
      `Calendar meetings: ${editor.site} ${editor.kind} editor: no hook found for ${empty
        .map((probe) => `${probe.field} (tried ${probe.tried.join(' | ')})`)
        .join('; ')}`,
    );
}
