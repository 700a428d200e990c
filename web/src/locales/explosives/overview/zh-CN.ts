/** 民爆监管总览 (the regulator's overview). (zh-CN) */
export default {
  overview: {
    menu: '民爆监管总览',
    unratedStores: '未核定库容的库房',
    overdueAfter: '盘点超期天数',
    days: '天',
    attentionFirst: '需优先关注',
    capacity: '储量占用',
    lastStocktake: '最近盘点',
    never: '从未盘点',
    lateFilings: '逾期备案',
    alertsTitle: '预警',
    alerts: {
      capacity_over_90: '储量超 90%',
      stocktake_overdue: '盘点超期',
      loss_incident_open: '丢失被盗未结',
      sale_filing_late: '销售逾期未备案',
      daily_close_missing: '有日未日清',
      purchase_filing_late: '购买逾期未备案',
    },
  },
}
