// Small pages for the article tests, written for these tests and modelled on the shapes real news
// sites, blogs, shops and section fronts take. Not collected as tests (no `.test.` in the name).

/** A story's paragraphs: about 2,100 characters of plain reporting. */
export const STORY = [
  'Lorries rolled through the Torkham crossing on Tuesday morning, the first commercial traffic to pass in nine days, after officials on both sides agreed to reopen the gate under a temporary arrangement.',
  'Traders said the closure had left more than four thousand vehicles stranded along the highway, many of them carrying fruit and vegetables that spoiled in the heat while drivers waited for news.',
  'The crossing was shut after a dispute over a new checkpoint that one side said was built on its territory. Both governments accused the other of firing first during a brief exchange last week.',
  'A customs official said the backlog would take at least four days to clear, and that the gate would stay open through the night to speed things up. Passenger traffic resumes on Thursday.',
  'Torkham is the busiest crossing between the two countries and handles most of the trade between them. Closures have become frequent over the past two years, often with little warning.',
  'Business groups in the border city welcomed the decision but asked for a permanent mechanism so that disputes between border forces do not halt trade. Talks are due to continue next month.',
  'Residents of villages near the crossing said the shutdown had also cut them off from relatives and hospitals on the other side. Several families had waited at the gate since the weekend.',
  'Officials did not say whether the disputed checkpoint would be removed. A joint committee is expected to visit the site this week and report to both capitals before the talks resume.',
  'Drivers queuing at the gate described sleeping in their cabs for more than a week. Some said they had sold part of their cargo at a loss to traders who came out from the city on motorbikes.',
  'Exporters estimate the closure cost them several million dollars, most of it in perishable goods. Insurance rarely covers such delays, and smaller firms said they would struggle to recover.',
  'The last long closure, two years ago, lasted almost a month and ended only after a meeting between the two interior ministers. Officials said they hoped this agreement would hold for longer.',
];

/** The story as paragraphs, inside whatever container a page wraps them in. */
export const storyParagraphs = (count = STORY.length): string =>
  STORY.slice(0, count)
    .map((text) => `<p>${text}</p>`)
    .join('\n');

/** A whole page from its head and body markup. */
export function page(head: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** Parses markup into a document of its own, as the browser would. */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A JSON-LD script element holding `data` (or raw text, to model broken JSON-LD). */
export const jsonLd = (data: unknown): string =>
  `<script type="application/ld+json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;

/** The usual site chrome around a story: navigation, a teaser list and a footer. */
export function chrome(main: string): string {
  return `<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/business/">Business</a></nav></header>
    <main>${main}</main>
    <aside><h2>Most read</h2><ul>
      <li><a href="/2020/03/04/other-story">Markets fall as the central bank holds rates for a third month</a></li>
      <li><a href="/2020/03/04/another-story">Floods cut the coastal road for a second day running</a></li>
    </ul></aside>
    <footer><p>© The Frontier Courier. All rights reserved. Reproduction without permission is prohibited.</p></footer>`;
}
