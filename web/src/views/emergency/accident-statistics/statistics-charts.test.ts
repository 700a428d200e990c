import { describe, expect, it } from 'vitest'
import type { AccidentStatGroup } from '@/api/emergency/accident-statistics'
import { GRADE_COLORS, gradeOption, monthOption, typeOption } from './statistics-charts'

const g = (extra: Partial<AccidentStatGroup>): AccidentStatGroup => ({ label: '', count: 0, deaths: 0, serious_injuries: 0, missing: 0, direct_loss_yuan: 0, ...extra })

describe('accident statistics charts', () => {
  it('months on the x axis, counts and deaths as lines', () => {
    const o = monthOption([g({ month: '2026-11', count: 2, deaths: 1 }), g({ month: '2026-12', count: 0 })], { count: '起数', deaths: '死亡' }) as {
      xAxis: { data: string[] }
      series: { type: string; data: number[] }[]
    }
    expect(o.xAxis.data).toEqual(['2026-11', '2026-12'])
    expect(o.series.map((s) => s.type)).toEqual(['line', 'line'])
    expect(o.series[0].data).toEqual([2, 0])
    expect(o.series[1].data).toEqual([1, 0])
  })
  it('grades as coloured bars in the order given', () => {
    const o = gradeOption([g({ grade: 'ordinary', count: 5 }), g({ grade: 'serious', count: 1 })], (x) => `G:${x}`, '起数') as {
      xAxis: { data: string[] }
      series: { data: { value: number; itemStyle: { color: string } }[] }[]
    }
    expect(o.xAxis.data).toEqual(['G:ordinary', 'G:serious'])
    expect(o.series[0].data[1]).toEqual({ value: 1, itemStyle: { color: GRADE_COLORS.serious } })
  })
  it('the pie leaves out empty types', () => {
    const o = typeOption([g({ accident_type: '08', label: '火灾', count: 3 }), g({ accident_type: '03', label: '机械伤害', count: 0 })], (c, l) => `${c} ${l}`) as {
      series: { type: string; data: { name: string; value: number }[] }[]
    }
    expect(o.series[0].type).toBe('pie')
    expect(o.series[0].data).toEqual([{ name: '08 火灾', value: 3 }])
  })
})
