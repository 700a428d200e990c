#include "audit/audit_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::audit {
namespace {

TEST(AuditRules, CanonicalPayloadSeparatesEveryField) {
  EXPECT_EQ(CanonicalPayload(7, "2026-11-22T02:00:00Z", 3, "mb.keeper", "10.0.0.1", "post",
                             "voucher", "12", "", "{\"a\":1}"),
            "7\x1f" "2026-11-22T02:00:00Z\x1f" "3\x1f" "mb.keeper\x1f" "10.0.0.1\x1f" "post\x1f"
            "voucher\x1f" "12\x1f\x1f" "{\"a\":1}\x1f");
  // No actor id is an empty field, not "0".
  EXPECT_EQ(CanonicalPayload(1, "t", std::nullopt, "system", "", "bootstrap", "system", "", "", ""),
            "1\x1ft\x1f\x1fsystem\x1f\x1f" "bootstrap\x1fsystem\x1f\x1f\x1f\x1f");
}

TEST(AuditRules, MovingTextBetweenFieldsChangesThePayload) {
  // "ab" + "c" and "a" + "bc" must not hash alike.
  EXPECT_NE(CanonicalPayload(1, "t", 1, "ab", "c", "x", "e", "1", "", ""),
            CanonicalPayload(1, "t", 1, "a", "bc", "x", "e", "1", "", ""));
  EXPECT_NE(CanonicalPayload(1, "t", 1, "n", "", "x", "e", "1", "b", ""),
            CanonicalPayload(1, "t", 1, "n", "", "x", "e", "1", "", "b"));
}

}  // namespace
}  // namespace anjian::audit
