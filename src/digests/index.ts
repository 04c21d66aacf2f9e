// The digests module's public surface: what adapters need to post digests and wire the scheduler.
// src/index.ts re-exports it.
export { createDigestHandler, type DigestHandlerOptions } from './create-digest-handler.js';
export {
  createDigestScheduler,
  type DigestScheduler,
  type DigestSchedulerOptions,
  type TickReport,
} from './create-digest-scheduler.js';
export type { DigestHandler } from './digest-handler.js';
export type { DigestOverview, DigestOverviewScope, DigestSummary } from './digest-overview.js';
export {
  DIGEST_SUMMARY_MAX,
  type DigestCase,
  type DigestMessage,
  DigestPostError,
  type DigestPostErrorKind,
  type DigestPoster,
} from './digest-poster.js';
export { manageRefusal } from './digest-reply.js';
export type { DigestStore, NewDelivery } from './digest-store.js';
export { MAX_SUBSCRIPTIONS_PER_CHANNEL } from './handle-digest-subscribe.js';
export { parseDuration } from './parse-duration.js';
export {
  type CountryLookup,
  parseSubscription,
  type SubscriptionError,
  type SubscriptionErrorCode,
} from './parse-subscription.js';
export type { CaseMatcher, DigestKnowledge } from './pick-digest-cases.js';
export { describeSchedule, type Schedule } from './schedule.js';
export { realTimer, type ScheduleTimer } from './schedule-timer.js';
export type {
  Delivery,
  DeliveryStatus,
  DigestPlatform,
  DigestTarget,
  Subscription,
  SubscriptionPause,
  SubscriptionSpec,
} from './subscription.js';
export { createSubscriptionChanges, type SubscriptionChanges } from './subscription-changes.js';
export { normalizeTimeZone } from './time-zone.js';
export {
  createUnavailableDigestHandler,
  replyToStoreFailures,
  storeProblemForUsers,
  type UnavailableDigestHandlerOptions,
} from './unavailable-digest-handler.js';
