import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the requests panels, Chinese first. */
export const REQUESTS_LABELS = {
  requestsTitle: { zh: '诉求办理', en: 'Complaints and requests' },
  proposalsTitle: { zh: '人大建议和政协提案', en: 'NPC suggestions and CPPCC proposals' },
  hotline: { zh: '“12345”便民服务热线', en: 'The 12345 public service hotline' },
  rates: {
    zh: '结案率：按上图两数计算，与报告所称并列',
    en: 'Closure rate: computed from the two figures above, next to the rate the report states',
  },
  otherChannels: {
    zh: '51890 非应急便民平台与“平安吴忠”微博微信',
    en: 'The 51890 non-emergency platform and the Ping’an Wuzhong Weibo and WeChat accounts',
  },
} satisfies Record<string, LocalizedText>

/** A label in the active locale with its {placeholders} filled in. */
export const requestsLabel = makeLabels(REQUESTS_LABELS)
