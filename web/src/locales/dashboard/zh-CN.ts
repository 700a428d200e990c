/** The dashboard. (zh-CN) */
export default {
  dashboard: {
    enterprises: '企业总数',
    activeEnterprises: '在营企业',
    supervision: '监管企业',
    industryManagement: '行业管理企业',
    noticesSent30d: '近30日发文',
    inboxPending: '待办收文',
    byRegion: '各区县企业数量',
    byIndustry: '企业行业分布',
    supervisionSplit: '监管 / 行业管理',
    clickRegionHint: '点击柱形查看该地区企业',
    noticesAwaiting: '待反馈通知',
    myInbox: '我的待办',
    pending: '未完成',
    overdue: '逾期',
  },
}
