import { describe, expect, test } from 'vitest';
import { askAgainOnFailure } from '../../lib/ask-again';

describe('a message lost while the worker restarts is asked again, once', () => {
  test('a first failure is followed by a second try that answers', async () => {
    let calls = 0;
    const answer = await askAgainOnFailure(async () => {
      calls++;
      if (calls === 1) throw new Error('The message port closed before a response was received.');
      return 'matches';
    }, 1);
    expect(answer).toBe('matches');
    expect(calls).toBe(2);
  });

  test('a second failure is a real one and reaches the caller', async () => {
    let calls = 0;
    const asking = askAgainOnFailure(async () => {
      calls++;
      throw new Error(`failure ${calls}`);
    }, 1);
    await expect(asking).rejects.toThrow('failure 2');
    expect(calls).toBe(2);
  });

  test('an answer on the first try is not asked twice', async () => {
    let calls = 0;
    await askAgainOnFailure(async () => ++calls, 1);
    expect(calls).toBe(1);
  });
});
