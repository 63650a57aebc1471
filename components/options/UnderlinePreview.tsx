import type { Settings } from '../../lib/settings';
import './underline-preview.css';

/** The sample sentence, cut into plain text and known terms. */
const SAMPLE: ReadonlyArray<string | { term: string; id: string }> = [
  'Officials said the ',
  { term: 'TTP', id: 'ttp' },
  ' and ',
  { term: 'ISKP', id: 'iskp' },
  ' were discussed in ',
  { term: 'Kabul', id: 'kabul' },
  ', and that the ',
  { term: 'TTP', id: 'ttp' },
  ' denied any role in the closing of the ',
  { term: 'Torkham border', id: 'torkham' },
  '.',
];

/** A sentence marked as an article would be, with the reader's underline style and first-mention rule. */
export function UnderlinePreview({ settings }: { settings: Pick<Settings, 'underline' | 'firstMentionOnly'> }) {
  const seen = new Set<string>();
  return (
    <figure class="underline-figure">
      <figcaption class="hint" id="underline-preview-caption">
        Preview
      </figcaption>
      <p class="underline-preview" aria-describedby="underline-preview-caption" data-testid="underline-preview">
        {SAMPLE.map((part, index) => {
          if (typeof part === 'string') return part;
          const marked = !(settings.firstMentionOnly && seen.has(part.id));
          seen.add(part.id);
          return (
            <span key={index} class="preview-term" data-style={marked ? settings.underline : 'none'}>
              {part.term}
            </span>
          );
        })}
      </p>
    </figure>
  );
}
