const SECTIONS = [
  ['general-heading', 'Highlighting'],
  ['sites-heading', 'Sites'],
  ['underline-heading', 'Underline'],
  ['terms-heading', 'What to underline'],
  ['cards-heading', 'Cards'],
  ['shortcut-heading', 'Shortcut'],
  ['glossary-heading', 'Your glossary'],
  ['import-heading', 'Import and export'],
  ['reset-heading', 'Reset'],
] as const;

/** Links to each section: a long page is quicker to cross by keyboard this way. */
export function PageNav() {
  return (
    <nav class="page-nav" aria-label="Sections">
      <ul>
        {SECTIONS.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
