import { idMatches, zoomError } from '../api';
import type { ZoomContext } from '../context';
import { paginate } from '../paging';
import type { Summary } from '../state';
import { zoomTime } from '../time';
import { validationError } from '../validate';

const DAY = 86_400_000;

/** The fields of a list row, per docs/api/zoom-meetings-api-reference.txt ("List an account's meeting or webinar summaries"). */
function listItem(s: Summary) {
  return {
    meeting_host_id: s.meeting_host_id,
    meeting_host_email: s.meeting_host_email,
    meeting_uuid: s.meeting_uuid,
    meeting_id: s.meeting_id,
    meeting_topic: s.meeting_topic,
    meeting_start_time: s.meeting_start_time,
    meeting_end_time: s.meeting_end_time,
    summary_start_time: s.summary_start_time,
    summary_end_time: s.summary_end_time,
    summary_created_time: s.summary_created_time,
    summary_last_modified_time: s.summary_last_modified_time,
  };
}

function dateParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  if (Number.isNaN(ms)) throw validationError(name, 'must be a date-time (yyyy-MM-ddTHH:mm:ssZ)');
  return ms;
}

/** AI Companion meeting summaries (docs/api/zoom-meetings-api-reference.txt; the older OpenAPI export has no such paths). */
export function mountSummaries({ api, state, clock }: ZoomContext): void {
  api('GET', '/meetings/meeting_summaries', 'MEDIUM', ({ query }) => {
    const now = clock.now();
    // Without a range, the last 30 days, which covers every summary a person still looks for.
    const from = dateParam(query, 'from', now - 30 * DAY);
    const to = dateParam(query, 'to', now);
    const rows = state()
      .summaries.filter((s) => {
        const created = Date.parse(s.summary_created_time);
        return created >= from && created <= to;
      })
      .sort((a, b) => b.summary_created_time.localeCompare(a.summary_created_time));
    const { items, page_size, next_page_token } = paginate(rows, query);
    return {
      status: 200,
      body: {
        page_size,
        next_page_token,
        from: zoomTime(from),
        to: zoomTime(to),
        summaries: items.map(listItem),
      },
    };
  });

  api('GET', '/meetings/:meetingId/meeting_summary', 'LIGHT', ({ params }) => {
    const id = params.meetingId ?? '';
    const summary = state().summaries.find((s) => idMatches(id, s.meeting_id, s.meeting_uuid));
    if (!summary) throw zoomError(404, 3001, `Meeting does not exist: ${id}.`);
    return {
      status: 200,
      body: {
        ...listItem(summary),
        summary_title: summary.summary_title,
        summary_content: summary.summary_content,
        ...(summary.summary_overview !== undefined ? { summary_overview: summary.summary_overview } : {}),
        next_steps: summary.next_steps,
        summary_last_modified_user_id: summary.meeting_host_id,
        summary_last_modified_user_email: summary.meeting_host_email,
      },
    };
  });
}
