import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** Interface strings of the online-services panels, Chinese first. Report data carries its own labels. */
export const ONLINE_SERVICES_LABELS = {
  onlineServicesTitle: { zh: '互联网+政务服务', en: 'Internet Plus government services' },
  trafficPlatformTitle: { zh: '交通安全综合服务管理平台', en: 'Traffic safety service platform' },
  verifiedShare: { zh: '占注册用户', en: 'Share of registered users' },
  platformSince: {
    zh: '宁夏“互联网+公安政务服务”平台自2018年9月起才正式运行，以上平台数字为运行以来的数字。',
    en: 'The Ningxia online police services platform has only run since September 2018; the platform figures above cover that period.',
  },
  targetHeading: { zh: '工作目标', en: 'Target' },
  targetNote: {
    zh: '报告只写明努力实现的目标，没有报告实际达成的比例。',
    en: 'The report states this as a goal; it does not report the share actually achieved.',
  },
  catalogueHeading: { zh: '事项目录与证照清理', en: 'Service catalogue and licences' },
  unitsDiffer: {
    zh: '各项单位不同（人、笔、条），每个条形的标签带有自己的单位。',
    en: 'The figures have different units (people, transactions, messages); each bar’s label carries its own.',
  },
  approximateKey: {
    zh: '浅色斜纹条形为约数（报告写作“万余”）。',
    en: 'Lighter hatched bars are approximate (the report writes “over”).',
  },
  approximateTooltip: { zh: '约数，报告原文', en: 'Approximate; the report writes' },
} satisfies Record<string, LocalizedText>

export const onlineServicesLabel = makeLabels(ONLINE_SERVICES_LABELS)
