import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { ScheduleRequestSchema } from '@/lib/protocol/popup';
import { ErrorNotice, type ViewErrorInfo } from './error-notice';
import { localDay } from './format';

/** The next full hour, as `<input type="datetime-local">` shows it. */
export function nextFullHour(now: Date): string {
  const at = new Date(now);
  at.setHours(at.getHours() + 1, 0, 0, 0);
  return `${localDay(at)}T${String(at.getHours()).padStart(2, '0')}:00`;
}

/** Topic, start and duration: a scheduled meeting in the person's own time zone. */
export function ScheduleForm({
  initialTopic = '',
  onScheduled,
  now = () => new Date(),
}: {
  initialTopic?: string;
  onScheduled: (result: { invitation: string }) => void;
  now?: () => Date;
}) {
  const [topic, setTopic] = useState(initialTopic);
  const [start, setStart] = useState(() => nextFullHour(now()));
  const [duration, setDuration] = useState('30');
  const [error, setError] = useState<ViewErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const request = ScheduleRequestSchema.safeParse({
      topic,
      start,
      duration: Number(duration),
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    if (!request.success) return setError({ message: t('scheduleInvalid') });
    setBusy(true);
    setError(null);
    const reply = await sendMessage('meeting.schedule', request.data);
    setBusy(false);
    if (reply.ok) onScheduled(reply.data);
    else setError(reply.error);
  }

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="schedule-form">
      <label>
        {t('scheduleTopic')}
        <input
          type="text"
          required
          maxLength={200}
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
        />
      </label>
      <label>
        {t('scheduleStart')}
        <input type="datetime-local" required value={start} onChange={(e) => setStart(e.target.value)} />
      </label>
      <label>
        {t('scheduleDuration')}
        <input
          type="number"
          required
          min={1}
          max={1440}
          step={1}
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
        />
      </label>
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        {busy ? t('statusWorking') : t('actionSchedule')}
      </button>
    </form>
  );
}
