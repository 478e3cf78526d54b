import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts'
import { BarChart, PieChart } from 'echarts/charts'
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

// Only what the dashboard draws: two chart types, four components and the SVG renderer.
// SVG keeps text crisp at any zoom and in print, and works in jsdom at an explicit size.
echarts.use([
  BarChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
])

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | PieSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

export { echarts }
