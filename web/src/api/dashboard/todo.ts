/** 我的待办: the signed-in account's to-do counts (GET /todo), most urgent kind first. */
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type Todo = Schema<'Todo'>
export type TodoItem = Todo['items'][number]
export type TodoKey = TodoItem['key']

export function getTodo() {
  return http.get<Todo>('/todo')
}
