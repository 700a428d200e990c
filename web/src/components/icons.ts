import type { App } from 'vue'
import {
  ArrowDown, Avatar, Bell, Check, CircleCheck, Close, DataAnalysis, Document, Download, Edit, Expand, Fold,
  Key, Lock, Message, OfficeBuilding, Plus, Promotion, Refresh, Search, Setting, SwitchButton, Upload, User,
  View, Warning, Paperclip, Position,
  Camera, DataLine, Delete, List, Location, Printer, Stamp, ArrowUp,
  Calendar,
} from '@element-plus/icons-vue'

/** Icons are registered by name so menu definitions can refer to them as strings. */
export const ICONS = {
  ArrowDown, Avatar, Bell, Check, CircleCheck, Close, DataAnalysis, Document, Download, Edit, Expand, Fold,
  Key, Lock, Message, OfficeBuilding, Plus, Promotion, Refresh, Search, Setting, SwitchButton, Upload, User,
  View, Warning, Paperclip, Position,
  Camera, DataLine, Delete, List, Location, Printer, Stamp, ArrowUp,
  Calendar,
}

export function registerIcons(app: App): void {
  for (const [name, component] of Object.entries(ICONS)) app.component(name, component)
}
