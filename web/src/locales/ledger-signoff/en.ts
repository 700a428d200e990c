/** The daily close on the printed daily summary; product names in loss incidents and stocktake variances (explosives ledger). */
export default {
  ledgerSignoff: {
    signedAs: {
      storekeeper: 'Storekeeper',
      safety_officer: 'Safety officer',
    },
    dailyClose: 'Daily close',
    notSigned: 'Not signed',
    signer: 'Signed by',
    role: 'Capacity',
    signedAt: 'Signed at',
    corrected: 'Corrected {n} times; the latest signature is shown',
    stale: 'Changed since signed',
    byProduct: 'By product',
    product: 'Product',
    missing: 'Missing',
    extra: 'Extra',
    quantity: 'Quantity',
    unknownProduct: 'Codes never booked (product to be named)',
    notCustodian: 'Only the storekeepers assigned to this store ({names}) count it',
    noCustodian: 'This store has no assigned storekeeper; one is assigned before it is counted',
  },
}
