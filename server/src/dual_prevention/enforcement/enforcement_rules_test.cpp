#include "dual_prevention/enforcement/enforcement_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/test_util.hpp"

namespace anjian::enforcement {
namespace {

std::set<std::string> FieldRules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

TEST(EnforcementRulesTest, KindsAndBasesAreData) {
  EXPECT_TRUE(FindInspectionKind("duty_emergency"));
  EXPECT_TRUE(FindInspectionKind("routine"));
  EXPECT_FALSE(FindInspectionKind("surprise"));
  std::set<std::string_view> codes;
  for (const auto& b : LegalBases()) {
    EXPECT_TRUE(codes.insert(b.code).second) << b.code;
    EXPECT_FALSE(b.label_zh.empty());
    EXPECT_FALSE(b.label_en.empty());
  }
  EXPECT_TRUE(codes.count("explosives_reg_49"));
  EXPECT_TRUE(codes.count(kOtherLegalBasis));
}

TEST(EnforcementRulesTest, OrderShape) {
  struct Case {
    const char* name;
    bool findings;
    const char *deadline, *text, *no;
    std::set<std::string> errors;
  };
  const Case cases[] = {
      {"findings under an order", true, "2026-12-20", "限期整改", "", {}},
      {"findings without a deadline", true, "", "限期整改", "", {"order_deadline:required"}},
      {"a clean inspection", false, "", "", "", {}},
      {"a clean inspection with blank text", false, "", "  ", "", {}},
      {"no findings but an order", false, "2026-12-20", "限期整改", "责改〔2026〕1号",
       {"order_deadline:order_without_findings", "order_text:order_without_findings",
        "order_no:order_without_findings"}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckOrderShape(c.findings, c.deadline, c.text, c.no);
    EXPECT_EQ(FieldRules(errors), c.errors) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
  }
}

TEST(EnforcementRulesTest, LegalBasis) {
  struct Case {
    const char *name, *kind, *code, *text;
    std::set<std::string> errors;
  };
  const Case cases[] = {
      {"penalty under art. 49", "penalty", "explosives_reg_49", "", {}},
      {"penalty under the law", "penalty", "work_safety_law_102", "", {}},
      {"penalty without a basis", "penalty", "", "", {"legal_basis:legal_basis_required"}},
      {"penalty, other with text", "penalty", "other", "《山东省安全生产条例》第四十四条", {}},
      {"penalty, other without text", "penalty", "other", " ", {"legal_basis_text:required"}},
      {"unknown article", "penalty", "law_1", "", {"legal_basis:legal_basis_invalid"}},
      {"warning without a basis", "warning", "", "", {}},
      {"warning with a basis", "warning", "work_safety_law_99", "", {}},
      {"suspension, unknown basis", "suspension", "x", "", {"legal_basis:legal_basis_invalid"}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckLegalBasis(c.kind, c.code, c.text);
    EXPECT_EQ(FieldRules(errors), c.errors) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
  }
}

TEST(EnforcementInspectionNumberTest, ZfDateAndId) {
  EXPECT_EQ(EnforcementInspectionNumber("2026-12-06", 7), "ZF20261206-000007");
  EXPECT_EQ(EnforcementInspectionNumber("2025-01-02", 123456), "ZF20250102-123456");
}

}  // namespace
}  // namespace anjian::enforcement
