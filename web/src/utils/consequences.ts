/**
 * What a consequential action does, in words and figures, for `confirmAction` (utils/confirm.ts):
 * deactivating an account, an enterprise or an agency, recording a sales filing, reporting a loss.
 * Pure: the caller passes the figures it knows (a count it could not read is null and left out).
 */
import { formatNumber } from './format'

type T = (key: string, params?: Record<string, unknown>) => string

/** Disabling an account: signed out at once, cannot sign in; its roles and history are kept. */
export function disableUserConsequence(t: T, u: { display_name: string; username: string; roles: readonly string[] }): string {
  return t('consequence.disableUser', { name: u.display_name, username: u.username, n: formatNumber(u.roles.length) })
}

/** Deactivating an enterprise: no more inspection tasks or accident reports; its open hidden dangers and history are kept. */
export function deactivateEnterpriseConsequence(t: T, e: { name: string; openHiddenDangers: number | null; activeUsers: number | null }): string {
  let out = t('consequence.deactivateEnterprise', { name: e.name })
  if (e.activeUsers != null) out += t('consequence.enterpriseUsers', { n: formatNumber(e.activeUsers) })
  if (e.openHiddenDangers != null) out += t('consequence.enterpriseHiddenDangers', { n: formatNumber(e.openHiddenDangers) })
  return out + t('consequence.reversible')
}

/** Deactivating an agency: it and its accounts receive no more notices or reports. */
export function deactivateAgencyConsequence(t: T, a: { name: string; activeUsers: number | null }): string {
  let out = t('consequence.deactivateAgency', { name: a.name })
  if (a.activeUsers != null) out += t('consequence.agencyUsers', { n: formatNumber(a.activeUsers) })
  return out + t('consequence.reversible')
}

/** Recording one office's filing of a sale: appended for good; after the deadline it counts as late. */
export function filingConsequence(
  t: T,
  f: { voucherNumber: string; office: string; filedAt: string; reference: string; deadlineLabel: string; filedAfterDeadline: boolean; products?: string },
): string {
  let out = t('consequence.filing', { number: f.voucherNumber, office: f.office, at: f.filedAt, reference: f.reference || '—' })
  if (f.products) out += t('consequence.filingProducts', { products: f.products })
  out += t(f.filedAfterDeadline ? 'consequence.filingLate' : 'consequence.filingOnTime', { deadline: f.deadlineLabel })
  return out + t('consequence.appendOnly')
}

/** Reporting a loss: the codes and quantities are booked lost, an incident opened and the regulators notified. */
export function lossReportConsequence(t: T, r: { store: string; codes: number; quantities: string[] }): string {
  const parts: string[] = []
  if (r.codes) parts.push(t('consequence.lossCodes', { n: formatNumber(r.codes) }))
  parts.push(...r.quantities)
  const what = parts.length ? parts.join(t('consequence.sep')) : t('consequence.lossNothingCounted')
  return t('consequence.lossReport', { store: r.store, what })
}
