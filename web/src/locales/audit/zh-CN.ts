/** The audit log. (zh-CN) */
export default {
  audit: {
    at: '时间',
    actor: '操作人',
    ip: 'IP 地址',
    action: '操作',
    entity: '对象类型',
    entityId: '对象编号',
    dateRange: '日期范围',
    from: '开始日期',
    to: '结束日期',
    field: '字段',
    before: '变更前',
    after: '变更后',
    hash: '哈希',
    noChanges: '无字段变化',
    verify: '校验哈希链',
    verifyOk: '校验通过：已检查 {n} 条记录，哈希链完整',
    verifyBroken: '校验失败：哈希链在第 {id} 条记录处断裂（已检查 {n} 条）',
  },
}
