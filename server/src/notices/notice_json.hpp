// Notices as the API shows them (docs/api.md: File, Notice, Recipient), also recorded as the
// audit log's before/after: the key order is part of the stored audit text, so it stays.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <vector>

#include "notices/inbox_repository.hpp"
#include "notices/notice_repository.hpp"

namespace anjian::notices {

boost::json::object FileRefJson(const FileRef& f);
// A Notice with its attachments, and "stats" unless `with_stats` is false (a recipient does not
// see how the others stand).
boost::json::object NoticeJson(const Notice& n, bool with_stats = true);
boost::json::object RecipientJson(const Recipient& r);
boost::json::array ChainJson(const std::vector<ChainLink>& chain);
// Notice + "recipient_selection" + "recipients" + "chain" + "children".
boost::json::object NoticeDetailJson(const NoticeDetail& d);
// Recipient + "notice" summary.
boost::json::object InboxEntryJson(const InboxEntry& e);

}  // namespace anjian::notices
