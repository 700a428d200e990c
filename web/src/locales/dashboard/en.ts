/** The dashboard. (en) */
export default {
  dashboard: {
    enterprises: 'Enterprises',
    activeEnterprises: 'Active enterprises',
    supervision: 'Under supervision',
    industryManagement: 'Under industry management',
    noticesSent30d: 'Notices sent (30 days)',
    inboxPending: 'Inbox pending',
    byRegion: 'Enterprises by region',
    byIndustry: 'Enterprises by industry',
    supervisionSplit: 'Supervision vs industry management',
    clickRegionHint: 'Click a bar to list that region’s enterprises',
    noticesAwaiting: 'Notices awaiting feedback',
    myInbox: 'My pending inbox',
    pending: 'Pending',
    overdue: 'Overdue',
  },
}
