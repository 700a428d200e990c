/** 许可条件预警 (licence condition warnings, issue 15 §1): the nightly sweep's findings. (zh-CN) */
export default {
  licenceAlert: {
    menu: '许可条件预警',
    intro: '每日自动核查许可证及其许可条件：许可证过期或未取得即判定为重大事故隐患（工信部安全〔2024〕234号第1项）；许可证在有效期内但条件不再满足的，提醒企业和发证机关。',
    filterFinding: '预警类型',
    filterStatus: '状态',
    filterQ: '企业名称',
    findings: { expired: '许可证过期', missing: '未取得许可证', condition: '许可条件不再满足' },
    statuses: { open: '未消除', resolved: '已消除' },
    enterprise: '企业',
    licence: '许可证',
    validUntil: '有效期至',
    issuer: '发证机关',
    condition: '不再满足的条件',
    source: '依据',
    detectedOn: '发现日期',
    hiddenDanger: '重大隐患',
    resolvedOn: '消除日期',
    none: '—',
  },
}
