import type { YearRange } from '../intents/intent.js';

/**
 * How a time that is not a year was read ("the past 18 months", "Q3 2021", "added this week"):
 * cases carry a year, so the reply says which years it became, or that it cannot be known.
 */
export interface TimeReading {
  /** As typed: "the past 18 months". */
  typed: string;
  /**
   * `finer`: a month, quarter or day, read as its year; `approximate`: a span read as the years
   * it touches; `fiscal`: a fiscal year read as the calendar year; `around`: the year and those
   * beside it (`year` alone offered); `event`: an event's years (`why`, and `event`, cases about
   * it, offered); `added`: when cases were added, which the collection does not record.
   */
  kind: 'finer' | 'approximate' | 'fiscal' | 'around' | 'event' | 'added';
  year?: number;
  why?: string;
  event?: string;
}

/** A time named in words other than a year, read as the years it falls in. */
export interface TimeSpan {
  range: YearRange;
  first: number;
  last: number;
  reading: Omit<TimeReading, 'typed'>;
}
