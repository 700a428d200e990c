/** Where each to-do item leads: the list filtered to exactly what the count counts. */
import type { RouteLocationRaw } from 'vue-router'
import type { TodoItem, TodoKey } from '@/api/dashboard/todo'

export const TODO_LINKS: Record<TodoKey, RouteLocationRaw> = {
  loss_incidents_open: { path: '/ledger/loss-incidents', query: { status: 'open' } },
  major_hidden_dangers_overdue: { path: '/hidden-dangers', query: { level: 'major', overdue: 'true' } },
  major_hidden_dangers_to_close: { path: '/hidden-dangers', query: { state: 'awaiting_regulator_signoff' } },
  daily_inspections_missed: { path: '/inspection/tasks' },
  stocktakes_to_approve: { path: '/ledger/stocktakes', query: { status: 'counted' } },
  daily_closes_unsigned: { path: '/ledger/stores' },
  filings_due: { path: '/ledger/sale-filings' },
  hidden_dangers_to_handle: { path: '/hidden-dangers', query: { open: 'true' } },
  hidden_dangers_assigned: { path: '/hidden-dangers', query: { state: 'rectification_assigned' } },
  inspection_tasks_open: { path: '/inspection/tasks' },
  inbox_pending: { path: '/inbox' },
  production_restarts_to_approve: { path: '/production-halts' },
  duty_spot_check_findings_to_answer: { path: '/emergency/duty-spot-check-findings', query: { state: 'waiting' } },
  duty_spot_check_answers_to_review: { path: '/emergency/duty-spot-check-findings', query: { state: 'answered' } },
  store_capacity_requests_to_decide: { path: '/ledger/capacity-requests', query: { status: 'pending' } },
}

/** Items with something to do first (in the server's order of urgency), then the empty ones. */
export function sortTodo(items: readonly TodoItem[]): TodoItem[] {
  return [...items.filter((i) => i.count > 0), ...items.filter((i) => i.count === 0)]
}
