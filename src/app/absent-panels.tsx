import type { PanelSplit } from '#src/catalogue/panel-rules.ts'
import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import type { Report } from '#src/domain/report-schema.ts'
import { TABLE_FORMAT_SHORT } from '#src/domain/table-formats.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'

type Props = { report: Report; split: PanelSplit; locale: Locale }

/** What the report does not have: the other formats' tables by name, the text's topics in one line. */
export function AbsentPanels({ report, split, locale }: Props) {
  const separator = locale === 'zh' ? '、' : ', '
  const names = (panels: readonly ChartDescription[]) =>
    panels.map((panel) => pick(panel.title, locale)).join(separator)
  return (
    <section className="panel panel-wide panel-absent" aria-labelledby="absent-panels">
      <h2 id="absent-panels">{t('notInReport', locale)}</h2>
      <ul>
        {split.notInFormat.length > 0 && (
          <li>
            {t('notInFormat', locale, {
              format: pick(TABLE_FORMAT_SHORT[report.meta.tableFormat], locale),
              names: names(split.notInFormat),
            })}
          </li>
        )}
        {split.notInText.length > 0 && (
          <li>{t('notInText', locale, { names: names(split.notInText) })}</li>
        )}
      </ul>
    </section>
  )
}
