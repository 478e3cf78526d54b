import type { Figure, FigureMap } from '#src/domain/figures.ts'

/** A figure that sits in the report's statistics table. */
export type TableFigure = Extract<Figure, { kind: 'reported' }> & {
  table: { code: string | null; parent: string | null }
}

export type TableRow = { figure: TableFigure; depth: number }

export function isTableFigure(figure: Figure): figure is TableFigure {
  return figure.kind === 'reported' && figure.table !== undefined
}

/**
 * The table rows among `figures`, each under its parent (metric.table.parent), depth first, in
 * the order given. A parent that is not among the figures (a heading such as 三、依申请公开情况)
 * gets no row: its children start at depth 0.
 */
export function tableRows(figures: Iterable<Figure>): TableRow[] {
  const rows = [...figures].filter(isTableFigure)
  const ids = new Set(rows.map((figure) => figure.id))
  const children = new Map<string | null, TableFigure[]>()
  for (const figure of rows) {
    const parent =
      figure.table.parent !== null && ids.has(figure.table.parent) ? figure.table.parent : null
    children.set(parent, [...(children.get(parent) ?? []), figure])
  }
  const out: TableRow[] = []
  const visit = (parent: string | null, depth: number) => {
    for (const figure of children.get(parent) ?? []) {
      out.push({ figure, depth })
      visit(figure.id, depth + 1)
    }
  }
  visit(null, 0)
  return out
}

/** True when every one of these figures is reported as exactly 0 (a missing or blank one is not 0). */
export function allZero(figures: FigureMap, ids: readonly string[]): boolean {
  return ids.every((id) => figures.get(id)?.value === 0)
}
