/** 销售/购买备案 (sale and purchase filings). (zh-CN) */
export default {
  filing: {
    saleMenu: '销售备案',
    saved: '备案已登记',
    saleHint: '销售后 3 日内须向省级民爆主管部门和县级公安机关备案',
    soldAt: '销售时间',
    deadlineMoved: '节假日顺延',
    deadline: '备案期限',
    products: '品种数量',
    partyMissing: '未登记',
    deadlineSource: '期限依据：',
    provinceFiling: '省级主管部门',
    policeFiling: '县级公安机关',
    recordFiling: '登记备案',
    filedAt: '备案时间',
    statuses: { pending: '待备案', late: '逾期未备案', filed: '已备案', filed_late: '逾期备案' },
    fileTab: {
      label: '销售备案',
      voucher: '出库单号',
      state: '期限状态',
      states: { filed: '按时备案', filed_late: '逾期备案', late: '逾期未备案', pending: '待备案' },
    },
    purchase: { menu: '购买备案', hint: '购买民用爆炸物品后 3 日内将品种、数量向所在地县级公安机关备案（条例第二十四条）。', boughtAt: '购买时间', record: '登记购买备案' },
  },
}
