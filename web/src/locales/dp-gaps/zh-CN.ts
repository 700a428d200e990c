/** 双重预防补充：重大危险源包保任务、排查记录筛选、职责指派、停用恢复。 */
export default {
  dpGaps: {
    reactivate: '恢复启用',
    showInactive: '含已停用',
    editDuty: '修改排查职责',
    assigneeHint: '更换责任人后，该职责未完成的排查任务转给新责任人；已完成和已漏检的保持原责任人。',
    editHazard: '修改重大危险源',
    deactivateHazardConfirm: '停用重大危险源“{name}”？停用后不再生成包保检查任务，可随时恢复。',
    hazardTaskHint: '包保责任人选择了本企业账号的，按其检查频次生成排查任务，进入其待办；逾期未完成的标记为漏检。',
    getsTasks: '按频次生成排查任务',
    account: '账号（可选）',
    taskSourceMajorHazard: '重大危险源包保检查',
    checklistKind: '检查类型',
    checklistKinds: { company_daily: '公司级每日检查', special: '专项检查', routine: '日常检查' },
    recordSources: { task: '计划任务', ad_hoc: '临时检查' },
    result: '检查结果',
    results: { pass: '全部合格', fail: '有不合格项' },
    dateFrom: '开始日期',
    dateTo: '结束日期',
  },
}
