import { z } from 'zod';
import { LEGACY_PROVIDER } from '@/lib/brands/brands';
import { type Target, TargetSchema } from '@/lib/protocol/registration';

/** What the registrants page was opened with: by a menu, the panel, a notification or a bookmark. */
export interface PageParams {
  target?: Target;
  /** People to fill in, as lines of text the host can still edit before the preview. */
  people?: string;
  jobId?: string;
}

// The "Register to a meeting…" menu sends a JSON list; a hand-written link may send plain text.
const MenuPeople = z.array(
  z.object({ email: z.string(), firstName: z.string().optional(), lastName: z.string().optional() }),
);

function peopleText(raw: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return '';
  }
  let json: unknown;
  try {
    json = JSON.parse(decoded);
  } catch {
    return decoded;
  }
  const list = MenuPeople.safeParse(json);
  if (!list.success) return decoded;
  return list.data
    .map((p) => {
      const name = [p.firstName, p.lastName].filter(Boolean).join(' ');
      return name ? `${name} <${p.email}>` : p.email;
    })
    .join('\n');
}

/**
 * `?meeting=<id>` or `?webinar=<id>` with `&provider=<key>` (the legacy provider when absent),
 * `?job=<id>`, `#people=<list>`; anything malformed is ignored.
 */
export function readPageParams(location: { search: string; hash: string }): PageParams {
  const query = new URLSearchParams(location.search);
  const params: PageParams = {};
  const provider = query.get('provider') ?? LEGACY_PROVIDER;
  const meeting = query.get('meeting');
  const webinar = query.get('webinar');
  // The background's own rule for a target (each provider's id form), so the page asks for nothing it would refuse.
  const target = TargetSchema.safeParse(
    meeting ? { provider, kind: 'meeting', id: meeting } : { provider, kind: 'webinar', id: webinar },
  );
  if (target.success) params.target = target.data;
  const job = query.get('job');
  if (job && /^[\w-]{1,100}$/.test(job)) params.jobId = job;
  const people = /^#people=(.*)$/s.exec(location.hash)?.[1];
  if (people) {
    const text = peopleText(people);
    if (text.trim()) params.people = text;
  }
  return params;
}
