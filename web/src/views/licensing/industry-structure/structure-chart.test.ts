import { describe, expect, it } from 'vitest'
import { shareText, structureOption } from './structure-chart'

describe('industry structure chart', () => {
  it('writes the share as a percentage and a dash without output', () => {
    expect(shareText(818)).toBe('81.8%')
    expect(shareText(1000)).toBe('100.0%')
    expect(shareText(null)).toBe('—')
  })
  it('stacks electronic and other detonators per region with the share on the right axis', () => {
    const o = structureOption(
      [
        { region_path: '/370000/370800/370883/', region_name: '邹城市', electronic: 180, other: 40, total: 220, share_permille: 818, on_site_mixing_t: 8000, on_site_mixing_licences: 1 },
        { region_path: '/370000/370800/370811/', region_name: '任城区', electronic: 0, other: 0, total: 0, share_permille: null, on_site_mixing_t: 0, on_site_mixing_licences: 0 },
      ],
      { electronic: '电子雷管', other: '其他雷管', share: '占比' },
    ) as { xAxis: { data: string[] }; series: { data: (number | null)[] }[] }
    expect(o.xAxis.data).toEqual(['邹城市', '任城区'])
    expect(o.series[0].data).toEqual([180, 0])
    expect(o.series[1].data).toEqual([40, 0])
    expect(o.series[2].data).toEqual([81.8, null])
  })
})
