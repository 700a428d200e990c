// The notices area's request handlers, listed in routes.cpp with each route's permission, and
// the input reader the sender and inbox handlers share.
#pragma once

#include "notices/notice_repository.hpp"
#include "platform/api/context.hpp"
#include "platform/api/json.hpp"
#include "platform/api/principal.hpp"

namespace anjian::notices {

using api::Context;
using api::Response;

// notice_handlers.cpp: the sender side (通知下发).
Response ListNoticesHandler(Context& ctx);
Response ExportNoticesHandler(Context& ctx);
Response GetNoticeHandler(Context& ctx);
Response CreateNoticeHandler(Context& ctx);
Response UpdateNoticeHandler(Context& ctx);
Response SendNoticeHandler(Context& ctx);
Response RemindHandler(Context& ctx);
Response ExportRecipientsHandler(Context& ctx);

// inbox_handlers.cpp: the receiving side (收文).
Response ListInboxHandler(Context& ctx);
Response ExportInboxHandler(Context& ctx);
Response GetInboxItemHandler(Context& ctx);
Response AcknowledgeHandler(Context& ctx);
Response FeedbackHandler(Context& ctx);
Response ForwardHandler(Context& ctx);

struct Defaults {  // used by forward: fields the input may leave out
  std::string title, body, required_actions;
  std::optional<std::string> feedback_deadline;
  std::string urgency = "normal";
};

// Reads title, body, required_actions, feedback_deadline, attachment_ids and recipients,
// validating form, attachment visibility and recipient scope, into `in`'s errors. With
// `defaults`, title/body/required_actions/feedback_deadline are optional. Does not call
// in.Finish() (callers may read more fields first).
NoticeDraft ReadNoticeInput(api::JsonInput& in, storage::Connection& conn,
                            const api::Principal& p, const Defaults* defaults);

}  // namespace anjian::notices
