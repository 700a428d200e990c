/** Words the licensing and credit pages share (the menu group 许可与信用). (zh-CN) */
export default {
  licensing: {
    menu: { group: '许可与信用' },
  },
}
