import { describe, expect, test } from 'vitest';
import { siteHostFromInput } from '../../../lib/page/site-host';

describe('the host a site rule is for', () => {
  test.each([
    ['www.dawn.com', 'www.dawn.com'],
    ['  Example.ORG ', 'example.org'],
    ['https://www.dawn.com/news/1738127/pakistan', 'www.dawn.com'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('"%s" is %s', (input, host) => {
    expect(siteHostFromInput(input)).toBe(host);
  });

  test.each(['', '   ', 'two words', 'ftp://files.example.com', 'javascript:alert(1)', 'http://', 'a_b.com'])(
    '"%s" is not a site',
    (input) => {
      expect(siteHostFromInput(input)).toBeNull();
    },
  );
});
