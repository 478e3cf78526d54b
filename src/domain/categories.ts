import type { Category, LocalizedText } from './report-schema.ts'

/** The report's own groupings, in the order the report presents them. */
export const CATEGORY_LABELS: Record<Category, LocalizedText> = {
  proactive: { zh: '主动公开', en: 'Proactive disclosure' },
  interpretation: { zh: '回应解读', en: 'Responses & interpretation' },
  applications: { zh: '依申请公开', en: 'Disclosure on application' },
  'online-services': { zh: '互联网+政务服务', en: 'Online services' },
  requests: { zh: '诉求办理', en: 'Complaints & requests' },
  'review-litigation': { zh: '复议诉讼', en: 'Reviews & litigation' },
  organisation: { zh: '机构与培训', en: 'Organisation & training' },
}
