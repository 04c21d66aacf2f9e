/** The work finished within the budget, or is still running and must be awaited later. */
export type Timed<T> = { type: 'in-time'; value: T } | { type: 'late'; value: Promise<T> };

/**
 * Waits for `work` at most `ms`. Slack and Discord both want a first answer within 3 seconds:
 * when the core is quick, the answer itself is that first answer (Slack's ack body, Discord's
 * interaction reply); when it is not, the handler acknowledges or defers and answers later.
 */
export async function answerWithin<T>(work: Promise<T>, ms: number): Promise<Timed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    return first === 'late' ? { type: 'late', value: work } : { type: 'in-time', value: first.value };
  } finally {
    clearTimeout(timer);
  }
}

/** Decides how long a handler waits for an answer; injected in tests so that none waits for real. */
export type AnswerBudget = <T>(work: Promise<T>) => Promise<Timed<T>>;

/** The budget of `ms` milliseconds; 0 never waits (the answer always comes later). */
export function answerBudget(ms: number): AnswerBudget {
  return (work) => (ms <= 0 ? Promise.resolve({ type: 'late', value: work }) : answerWithin(work, ms));
}
