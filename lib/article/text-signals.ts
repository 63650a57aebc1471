import type { StoryText } from './find-root';
import type { Signal } from './signal';

/** Class names that blog engines and CMS templates give a blog post's page or container. */
const BLOG_CLASS = /blog[-_]?(post|article|entry|single)|(post|article|entry)[-_]?blog/i;

/** Capital letters of the Latin and Cyrillic scripts. */
const UPPER = 'A-Z\\u00C0-\\u00DE\\u0400-\\u042F';
/**
 * How news stories open: "LONDON —", "WASHINGTON (AP) —", "(CNN)", "Feb. 23, 2015 --". Blogs,
 * fiction and documentation do not.
 * Letters are spelled out rather than \p{Lu}, which is slow to compile on first use.
 */
const DATELINE = new RegExp(
  `^([${UPPER}][${UPPER} .,'/-]{2,40}(\\s*\\([A-Za-z. ]+\\))?\\s*[-–—]|\\([${UPPER}]{2,10}\\)|[A-Za-z]{3,9}\\.? \\d{1,2}, \\d{4} ?[-–—])`,
);

function linkChars(root: Element): number {
  let chars = 0;
  for (const a of root.querySelectorAll('a')) chars += (a.textContent ?? '').trim().length;
  return chars;
}

function blogContainer(root: Element): Element | null {
  for (let element: Element | null = root; element; element = element.parentElement) {
    if (BLOG_CLASS.test(element.getAttribute('class') ?? '') || BLOG_CLASS.test(element.id)) return element;
  }
  return null;
}

function lengthSignal(chars: number): Signal | null {
  if (chars >= 2000) return { points: 2, reason: `${chars} characters of story text` };
  if (chars >= 800) return { points: 1, reason: `${chars} characters of story text` };
  if (chars >= 400) return null;
  if (chars >= 150) return { points: -1, reason: `only ${chars} characters of story text` };
  return { points: -3, reason: `no story text (${chars} characters)` };
}

/** Evidence from the story text: how much there is, how much is links, how it opens, what holds it. */
export function textSignals(story: StoryText): Signal[] {
  const signals: Signal[] = [];
  const length = lengthSignal(story.chars);
  if (length) signals.push(length);
  const { root } = story;
  if (!root) return signals;
  if (linkChars(root) > story.chars) signals.push({ points: -2, reason: 'more link text than story text' });
  if (story.first && DATELINE.test(story.first.textContent?.trim() ?? '')) {
    signals.push({ points: 1, reason: 'opens with a dateline' });
  }
  const blog = blogContainer(root);
  if (blog) signals.push({ points: -3, reason: `blog template (${blog.tagName.toLowerCase()})` });
  const listings = root.querySelectorAll('pre').length;
  if (listings >= 2) signals.push({ points: -3, reason: `${listings} code listings: technical writing` });
  return signals;
}
