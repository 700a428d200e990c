/** 日清签字在打印日报上的显示、丢失被盗与盘点差异中的产品名称（民爆台账）。 */
export default {
  ledgerSignoff: {
    signedAs: {
      storekeeper: '保管员',
      safety_officer: '安全管理人员',
    },
    dailyClose: '日清签字',
    notSigned: '未签字',
    signer: '签字人',
    role: '身份',
    signedAt: '签字时间',
    corrected: '已更正 {n} 次，以上为最新签字',
    stale: '签字后账目有变动',
    byProduct: '按产品',
    product: '产品',
    missing: '缺少',
    extra: '多出',
    quantity: '数量',
    unknownProduct: '未登记过的编码（产品待定）',
    notCustodian: '只有该库房指定的保管员（{names}）才能盘点该库房',
    noCustodian: '该库房尚未指定保管员，须先指定保管员才能盘点',
  },
}
