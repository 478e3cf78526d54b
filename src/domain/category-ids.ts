/**
 * The report's own categories, used for filtering. Kept apart from the zod schema so that the
 * embed pages can name them without loading zod.
 */
export const CATEGORIES = [
  'proactive',
  'interpretation',
  'applications',
  'online-services',
  'requests',
  'review-litigation',
  'organisation',
] as const
export type Category = (typeof CATEGORIES)[number]
