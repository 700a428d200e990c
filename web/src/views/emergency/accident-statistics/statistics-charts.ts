/** The ECharts options of the accident statistics page, pure: by month (line), by grade (bar), by GB 6441 type (pie). */
import type { AccidentStatGroup } from '@/api/emergency/accident-statistics'
import type { ChartOption } from '@/utils/echarts'

/** Red for the graver grades (一般 → 特别重大). */
export const GRADE_COLORS: Record<string, string> = {
  ordinary: '#409eff',
  large: '#e6a23c',
  serious: '#f56c6c',
  especially_serious: '#8b0000',
}

export function monthOption(months: AccidentStatGroup[], labels: { count: string; deaths: string }): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, bottom: 30, top: 36 },
    xAxis: { type: 'category', data: months.map((m) => m.month ?? m.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.count, type: 'line', smooth: false, data: months.map((m) => m.count), itemStyle: { color: '#409eff' } },
      { name: labels.deaths, type: 'line', data: months.map((m) => m.deaths), itemStyle: { color: '#f56c6c' } },
    ],
  }
}

export function gradeOption(grades: AccidentStatGroup[], gradeLabel: (g: string) => string, countLabel: string): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 40, right: 16, bottom: 30, top: 16 },
    xAxis: { type: 'category', data: grades.map((g) => gradeLabel(g.grade ?? '')) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: countLabel,
        type: 'bar',
        data: grades.map((g) => ({ value: g.count, itemStyle: { color: GRADE_COLORS[g.grade ?? ''] ?? '#909399' } })),
      },
    ],
  }
}

/** Only the types with accidents are slices (an empty pie says nothing). */
export function typeOption(types: AccidentStatGroup[], typeLabel: (code: string, label: string) => string): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['30%', '62%'],
        center: ['50%', '45%'],
        data: types.filter((x) => x.count > 0).map((x) => ({ name: typeLabel(x.accident_type ?? '', x.label), value: x.count })),
      },
    ],
  }
}
