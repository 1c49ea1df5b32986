import { useId, useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { useRequest } from '@/components/use-request';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { RegistrantRow, Target } from '@/lib/protocol/registration';
import { registrantStatusLabel } from './labels';

type Status = RegistrantRow['status'];
type Action = 'approve' | 'deny' | 'cancel';

/** Which rows an action applies to: approve and deny decide pending people; cancel ends a seat. */
const APPLIES: Record<Action, (s: Status) => boolean> = {
  approve: (s) => s === 'pending',
  deny: (s) => s === 'pending',
  cancel: (s) => s !== 'denied',
};

/** Everyone registered to the event, with their status; bulk approve, deny or cancel. */
export function ExistingRegistrants({ target, revision }: { target: Target; revision: number }) {
  const filterId = useId();
  const [status, setStatus] = useState<Status | ''>('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const list = useRequest(
    'registrants.list',
    status ? { target, status } : { target },
    revision * 1000 + reload,
  );
  // While a reload (after an action) runs, the last list stays on screen with the action's message.
  const [shown, setShown] = useState<RegistrantRow[]>();
  if (list.state === 'ready' && shown !== list.data.registrants) setShown(list.data.registrants);
  if (list.state === 'error')
    return <ErrorNotice scope={target.provider} error={list} onRetry={() => setReload((r) => r + 1)} />;
  const rows = list.state === 'ready' ? list.data.registrants : shown;
  if (!rows) return <p role="status">{t('statusLoading')}</p>;
  const listed = rows;

  async function apply(action: Action) {
    const ids = listed.filter((r) => selected.has(r.id) && APPLIES[action](r.status)).map((r) => r.id);
    if (ids.length === 0) return setMessage({ error: true, text: t('registrantsNoneApplicable') });
    const reply = await sendMessage('registrants.updateStatus', { target, action, ids });
    setMessage(
      reply.ok
        ? { error: false, text: t('registrantsUpdated', [String(reply.data.updated)]) }
        : { error: true, text: reply.error.message },
    );
    setSelected(new Set());
    setReload((r) => r + 1);
  }

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className="existing" aria-busy={list.state === 'loading'}>
      <div className="field inline">
        <label htmlFor={filterId}>{t('registrantsFilter')}</label>
        <select id={filterId} value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
          <option value="">{t('registrantsFilterAll')}</option>
          <option value="pending">{registrantStatusLabel('pending')}</option>
          <option value="approved">{registrantStatusLabel('approved')}</option>
          <option value="denied">{registrantStatusLabel('denied')}</option>
        </select>
      </div>
      <div className="actions" role="group" aria-label={t('registrantsBulkActions')}>
        <button type="button" onClick={() => void apply('approve')} disabled={selected.size === 0}>
          {t('registrantsApprove')}
        </button>
        <button type="button" onClick={() => void apply('deny')} disabled={selected.size === 0}>
          {t('registrantsDeny')}
        </button>
        <button type="button" onClick={() => void apply('cancel')} disabled={selected.size === 0}>
          {t('registrantsCancel')}
        </button>
      </div>
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      {rows.length === 0 ? (
        <p>{t('registrantsNone')}</p>
      ) : (
        <table>
          <caption>{t('registrantsCaption', [String(rows.length)])}</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('registrantsSelectAll')}
                  checked={selected.size === rows.length}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                />
              </th>
              <th scope="col">{t('registrationColumnEmail')}</th>
              <th scope="col">{t('registrationColumnName')}</th>
              <th scope="col">{t('registrantsColumnStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-status={r.status}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('registrantsSelect', [r.email])}
                    checked={selected.has(r.id)}
                    onChange={(e) => toggle(r.id, e.target.checked)}
                  />
                </td>
                <td>{r.email}</td>
                <td>{[r.firstName, r.lastName].filter(Boolean).join(' ')}</td>
                <td>{registrantStatusLabel(r.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
