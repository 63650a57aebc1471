import type { DraftErrors, TermDraft } from '../../lib/glossary/term-draft';
import { TextField } from './TextField';

export interface TermFormFieldsProps {
  draft: TermDraft;
  errors: DraftErrors;
  update(change: Partial<TermDraft>): void;
}

/** The text fields of a term, each with its hint and its error. */
export function TermFormFields({ draft, errors, update }: TermFormFieldsProps) {
  return (
    <>
      <TextField
        id="term-term"
        label="Name"
        required
        hint="As a card's title: Tehreek-e-Taliban Pakistan (TTP)."
        value={draft.term}
        error={errors.term}
        onInput={(term) => update({ term })}
      />
      <TextField
        id="term-aliases"
        label="Spellings to underline"
        rows={3}
        hint='One per line, every way an article may write it. Written in capitals, it matches only as written ("TTP" never matches "ttp"). Empty: the name itself.'
        value={draft.aliases}
        error={errors.aliases}
        onInput={(aliases) => update({ aliases })}
      />
      <TextField
        id="term-summary"
        label="Summary"
        required
        rows={2}
        hint="One sentence: what it is."
        value={draft.summary}
        error={errors.summary}
        onInput={(summary) => update({ summary })}
      />
      <TextField
        id="term-details"
        label="Details"
        rows={4}
        hint="A short paragraph of background."
        value={draft.details}
        error={errors.details}
        onInput={(details) => update({ details })}
      />
      <TextField
        id="term-source-url"
        label="Source address"
        required
        inputMode="url"
        hint="Where the facts come from: an http or https address."
        value={draft.sourceUrl}
        error={errors.sourceUrl}
        onInput={(sourceUrl) => update({ sourceUrl })}
      />
      <TextField
        id="term-source-title"
        label="Source title"
        value={draft.sourceTitle}
        error={errors.sourceTitle}
        onInput={(sourceTitle) => update({ sourceTitle })}
      />
      <TextField
        id="term-events"
        label="Events"
        rows={3}
        hint="One per line: a date (2023, 2023-02 or 2023-02-22), a space, then what happened."
        value={draft.events}
        error={errors.events}
        onInput={(events) => update({ events })}
      />
    </>
  );
}
