// The dashboard handler, listed in routes.cpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::dashboard {

api::Response GetDashboard(api::Context& ctx);
// GET /api/v1/todo: the caller's to-do items (我的待办), each counted in SQL inside the scope.
api::Response GetTodo(api::Context& ctx);

}  // namespace anjian::dashboard
