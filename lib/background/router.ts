import { z } from 'zod';
import type { Handlers, MessageName, Reply, RequestOf, Sender } from '../messaging';
import { protocolEntry } from '../protocol/sections';
import { isExtensionPage } from './extension-page';

export type { Handlers, Sender } from '../messaging';

interface RouterOptions {
  extensionId: string;
  /** The extension's own origin, e.g. `chrome-extension://<id>/`: pages there are not content scripts. */
  extensionOrigin: string;
  /** Turns a thrown error into the sentence a person reads. */
  describeError: (error: unknown) => { code: string; message: string };
}

// The envelope only: the payload is checked against its message's own schema once the type is known.
const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

const fail = (code: string, message: string): Reply<never> => ({ ok: false, error: { code, message } });

/**
 * Validates every message at the door: the sender must be this extension, the type known, the
 * payload of the right shape (checked by its section of the protocol, loaded on first need). A
 * handler that throws answers with an error; nothing escapes to wedge the worker.
 */
export function createMessageRouter(handlers: Partial<Handlers>, options: RouterOptions) {
  return async (message: unknown, sender: Sender): Promise<Reply<unknown>> => {
    if (sender.id !== options.extensionId)
      return fail('forbidden', 'Messages are accepted only from this extension.');
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return fail('malformed', 'The message has no type.');
    const type = envelope.data.type;
    const entry = await protocolEntry(type);
    if (!entry) return fail('unknown-type', `Unknown message type "${type}".`);
    const name = type as MessageName;
    const fromExtensionPage = isExtensionPage(sender.url, options.extensionOrigin);
    if (!entry.contentScript && !fromExtensionPage) {
      return fail('forbidden', `"${name}" can be sent only from the extension's own pages.`);
    }
    const payload = entry.request.safeParse(envelope.data.payload);
    if (!payload.success)
      return fail('invalid-request', `Invalid "${name}" request: ${z.prettifyError(payload.error)}`);
    const handler = handlers[name] as
      ((p: RequestOf<MessageName>, s: Sender) => Promise<unknown>) | undefined;
    if (!handler) return fail('unknown-type', `No handler for "${name}".`);
    try {
      return { ok: true, data: await handler(payload.data as RequestOf<MessageName>, sender) };
    } catch (error) {
      return { ok: false, error: options.describeError(error) };
    }
  };
}
