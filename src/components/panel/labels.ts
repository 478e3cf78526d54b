import type { LocalizedText } from '#src/domain/report-schema.ts'

/** UI strings of the shared statistics table, Chinese first. */
export const PANEL_LABELS = {
  indicator: { zh: '统计指标', en: 'Indicator' },
  unit: { zh: '单位', en: 'Unit' },
  figure: { zh: '统计数', en: 'Figure' },
  ofWhich: { zh: '其中：', en: 'Of which:' },
} satisfies Record<string, LocalizedText>
