/** Licence condition warnings (许可条件预警, issue 15 §1): the nightly sweep's findings. (en) */
export default {
  licenceAlert: {
    menu: 'Licence warnings',
    intro: 'Licences and their conditions are checked every day: an expired or missing licence is a major hidden danger (MIIT 234 (2024) item 1); a licence in force whose conditions no longer hold is a warning to the enterprise and the issuer.',
    filterFinding: 'Finding',
    filterStatus: 'Status',
    filterQ: 'Enterprise name',
    findings: { expired: 'Licence expired', missing: 'Licence not obtained', condition: 'Condition no longer met' },
    statuses: { open: 'Open', resolved: 'Resolved' },
    enterprise: 'Enterprise',
    licence: 'Licence',
    validUntil: 'Valid until',
    issuer: 'Issuer',
    condition: 'Condition no longer met',
    source: 'Basis',
    detectedOn: 'Found on',
    hiddenDanger: 'Major hidden danger',
    resolvedOn: 'Resolved on',
    none: '—',
  },
}
