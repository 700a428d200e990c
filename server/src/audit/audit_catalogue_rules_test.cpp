// The audit catalogue: unique values, labels in both languages, every hidden-danger transition.
#include <gtest/gtest.h>

#include <set>

#include "audit/audit_catalogue_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"

namespace anjian::audit {
namespace {

void ExpectWellFormed(const std::vector<CatalogueEntry>& entries) {
  std::set<std::string> seen;
  for (const auto& e : entries) {
    EXPECT_TRUE(seen.insert(e.value).second) << "duplicate " << e.value;
    EXPECT_FALSE(e.label_zh.empty()) << e.value;
    EXPECT_FALSE(e.label_en.empty()) << e.value;
    EXPECT_NE(e.label_zh, e.value) << "the Chinese label is the code itself: " << e.value;
  }
}

TEST(AuditCatalogue, ActionsAndEntitiesAreUniqueAndLabelled) {
  ExpectWellFormed(AuditActions());
  ExpectWellFormed(AuditEntities());
}

TEST(AuditCatalogue, NamesTheOperationsTheIssueFoundRaw) {
  std::set<std::string> actions, entities;
  for (const auto& e : AuditActions()) actions.insert(e.value);
  for (const auto& e : AuditEntities()) entities.insert(e.value);
  for (const char* a : {"approve", "reject", "open", "sign_daily_close", "count", "close"})
    EXPECT_TRUE(actions.count(a)) << a;
  for (const char* e : {"stocktake", "loss_incident", "settings", "package", "risk_unit"})
    EXPECT_TRUE(entities.count(e)) << e;
  for (auto h : hidden_danger::AllHiddenDangerActions())
    EXPECT_TRUE(actions.count("transition:" +
                              std::string(hidden_danger::HiddenDangerActionValue(h))));
}

}  // namespace
}  // namespace anjian::audit
