import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * The JavaScript heap of the extension's service worker, read through the DevTools protocol after a
 * full garbage collection (a worker has no performance.memory). Playwright's CDP sessions attach to
 * pages only, so this one reaches the worker through Target messages relayed by a page's session.
 */
export async function openWorkerHeapProbe(browser: ExtensionBrowser) {
  const page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id) pending.get(reply.id)?.(reply);
  });

  async function attach(): Promise<string> {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const worker = targetInfos.find(
      (target) =>
        target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
    if (!worker) throw new Error('the extension has no running service worker');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as {
      sessionId: string;
    };
    return sessionId;
  }

  function call(sessionId: string, method: string): Promise<unknown> {
    const id = nextId++;
    const reply = new Promise<unknown>((resolve, reject) =>
      pending.set(id, (answer) => (answer.error ? reject(new Error(answer.error.message)) : resolve(answer.result))),
    );
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    return reply.finally(() => pending.delete(id));
  }

  return {
    /** Bytes of the worker's JavaScript heap still in use after a full collection. */
    async usedBytes(): Promise<number> {
      const session = await attach();
      await call(session, 'HeapProfiler.collectGarbage');
      const usage = (await call(session, 'Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.send('Target.detachFromTarget', { sessionId: session }).catch(() => undefined);
      return usage.usedSize;
    },
    close: () => page.close(),
  };
}
