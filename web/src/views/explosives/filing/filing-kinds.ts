/** The Art.24 filing kinds one filing list serves: which offices each files with, and its API. */
import type { ListResult } from '@/api/core/common'
import { getPurchaseFilingPage, getSaleFilingPage, recordPurchaseFiling, recordSaleFiling } from '@/api/explosives/filing'

export type FilingOffice = 'province' | 'police'

export interface FilingInfo {
  filed_at: string
  reference: string
}

/** A row of either list: the time of the deal is `sold_at` or `bought_at` (FilingKind.madeAtField). */
export interface FilingRow {
  voucher_id: number
  voucher_number: string
  enterprise_name: string
  store_name: string
  deadline: string
  deadline_date: string
  /** "12月9日24时前" and its English, with the source of the deadline (条例 art. 24, 民法典 art. 201). */
  deadline_label: string
  deadline_label_en: string
  deadline_source: string
  deadline_source_en: string
  /** The last day fell on a statutory rest day and moved to the next working day (民法典 art. 203, named in the source). */
  deadline_moved?: boolean
  /** 品种、数量 ("工业炸药 2 千克；…"). */
  products_zh: string
  /** The buyer of a sale, the seller of a purchase; null for vouchers posted before it was recorded. */
  counterparty: { name: string; uscc: string; licence_no: string; transport_licence_no: string } | null
  province_filing?: FilingInfo | null
  police_filing: FilingInfo | null
  status: 'pending' | 'late' | 'filed' | 'filed_late'
  [key: string]: unknown
}

export interface FilingForm {
  office: FilingOffice
  filed_at: string
  reference: string
  note: string
}

export interface FilingKind {
  offices: FilingOffice[]
  madeAtField: 'sold_at' | 'bought_at'
  madeAtLabel: string
  /** The counterparty column and its licence's label. */
  partyLabel: string
  partyLicenceLabel: string
  hintKey: string
  dialogTitleKey: string
  /** data-testid prefix the e2e scenarios use: `<prefix>-table`, `<prefix>-filter-status`, `<prefix>-record`. */
  testid: string
  exportPath: string
  exportFilename: string
  load: (q: { status?: string; enterprise_id?: number | ''; page?: number; page_size?: number }) => Promise<ListResult<FilingRow>>
  record: (voucherId: number, form: FilingForm) => Promise<unknown>
}

export const FILING_KINDS: Record<'sale' | 'purchase', FilingKind> = {
  sale: {
    offices: ['province', 'police'],
    madeAtField: 'sold_at',
    madeAtLabel: 'filing.soldAt',
    partyLabel: 'voucher.party.buyer',
    partyLicenceLabel: 'voucher.party.buyerLicence',
    hintKey: 'filing.saleHint',
    dialogTitleKey: 'filing.recordFiling',
    testid: 'filing',
    exportPath: '/sale-filings/export',
    exportFilename: '销售备案.xlsx',
    load: (q) => getSaleFilingPage(q) as unknown as Promise<ListResult<FilingRow>>,
    record: (id, form) => recordSaleFiling(id, form),
  },
  purchase: {
    offices: ['police'],
    madeAtField: 'bought_at',
    madeAtLabel: 'filing.purchase.boughtAt',
    partyLabel: 'voucher.party.seller',
    partyLicenceLabel: 'voucher.party.sellerLicence',
    hintKey: 'filing.purchase.hint',
    dialogTitleKey: 'filing.purchase.record',
    testid: 'purchase',
    exportPath: '/purchase-filings/export',
    exportFilename: '购买备案.xlsx',
    load: (q) => getPurchaseFilingPage(q) as unknown as Promise<ListResult<FilingRow>>,
    // The buyer files with the county police only: the route takes no office.
    record: (id, { filed_at, reference, note }) => recordPurchaseFiling(id, { filed_at, reference, note }),
  },
}

/** The art. 24 deadline state of a filing (按时备案 / 逾期备案 / 逾期未备案 / 待备案) and its tag colour. */
export const DEADLINE_STATE_TAG: Record<FilingRow['status'], 'success' | 'warning' | 'danger' | 'info'> = {
  filed: 'success',
  filed_late: 'warning',
  late: 'danger',
  pending: 'info',
}
