/** 日清签字、分品种限量编辑（民爆台账）。 */
export default {
  dailyClose: {
    title: '日清签字',
    signed: '已签字',
    unsigned: '未签字',
    stale: '签字后账目有变动',
    staleHint: '签字后该日又有出入库，请核对后重新签字；原签字记录保留。',
    overdue: '逾期未日清',
    noMovement: '无出入库',
    signedBy: '{name} 于 {at} 签字确认',
    note: '备注（可选）',
    sign: '确认并签字',
    signAgain: '重新签字',
    signedOk: '已签字确认当日日清',
    history: '签字记录（{n} 次）',
    monthTitle: '本月日清情况',
    date: '日期',
    vouchers: '单据数',
    state: '日清',
  },
  purchaseFiling: {
    menu: '购买备案',
    hint: '购买民用爆炸物品后 3 日内将品种、数量向所在地县级公安机关备案（条例第二十四条）。',
    boughtAt: '购买时间',
    record: '登记购买备案',
  },
}
