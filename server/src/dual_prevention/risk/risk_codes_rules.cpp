#include "dual_prevention/risk/risk_codes_rules.hpp"

#include <algorithm>

namespace anjian::risk {

const std::vector<CodeEntry>& AccidentTypes() {
  static const std::vector<CodeEntry> k = {
      {"01", "物体打击", "Struck by object", ""},
      {"02", "车辆伤害", "Vehicle injury", ""},
      {"03", "机械伤害", "Machinery injury", ""},
      {"04", "起重伤害", "Lifting injury", ""},
      {"05", "触电", "Electric shock", ""},
      {"06", "淹溺", "Drowning", ""},
      {"07", "灼烫", "Burns and scalds", ""},
      {"08", "火灾", "Fire", ""},
      {"09", "高处坠落", "Fall from height", ""},
      {"10", "坍塌", "Collapse", ""},
      {"11", "冒顶片帮", "Roof and rib fall", ""},
      {"12", "透水", "Water inrush", ""},
      {"13", "放炮", "Blasting", ""},
      {"14", "火药爆炸", "Explosive-material explosion", ""},
      {"15", "瓦斯爆炸", "Gas explosion", ""},
      {"16", "锅炉爆炸", "Boiler explosion", ""},
      {"17", "容器爆炸", "Pressure vessel explosion", ""},
      {"18", "其他爆炸", "Other explosion", ""},
      {"19", "中毒和窒息", "Poisoning and asphyxiation", ""},
      {"20", "其他伤害", "Other injury", ""},
  };
  return k;
}

const std::vector<CodeEntry>& HazardFactors() {
  static const std::vector<CodeEntry> k = {
      {"1", "人的因素", "Human factors", ""},
      {"11", "心理、生理性危险和有害因素", "Psychological and physiological", "1"},
      {"12", "行为性危险和有害因素", "Behavioural", "1"},
      {"19", "其他人的因素", "Other human factors", "1"},
      {"2", "物的因素", "Material factors", ""},
      {"21", "物理性危险和有害因素", "Physical", "2"},
      {"22", "化学性危险和有害因素", "Chemical", "2"},
      {"23", "生物性危险和有害因素", "Biological", "2"},
      {"29", "其他物的因素", "Other material factors", "2"},
      {"3", "环境因素", "Environmental factors", ""},
      {"31", "室内作业场所环境不良", "Poor indoor workplace", "3"},
      {"32", "室外作业场地环境不良", "Poor outdoor workplace", "3"},
      {"33", "地下（含水下）作业环境不良", "Poor underground (incl. underwater) workplace", "3"},
      {"39", "其他作业环境不良", "Other poor working environment", "3"},
      {"4", "管理因素", "Management factors", ""},
      {"41", "职业安全卫生管理机构设置和人员配备不健全", "Safety organisation or staffing deficient", "4"},
      {"42", "职业安全卫生责任制不完善或未落实", "Safety responsibility system deficient", "4"},
      {"43", "职业安全卫生管理制度不完善或未落实", "Safety rules deficient or not applied", "4"},
      {"44", "职业安全卫生投入不足", "Insufficient safety investment", "4"},
      {"45", "应急管理缺陷", "Emergency management deficient", "4"},
      {"49", "其他管理因素缺陷", "Other management deficiencies", "4"},
  };
  return k;
}

const std::vector<CodeEntry>& RiskUnitTypes() {
  static const std::vector<CodeEntry> k = {
      {"area", "区域/场所", "Area", ""},
      {"equipment", "设备设施", "Equipment", ""},
      {"post", "岗位/作业活动", "Post or activity", ""},
  };
  return k;
}

const std::vector<CodeEntry>& MeasureKinds() {
  static const std::vector<CodeEntry> k = {
      {"engineering", "工程技术措施", "Engineering", ""},
      {"management", "管理措施", "Management", ""},
      {"training", "培训教育措施", "Training", ""},
      {"ppe", "个体防护措施", "Personal protective equipment", ""},
      {"emergency", "应急处置措施", "Emergency response", ""},
  };
  return k;
}

const std::vector<CodeEntry>& ControlLevels() {
  static const std::vector<CodeEntry> k = {
      {"company", "公司级", "Company", ""},
      {"department", "部门级", "Department", ""},
      {"workshop", "车间级", "Workshop", ""},
      {"team", "班组级", "Team", ""},
  };
  return k;
}

const std::vector<CodeEntry>& MajorHazardGrades() {
  static const std::vector<CodeEntry> k = {
      {"1", "一级", "Grade 1", ""},
      {"2", "二级", "Grade 2", ""},
      {"3", "三级", "Grade 3", ""},
      {"4", "四级", "Grade 4", ""},
  };
  return k;
}

const CodeEntry* FindCode(const std::vector<CodeEntry>& list, std::string_view code) {
  auto it = std::find_if(list.begin(), list.end(), [&](const CodeEntry& e) { return e.code == code; });
  return it == list.end() ? nullptr : &*it;
}

std::string JoinCodes(const std::vector<CodeEntry>& list) {
  std::string out;
  for (const auto& e : list) {
    if (!out.empty()) out += ", ";
    out += e.code;
  }
  return out;
}

bool IsHazardFactor(std::string_view code) { return FindCode(HazardFactors(), code) != nullptr; }

std::string HazardFactorClass(std::string_view code) {
  const CodeEntry* e = FindCode(HazardFactors(), code);
  if (!e) return "";
  return e->parent.empty() ? e->code : e->parent;
}

}  // namespace anjian::risk
