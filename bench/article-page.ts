// A generated news article of about 100,000 words with the inline markup real pages have (links, em,
// strong, spans, nested divs) and glossary terms at the density measured on real pages (DESIGN.md:
// about 2,540 matches per 100,000 words). Deterministic: the same seed gives the same page.
import { seededRandom, type Random } from './random';

const FILLER = (
  'the of and to in a that for on with as was said it by at from his their have has been after over more ' +
  'than which would this they were also other its but not who had when new year people week government ' +
  'could two some about last into while report meeting talks city local since under between during many ' +
  'most first three country region minister spokesman statement officer according told reporters later ' +
  'early morning evening several months days plans support public policy economic agreement leaders ' +
  'members capital court case vote result issue question concern network analysts observers residents ' +
  'villagers farmers workers students prices markets roads schools water power supply funds budget office ' +
  'sources record history decision response pressure warning appeal visit journey river valley hills ' +
  'district town village streets weather winter summer rain dust trucks goods wheat rice cotton tea buses'
).split(' ');
const INLINE = ['a', 'em', 'strong', 'span'] as const;

export interface GeneratedPage {
  html: string;
  /** The text of each block (heading, paragraph) as Backstory's collectTextBlocks reads it. */
  blocks: string[];
  words: number;
  /** Glossary terms written into the page. */
  mentions: number;
}

export interface PageOptions {
  words: number;
  /** Glossary terms per 100,000 words. */
  mentionsPer100k: number;
  /** The aliases to mention; earlier ones are mentioned more often, as in real news. */
  mentionPool: string[];
  seed: number;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function open(tag: (typeof INLINE)[number], random: Random): string {
  if (tag === 'a') return `<a href="/story/${random.int(1, 9999)}">`;
  return tag === 'span' ? '<span class="aside">' : `<${tag}>`;
}

/** Builds one paragraph word by word, keeping its HTML and its text in step. */
class Paragraph {
  html = '';
  text = '';
  constructor(private random: Random) {}

  add(words: string, wrapChance: number): void {
    const space = this.text ? ' ' : '';
    this.text += space + words;
    if (!this.random.chance(wrapChance)) return void (this.html += space + escapeHtml(words));
    const tag = this.random.pick(INLINE);
    const inner = tag === 'a' && this.random.chance(0.3) ? `<em>${escapeHtml(words)}</em>` : escapeHtml(words);
    this.html += `${space}${open(tag, this.random)}${inner}</${tag}>`;
  }
}

/** Generates the page. */
export function generateArticlePage(options: PageOptions): GeneratedPage {
  const random = seededRandom(options.seed);
  const mentionEvery = 100_000 / options.mentionsPer100k;
  const pickMention = () => options.mentionPool[Math.floor(random.next() ** 2 * options.mentionPool.length)]!;
  const blocks: string[] = [];
  const parts: string[] = [];
  let words = 0;
  let mentions = 0;
  let nextMention = random.next() * mentionEvery;
  const block = (tag: string, paragraph: Paragraph) => {
    blocks.push(paragraph.text);
    parts.push(`<${tag}>${paragraph.html}</${tag}>`);
  };
  for (let section = 0; words < options.words; section++) {
    parts.push(`<div class="section" id="s${section}"><div class="section-body">`);
    const heading = new Paragraph(random);
    heading.add(`Part ${section + 1}: ${pickMention()}`, 0);
    block('h2', heading);
    for (let p = random.int(4, 10); p > 0 && words < options.words; p--) {
      const paragraph = new Paragraph(random);
      for (let sentence = random.int(2, 6); sentence > 0; sentence--) {
        for (let w = random.int(8, 22); w > 0; w--) {
          if (words >= nextMention) {
            const mention = pickMention();
            paragraph.add(mention, 0.2);
            words += mention.split(/\s+/).length;
            mentions++;
            nextMention += mentionEvery * (0.5 + random.next());
            continue;
          }
          const word = random.pick(FILLER);
          const first = paragraph.text === '' || paragraph.text.endsWith('.');
          const written = first ? word[0]!.toUpperCase() + word.slice(1) : word;
          paragraph.add(w === 1 ? `${written}.` : written, 0.05);
          words++;
        }
      }
      const quoted = random.chance(0.1);
      if (quoted) parts.push('<div class="pullquote"><div class="quote-inner">');
      block('p', paragraph);
      if (quoted) parts.push('</div></div>');
    }
    parts.push('</div></div>');
  }
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long read</title>' +
    '<style>body{font:18px/1.6 Georgia,serif;max-width:720px;margin:0 auto;padding:24px}</style></head>' +
    `<body><main><article>\n${parts.join('\n')}\n</article></main></body></html>`;
  return { html, blocks, words, mentions };
}
