import { useEffect, useState } from 'react';
import { type MessageName, type RequestOf, type ResponseOf, sendMessage } from '@/lib/messaging';

export type RequestState<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'error'; message: string };

/** Sends one protocol message when the component mounts (and when `key` changes). */
export function useRequest<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
  key = '',
): RequestState<ResponseOf<N>> {
  const [result, setResult] = useState<RequestState<ResponseOf<N>>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: payload is compared through `key`.
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    void sendMessage(name, payload).then((reply) => {
      if (!live) return;
      setResult(
        reply.ok ? { state: 'ready', data: reply.data } : { state: 'error', message: reply.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [name, key]);
  return result;
}
