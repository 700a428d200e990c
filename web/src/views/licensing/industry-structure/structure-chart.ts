/** The ECharts option of 行业结构, pure: stacked bars of electronic and other detonators per region, the share as a line. */
import type { IndustryStructureRow } from '@/api/licensing/licence-checks'
import type { ChartOption } from '@/utils/echarts'

/** "81.8%" from 818‰; "—" without output. */
export function shareText(permille: number | null | undefined): string {
  return permille == null ? '—' : `${(permille / 10).toFixed(1)}%`
}

export function structureOption(rows: IndustryStructureRow[], labels: { electronic: string; other: string; share: string }): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 56, right: 48, bottom: 30, top: 36 },
    xAxis: { type: 'category', data: rows.map((r) => r.region_name || r.region_path) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: labels.electronic, type: 'bar', stack: 'det', data: rows.map((r) => r.electronic), itemStyle: { color: '#409eff' } },
      { name: labels.other, type: 'bar', stack: 'det', data: rows.map((r) => r.other), itemStyle: { color: '#e6a23c' } },
      { name: labels.share, type: 'line', yAxisIndex: 1, data: rows.map((r) => (r.share_permille == null ? null : r.share_permille / 10)), itemStyle: { color: '#67c23a' } },
    ],
  }
}
