// The notices area's route table: the sender side (通知下发) and the inbox (收文), each route
// with the permission the router enforces.
#include "notices/handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::notices {

void RegisterNoticesRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/notices", "notice:read", ListNoticesHandler);
  r.Add("GET", "/api/v1/notices/export", "notice:read", ExportNoticesHandler);
  r.Add("POST", "/api/v1/notices", "notice:send", CreateNoticeHandler);
  r.Add("GET", "/api/v1/notices/{id}", "notice:read", GetNoticeHandler);
  r.Add("PUT", "/api/v1/notices/{id}", "notice:send", UpdateNoticeHandler);
  r.Add("POST", "/api/v1/notices/{id}/send", "notice:send", SendNoticeHandler);
  r.Add("POST", "/api/v1/notices/{id}/remind", "notice:send", RemindHandler);
  r.Add("GET", "/api/v1/notices/{id}/recipients/export", "notice:send", ExportRecipientsHandler);

  r.Add("GET", "/api/v1/inbox", "notice:read", ListInboxHandler);
  r.Add("GET", "/api/v1/inbox/export", "notice:read", ExportInboxHandler);
  r.Add("GET", "/api/v1/inbox/{id}", "notice:read", GetInboxItemHandler);
  r.Add("POST", "/api/v1/inbox/{id}/acknowledge", "notice:feedback", AcknowledgeHandler);
  r.Add("POST", "/api/v1/inbox/{id}/feedback", "notice:feedback", FeedbackHandler);
  r.Add("POST", "/api/v1/inbox/{id}/forward", "notice:send", ForwardHandler);
}

}  // namespace anjian::notices
