/** Dual-prevention additions: major hazard accountable tasks, record filters, duty assignees, reactivation. */
export default {
  dpGaps: {
    reactivate: 'Reactivate',
    showInactive: 'Include deactivated',
    editDuty: 'Edit inspection duty',
    assigneeHint: 'A new assignee takes over the duty\'s open tasks; done and missed tasks keep their assignee.',
    editHazard: 'Edit major hazard installation',
    deactivateHazardConfirm: 'Deactivate the major hazard installation "{name}"? No more accountable checks are generated; it can be reactivated.',
    hazardTaskHint: 'Accountable people chosen as accounts of this enterprise get inspection tasks at their check frequency in their to-do list; tasks not done in time are marked missed.',
    getsTasks: 'Gets inspection tasks at this frequency',
    account: 'Account (optional)',
    taskSourceMajorHazard: 'Major hazard accountable check',
    checklistKind: 'Checklist kind',
    checklistKinds: { company_daily: 'Company-level daily', special: 'Special', routine: 'Routine' },
    recordSources: { task: 'Scheduled task', ad_hoc: 'Ad hoc' },
    result: 'Result',
    results: { pass: 'All passed', fail: 'Has failed items' },
    dateFrom: 'From',
    dateTo: 'To',
  },
}
