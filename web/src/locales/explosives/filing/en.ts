/** 销售/购买备案 (sale and purchase filings). (en) */
export default {
  filing: {
    saleMenu: 'Sales filing',
    saved: 'Filing recorded',
    saleHint: 'Each sale is filed with the provincial authority and the county public security within 3 days',
    soldAt: 'Sold at',
    deadlineMoved: 'Moved past rest days',
    deadline: 'Deadline',
    products: 'Products and quantities',
    partyMissing: 'Not recorded',
    deadlineSource: 'Deadline source: ',
    provinceFiling: 'Provincial authority',
    policeFiling: 'County public security',
    recordFiling: 'Record filing',
    filedAt: 'Filed at',
    statuses: { pending: 'Pending', late: 'Late', filed: 'Filed', filed_late: 'Filed late' },
    fileTab: {
      label: 'Sales filings',
      voucher: 'Voucher',
      state: 'Deadline state',
      states: { filed: 'Filed on time', filed_late: 'Filed late', late: 'Late, not filed', pending: 'Pending' },
    },
    purchase: {
      menu: 'Purchase filings',
      hint: 'Within 3 days of buying civil explosives the buyer files the varieties and quantities with the county public security (Art. 24).',
      boughtAt: 'Bought at',
      record: 'Record the purchase filing',
    },
  },
}
