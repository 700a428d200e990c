/** Words the licensing and credit pages share (the menu group 许可与信用). (en) */
export default {
  licensing: {
    menu: { group: 'Licences and credit' },
  },
}
