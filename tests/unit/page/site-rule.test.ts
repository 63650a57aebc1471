import { describe, expect, test } from 'vitest';
import { withSiteRule } from '../../../lib/page/site-rule';

describe('switching one site', () => {
  test('off writes false for the host and keeps the other rules', () => {
    expect(withSiteRule({ 'b.example': true }, 'a.example', false)).toEqual({ 'a.example': false, 'b.example': true });
  });

  test('on removes the host’s rule, so the site follows the general settings again', () => {
    const rules = { 'a.example': false, 'b.example': true };
    expect(withSiteRule(rules, 'a.example', null)).toEqual({ 'b.example': true });
    expect(rules).toEqual({ 'a.example': false, 'b.example': true });
  });
});
