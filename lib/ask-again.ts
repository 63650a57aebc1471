/** How long to wait before asking a second time: enough for a stopped service worker to start. */
export const ASK_AGAIN_AFTER_MS = 400;

/**
 * Asks once more after a failure. A message can be lost when the browser stops the background worker
 * while it is answering (the channel closes with no reply) or while it starts; the second message wakes
 * it. A second failure is a real one and goes to the caller.
 */
export async function askAgainOnFailure<T>(ask: () => Promise<T>, delayMs = ASK_AGAIN_AFTER_MS): Promise<T> {
  try {
    return await ask();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return ask();
  }
}
