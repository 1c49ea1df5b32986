import { useEffect, useState } from 'react';
import { type MessageName, type RequestOf, type ResponseOf, sendMessage } from '@/lib/messaging';

export type RequestState<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  /** `code`: the background's error code, for views that say what to do (sign in, ...). */
  | { state: 'error'; message: string; code?: string };

/**
 * Sends one protocol message when the component mounts and again whenever the payload or
 * `revision` changes. The payload is compared by value (its JSON), so callers may pass literals.
 */
export function useRequest<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
  revision = 0,
): RequestState<ResponseOf<N>> {
  const payloadJson = JSON.stringify(payload);
  const requestKey = `${name}:${revision}:${payloadJson}`;
  const [result, setResult] = useState<{ key: string; value: RequestState<ResponseOf<N>> }>();
  useEffect(() => {
    let live = true;
    void sendMessage(name, JSON.parse(payloadJson) as RequestOf<N>).then((reply) => {
      if (!live) return;
      setResult({
        key: requestKey,
        value: reply.ok
          ? { state: 'ready', data: reply.data }
          : { state: 'error', message: reply.error.message, code: reply.error.code },
      });
    });
    return () => {
      live = false;
    };
  }, [name, payloadJson, requestKey]);
  return result?.key === requestKey ? result.value : { state: 'loading' };
}
