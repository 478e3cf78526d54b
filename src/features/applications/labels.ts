import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the applications panel, Chinese first. */
export const APPLICATIONS_LABELS = {
  title: { zh: '依申请公开', en: 'Disclosure on application' },
  noneReceived: {
    zh: '本年度未收到政府信息公开申请',
    en: 'No applications for disclosure were received this year',
  },
  byChannel: { zh: '收到申请数（按申请方式）', en: 'Applications received, by channel' },
  tableCaption: {
    zh: '统计表 三、依申请公开情况',
    en: 'Statistics table, section 3: disclosure on application',
  },
} satisfies Record<string, LocalizedText>

/** A label in the active locale with its {placeholders} filled in. */
export const applicationsLabel = makeLabels(APPLICATIONS_LABELS)
