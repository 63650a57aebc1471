import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { onMessage, type ProtocolMap } from '../messaging';
import { BACKGROUND_REQUESTS, type BackgroundRequest, type Origin } from '../protocol-schemas';

type Sender = Browser.runtime.MessageSender;
type Data<K extends BackgroundRequest> = Parameters<ProtocolMap[K]>[0];
type Reply<K extends BackgroundRequest> = ReturnType<ProtocolMap[K]>;

/**
 * Who sent a message: one of this extension's pages, or its content script in a tab. Anything else
 * (another extension, a page without our content script) is refused.
 */
export function originOf(sender: Sender, extensionId: string, extensionOrigin: string): Origin | null {
  if (sender.id !== extensionId) return null;
  if (sender.tab && sender.frameId !== undefined && !sender.url?.startsWith(extensionOrigin)) return 'page';
  return sender.url?.startsWith(extensionOrigin) ? 'extension' : null;
}

/** Checks a request against the protocol: who may send it, and its shape. Throws a clear error if not. */
export function checkRequest<K extends BackgroundRequest>(type: K, data: unknown, origin: Origin | null): Data<K> {
  const rule = BACKGROUND_REQUESTS[type];
  if (origin === null) throw new Error(`Backstory refused "${type}": it answers only its own pages and tabs.`);
  if (rule.from !== origin) throw new Error(`Backstory refused "${type}": not allowed from a ${origin}.`);
  const parsed = v.safeParse(rule.schema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const where = issue.path?.map((item) => String(item.key)).join('.') || 'request';
    throw new Error(`Backstory refused a malformed "${type}": ${where}: ${issue.message}`);
  }
  return parsed.output as Data<K>;
}

/** Answers one request type in the background, after checking who sent it and what it holds. */
export function listen<K extends BackgroundRequest>(
  type: K,
  handler: (data: Data<K>, sender: Sender) => Reply<K> | Promise<Reply<K>>,
  runtime: { id: string; getURL(path: string): string },
): void {
  const extensionOrigin = runtime.getURL('/');
  onMessage(type, ({ data, sender }) => {
    const checked = checkRequest(type, data, originOf(sender, runtime.id, extensionOrigin));
    return handler(checked, sender) as never;
  });
}
