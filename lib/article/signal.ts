/** One piece of evidence about a page: positive points for a news article, negative against. */
export interface Signal {
  points: number;
  reason: string;
}
