/** Product names beside each missing or extra code of a stocktake variance (explosives ledger). */
export default {
  varianceCodes: {
    productPending: 'product to be named',
  },
}
