/**
 * A hidden danger the system determined from the data (source derived, 系统判定) names the record its
 * determination rests on. Each area that opens such hidden dangers maps its record kind to the page
 * that shows it here; an unmapped kind shows the basis without a link.
 */
export const DERIVATION_ORIGIN_PAGES: Record<string, (id: number) => string> = {
  store: (id) => `/ledger/stores/${id}`,
  workshop: (id) => `/ledger/workshops/${id}`, // issue 15 §3 四超
  four_over_case: () => '/ledger/four-over',
  licence: (id) => `/licensing/licences/${id}`, // issue 15 §1: an expired licence
  enterprise: (id) => `/enterprises/${id}`, // issue 15 §1: a required licence never held
  person: (id) => `/qualifications/people/${id}`, // issue 15 §2: an unexamined principal
}

/** The page of the record a derived hidden danger rests on, or undefined when there is none. */
export function derivationOriginLink(kind: string, id: number | undefined): string | undefined {
  if (id === undefined || id === null) return undefined
  const page = DERIVATION_ORIGIN_PAGES[kind]
  return page ? page(id) : undefined
}
