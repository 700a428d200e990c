/** Daily close signing and per-product limit editing (explosives ledger). */
export default {
  dailyClose: {
    title: 'Daily close',
    signed: 'Signed',
    unsigned: 'Not signed',
    stale: 'Changed since signed',
    staleHint: 'Vouchers were posted for this day after it was signed; check and sign again (the earlier signature is kept).',
    overdue: 'Daily close overdue',
    noMovement: 'No movements',
    signedBy: 'Signed by {name} at {at}',
    note: 'Note (optional)',
    sign: 'Confirm and sign',
    signAgain: 'Sign again',
    signedOk: "The day's summary is signed",
    history: 'Signatures ({n})',
    monthTitle: 'Daily closes this month',
    date: 'Date',
    vouchers: 'Vouchers',
    state: 'Daily close',
  },
  purchaseFiling: {
    menu: 'Purchase filings',
    hint: 'Within 3 days of buying civil explosives the buyer files the varieties and quantities with the county public security (Art. 24).',
    boughtAt: 'Bought at',
    record: 'Record the purchase filing',
  },
}
