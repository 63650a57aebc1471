import * as v from 'valibot';
import { PackSchema, type Pack } from './schema';

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** Describes where an issue sits, naming the entry by its id when it has one: `entry "ttp" (entries[3]).summary`. */
function describePath(issue: v.BaseIssue<unknown>): string {
  const parts: string[] = [];
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    if (parts.length === 1 && parts[0] === 'entries' && typeof key === 'number') {
      const entry = item.value as { id?: unknown } | undefined;
      const id = entry && typeof entry === 'object' && typeof entry.id === 'string' ? `entry "${entry.id}" ` : '';
      parts[0] = `${id}(entries[${key}])`;
    } else if (typeof key === 'number') {
      parts.push(`[${key}]`);
    } else {
      parts.push(parts.length ? `.${key}` : key);
    }
  }
  return parts.join('') || 'pack';
}

/** One validation problem as a sentence that names where it is. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  return `${describePath(issue)}: ${issue.message}`;
}

/**
 * Checks an untrusted value (a parsed JSON file) against the pack format. Every error names the
 * entry and the field, so a glossary author can fix the file without guessing.
 */
export function validatePack(input: unknown): PackValidation {
  const result = v.safeParse(PackSchema, input);
  if (result.success) return { ok: true, pack: result.output };
  return { ok: false, errors: result.issues.map(describeIssue) };
}
