#include "notices/demo_notices.hpp"

namespace anjian::notices {

void SeedDemoNotices(storage::Connection&) {}

}  // namespace anjian::notices
