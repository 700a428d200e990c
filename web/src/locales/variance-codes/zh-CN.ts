/** Product names beside each missing or extra code of a stocktake variance (explosives ledger). */
export default {
  varianceCodes: {
    productPending: '产品待定',
  },
}
