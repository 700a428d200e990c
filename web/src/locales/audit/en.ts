/** The audit log. (en) */
export default {
  audit: {
    at: 'Time',
    actor: 'Actor',
    ip: 'IP address',
    action: 'Action',
    entity: 'Entity',
    entityId: 'Entity id',
    dateRange: 'Dates',
    from: 'From',
    to: 'To',
    field: 'Field',
    before: 'Before',
    after: 'After',
    hash: 'Hash',
    noChanges: 'No field changes',
    verify: 'Verify chain',
    verifyOk: 'Chain intact: {n} entries checked',
    verifyBroken: 'Chain broken at entry #{id} ({n} checked)',
  },
}
