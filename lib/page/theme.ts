/**
 * The card's theme: the reader's choice, or else the page's own color scheme (a dark site gets a
 * dark card even on a light system), or else the system's.
 */
export function resolveTheme(choice: 'auto' | 'light' | 'dark', doc: Document): 'light' | 'dark' {
  if (choice !== 'auto') return choice;
  const win = doc.defaultView;
  const root = doc.documentElement;
  const declared = win?.getComputedStyle(root).colorScheme ?? '';
  if (/^dark/.test(declared)) return 'dark';
  if (/^light/.test(declared)) return 'light';
  const background = win?.getComputedStyle(doc.body ?? root).backgroundColor ?? '';
  const rgb = background.match(/\d+(\.\d+)?/g)?.map(Number);
  if (rgb && rgb.length >= 3 && (rgb[3] ?? 1) > 0.5) {
    const luminance = 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!;
    return luminance < 110 ? 'dark' : 'light';
  }
  return win?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
