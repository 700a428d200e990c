// The seed documents' texts as the demo notices carry them: complete, without the source's
// bookmark markers.
#include "demo/seed_notices.hpp"

#include <gtest/gtest.h>

#include <string>

namespace anjian::demo {
namespace {

TEST(SeedNoticesTest, FullTextsWithoutBookmarks) {
  EXPECT_STREQ(SeedNotice000Title(), "关于切实履行职责做好指导督促工业行业加强安全生产工作的通知");
  const std::string b0 = SeedNotice000Body();
  EXPECT_TRUE(b0.starts_with("各县（市、区）工信局，济宁高新区、太白湖新区、济宁经开区经发局："));
  EXPECT_NE(b0.find("公司级每天要到生产区、库区检查"), std::string::npos);
  EXPECT_NE(b0.find("严禁将废旧、缴获或来路不明的危险品与民爆物品同库存储。"), std::string::npos);
  EXPECT_NE(b0.find("（三）加强值班值守和应急防范。"), std::string::npos);
  EXPECT_EQ(b0.find("bookmark"), std::string::npos);
  EXPECT_GT(b0.size(), 6000u);

  EXPECT_STREQ(SeedNotice003Title(), "工业和信息化部关于进一步加强工业行业安全生产管理的指导意见");
  const std::string b3 = SeedNotice003Body();
  EXPECT_TRUE(b3.starts_with("工信部安全〔2020〕83号\n"));
  EXPECT_NE(b3.find("三管三必须"), std::string::npos);
  EXPECT_TRUE(b3.ends_with("2020年6月9日"));
  EXPECT_EQ(b3.find("bookmark"), std::string::npos);
}

}  // namespace
}  // namespace anjian::demo
