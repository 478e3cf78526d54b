import type { Category, LocalizedText, Metric, Unit } from './report-schema.ts'

/** A figure the report does not print but the code computes from figures it does print. */
export type DerivedMetric = {
  id: string
  label: LocalizedText
  unit: Unit
  /** null when an input is not reported or a denominator is 0. */
  value: number | null
  approximate: boolean
  category: Category
  computed: {
    inputs: string[]
    /** The arithmetic with the report's figures, e.g. "811 ÷ 811 × 100%". */
    expression: string
    method: LocalizedText
  }
}

type Definition = {
  id: string
  label: LocalizedText
  unit: Unit
  category: Category
  approximate?: boolean
  method: LocalizedText
} & (
  | { kind: 'ratio'; numerator: string; denominator: string }
  | { kind: 'share-of'; share: string; total: string }
  | { kind: 'sum'; terms: string[] }
)

const RATIO_METHOD = {
  zh: '比率 = 分子 ÷ 分母 × 100%',
  en: 'rate = numerator ÷ denominator × 100%',
}

const channelShare = (channel: string, zh: string, en: string): Definition => ({
  id: `proactive.channel-share.${channel}`,
  label: { zh: `${zh}占主动公开比例`, en: `${en} share of proactive disclosure` },
  unit: 'percent',
  category: 'proactive',
  kind: 'ratio',
  numerator: `proactive.channel.${channel}`,
  denominator: 'proactive.total',
  method: RATIO_METHOD,
})

const categoryCount = (category: string, zh: string, en: string): Definition => ({
  id: `proactive.category-count.${category}`,
  label: { zh: `${zh}信息数（估算）`, en: `${en} items (estimated)` },
  unit: 'item',
  category: 'proactive',
  // The report gives whole-percent shares only, so the count is an estimate.
  approximate: true,
  kind: 'share-of',
  share: `proactive.share.${category}`,
  total: 'proactive.total',
  method: {
    zh: '主动公开总数 × 类别占比，四舍五入到整数；占比为报告所列整数百分比，故为估算',
    en: 'total proactive items × category share, rounded; the report gives whole percents, so this is an estimate',
  },
})

export const DERIVED_DEFINITIONS: readonly Definition[] = [
  channelShare('gazette', '政府公报', 'Government gazette'),
  channelShare('website', '政府网站', 'Government website'),
  channelShare('weibo', '政务微博', 'Weibo'),
  channelShare('wechat', '政务微信', 'WeChat'),
  channelShare('other', '其他方式', 'Other channels'),
  categoryCount('police', '警务公开', 'Policing'),
  categoryCount('services', '办事公开', 'Services'),
  categoryCount('cases', '办案公开', 'Case handling'),
  categoryCount('administration', '行政管理公开', 'Administration'),
  {
    id: 'requests.hotline.close-rate',
    label: { zh: '12345热线结案率（计算）', en: '12345 hotline closure rate (computed)' },
    unit: 'percent',
    category: 'requests',
    kind: 'ratio',
    numerator: 'requests.hotline.closed',
    denominator: 'requests.hotline.received',
    method: RATIO_METHOD,
  },
  {
    id: 'online.verification-rate',
    label: { zh: '实名认证率（计算）', en: 'Real-name verification rate (computed)' },
    unit: 'percent',
    category: 'online-services',
    kind: 'ratio',
    numerator: 'online.verified',
    denominator: 'online.registered',
    method: RATIO_METHOD,
  },
  {
    id: 'litigation.all.total',
    label: { zh: '行政诉讼总数（计算）', en: 'Lawsuits in all (computed)' },
    unit: 'piece',
    category: 'review-litigation',
    kind: 'sum',
    terms: ['litigation.direct.total', 'litigation.after-review.total'],
    method: {
      zh: '未经复议直接起诉总计 + 复议后起诉总计（2019、2021 年版统计表分两栏列出）',
      en: 'sued directly + sued after review (the 2019 and 2021 tables list them apart)',
    },
  },
]

/** The computed figures whose inputs are all among `metrics` (a report's, or one category's). */
export function deriveMetrics(metrics: readonly Metric[]): DerivedMetric[] {
  const byId = new Map<string, Metric>(metrics.map((metric) => [metric.id, metric]))
  const reportedValue = (id: string) => byId.get(id)?.value ?? null
  return DERIVED_DEFINITIONS.filter((definition) =>
    inputsOf(definition).every((id) => byId.has(id)),
  ).map((definition) => {
    const { method } = definition
    const base = {
      id: definition.id,
      label: definition.label,
      unit: definition.unit,
      category: definition.category,
      approximate:
        definition.approximate ??
        inputsOf(definition).some((id) => byId.get(id)?.approximate === true),
    }
    if (definition.kind === 'ratio') {
      const n = reportedValue(definition.numerator)
      const d = reportedValue(definition.denominator)
      const value = n === null || d === null || d === 0 ? null : (n / d) * 100
      return {
        ...base,
        value,
        computed: {
          inputs: [definition.numerator, definition.denominator],
          expression: `${show(n)} ÷ ${show(d)} × 100%`,
          method,
        },
      }
    }
    if (definition.kind === 'sum') {
      const values = definition.terms.map(reportedValue)
      const value = values.some((v) => v === null)
        ? null
        : values.reduce<number>((a, b) => a + (b ?? 0), 0)
      return {
        ...base,
        value,
        computed: {
          inputs: definition.terms,
          expression: `${values.map(show).join(' + ')}`,
          method,
        },
      }
    }
    const share = reportedValue(definition.share)
    const total = reportedValue(definition.total)
    const value = share === null || total === null ? null : Math.round((total * share) / 100)
    return {
      ...base,
      value,
      computed: {
        inputs: [definition.total, definition.share],
        expression: `${show(total)} × ${show(share)}%`,
        method,
      },
    }
  })
}

function inputsOf(definition: Definition): string[] {
  switch (definition.kind) {
    case 'ratio':
      return [definition.numerator, definition.denominator]
    case 'share-of':
      return [definition.share, definition.total]
    case 'sum':
      return definition.terms
  }
}

function show(value: number | null): string {
  return value === null ? '?' : String(value)
}
