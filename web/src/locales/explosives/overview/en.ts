/** 民爆监管总览 (the regulator's overview). (en) */
export default {
  overview: {
    menu: 'Ledger overview',
    unratedStores: 'Stores without a rated capacity',
    overdueAfter: 'Stocktake overdue after',
    days: 'days',
    attentionFirst: 'Needs attention first',
    capacity: 'Capacity use',
    lastStocktake: 'Last stocktake',
    never: 'Never counted',
    lateFilings: 'Late filings',
    alertsTitle: 'Alerts',
    alerts: {
      capacity_over_90: 'Above 90% of capacity',
      stocktake_overdue: 'Stocktake overdue',
      loss_incident_open: 'Open loss incident',
      sale_filing_late: 'Sale filing late',
      daily_close_missing: 'Day without daily close',
      purchase_filing_late: 'Purchase filing late',
    },
  },
}
