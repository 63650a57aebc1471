/** A date and where it was read, for the detector's reasons. */
export interface FoundDate {
  value: string;
  from: string;
}

/** What the date readers need besides the page's declared sources. */
export interface DateContext {
  /** Read 03/05/2020 as March 5 (pages in American English). */
  monthFirst: boolean;
  /** The declared title, to find the headline a written dateline sits next to. */
  title: string | null;
  /** The story's container, looked up only when a written date is needed. */
  root: () => Element | null;
}
