import { describe, expect, it } from 'vitest'
import { i18n } from '@/locales'
import {
  deactivateAgencyConsequence,
  deactivateEnterpriseConsequence,
  disableUserConsequence,
  filingConsequence,
  lossReportConsequence,
} from './consequences'
import { stocktakeResult } from '@/views/explosives/stocktake/stocktake-labels'
import { DEADLINE_STATE_TAG } from '@/views/explosives/filing/filing-kinds'

const t = i18n.global.t as (k: string, p?: Record<string, unknown>) => string

describe('consequences in words and figures', () => {
  it('disabling an account names it, its sessions and its roles kept', () => {
    const text = disableUserConsequence(t, { display_name: '张三', username: 'zs', roles: ['county_admin', 'county_officer'] })
    expect(text).toContain('张三')
    expect(text).toContain('zs')
    expect(text).toContain('2 个角色')
    expect(text).toContain('会话')
  })

  it('deactivating an enterprise counts its accounts and open hidden dangers, leaving out what it cannot read', () => {
    const full = deactivateEnterpriseConsequence(t, { name: '恒安民爆', activeUsers: 12, openHiddenDangers: 1234 })
    expect(full).toContain('恒安民爆')
    expect(full).toContain('12 个在用账号')
    expect(full).toContain('1,234 项未销号隐患')
    expect(full).toContain('排查任务')
    const bare = deactivateEnterpriseConsequence(t, { name: '恒安民爆', activeUsers: null, openHiddenDangers: null })
    expect(bare).not.toMatch(/\d/)
    expect(bare).toContain('可随时恢复')
  })

  it('deactivating an agency counts the accounts that stop receiving its notices', () => {
    expect(deactivateAgencyConsequence(t, { name: '邹城市应急管理局', activeUsers: 5 })).toContain('5 个在用账号')
    expect(deactivateAgencyConsequence(t, { name: '邹城市应急管理局', activeUsers: null })).not.toContain('个在用账号')
  })

  it('a filing states the voucher, office, time, reference and whether it is late', () => {
    const f = { voucherNumber: 'CK20261206001', office: '县级公安机关', filedAt: '2026年12月6日 10:00', reference: '邹公备2026-9', deadlineLabel: '12月9日24时前', filedAfterDeadline: false, products: '工业炸药 2 千克' }
    const on = filingConsequence(t, f)
    for (const s of ['CK20261206001', '县级公安机关', '邹公备2026-9', '12月9日24时前', '按时备案', '工业炸药 2 千克', '不能修改或撤销']) expect(on).toContain(s)
    expect(filingConsequence(t, { ...f, filedAfterDeadline: true })).toContain('逾期备案')
  })

  it('a loss report states the store, the codes and quantities, the incident and the notice', () => {
    const text = lossReportConsequence(t, { store: '1号库', codes: 698, quantities: ['工业炸药 2 千克'] })
    for (const s of ['1号库', '698 个雷管编码', '工业炸药 2 千克', '立案', '监管部门', '不能撤回']) expect(text).toContain(s)
    expect(lossReportConsequence(t, { store: '1号库', codes: 0, quantities: [] })).toContain('未填写编码或数量')
  })
})

describe('enterprise file ledger tabs', () => {
  it('a stocktake result reads in figures', () => {
    expect(stocktakeResult(t, { matches: true, missing_count: 0, extra_count: 0, quantity_difference_count: 0 })).toBe('账物一致')
    expect(stocktakeResult(t, { matches: false, missing_count: 698, extra_count: 2, quantity_difference_count: 1 })).toBe('缺 698、多 2、数量差异 1 项')
  })

  it('every filing state has a Chinese label and a tag colour', () => {
    for (const s of ['filed', 'filed_late', 'late', 'pending'] as const) {
      expect(t(`filing.fileTab.states.${s}`)).not.toContain('fileTab')
      expect(DEADLINE_STATE_TAG[s]).toBeTruthy()
    }
    expect(t('filing.fileTab.states.filed')).toBe('按时备案')
  })
})
