#include "licensing/licences/licence_rules.hpp"

#include <algorithm>
#include <cmath>
#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "licensing/licences/licences_errors.hpp"

namespace anjian::licences {

namespace {

struct StatusDef {
  LicenceStatus status;
  std::string_view value, zh;
};
constexpr StatusDef kStatuses[] = {
    {LicenceStatus::kValid, "valid", "有效"},
    {LicenceStatus::kSuspended, "suspended", "暂扣"},
    {LicenceStatus::kRevoked, "revoked", "吊销"},
    {LicenceStatus::kExpired, "expired", "过期"},
};

struct TypeDef {
  ApplicationType type;
  std::string_view value, zh;
};
constexpr TypeDef kTypes[] = {
    {ApplicationType::kNew, "new", "新申请"},
    {ApplicationType::kRenewal, "renewal", "延期"},
    {ApplicationType::kChange, "change", "变更"},
};

struct AppStatusDef {
  ApplicationStatus status;
  std::string_view value;
};
constexpr AppStatusDef kAppStatuses[] = {
    {ApplicationStatus::kSubmitted, "submitted"},
    {ApplicationStatus::kApproved, "approved"},
    {ApplicationStatus::kRefused, "refused"},
    {ApplicationStatus::kWithdrawn, "withdrawn"},
};

bool IsCode(std::string_view s) {
  if (s.empty() || s.size() > 40) return false;
  for (char ch : s)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
  return true;
}

std::optional<int> MinuteOf(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4})
    if (hhmm[i] < '0' || hhmm[i] > '9') return std::nullopt;
  const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  const int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

}  // namespace

const std::vector<LicenceKind>& BuiltInKinds() {
  static const std::vector<LicenceKind> kKinds = {
      {std::string(kSafetyProduction), "安全生产许可证", "Safety production licence"},
      {std::string(kExplosivesProduction), "民用爆炸物品生产许可证",
       "Civil explosives production licence"},
      {std::string(kExplosivesSales), "民用爆炸物品销售许可证", "Civil explosives sales licence"},
  };
  return kKinds;
}

std::string_view LicenceStatusValue(LicenceStatus s) {
  for (const auto& d : kStatuses)
    if (d.status == s) return d.value;
  return "";
}
std::string_view LicenceStatusLabelZh(LicenceStatus s) {
  for (const auto& d : kStatuses)
    if (d.status == s) return d.zh;
  return "";
}
std::optional<LicenceStatus> ParseLicenceStatus(std::string_view v) {
  for (const auto& d : kStatuses)
    if (d.value == v) return d.status;
  return std::nullopt;
}

LicenceStatus StatusOn(LicenceStatus stored, const core::Date& valid_to, const core::Date& day) {
  if (stored == LicenceStatus::kRevoked) return stored;
  if (valid_to < day) return LicenceStatus::kExpired;
  return stored;
}

bool CanSuspend(LicenceStatus s) { return s == LicenceStatus::kValid; }
bool CanReinstate(LicenceStatus s) { return s == LicenceStatus::kSuspended; }
bool CanRevoke(LicenceStatus s) {
  return s == LicenceStatus::kValid || s == LicenceStatus::kSuspended;
}

std::string_view ApplicationTypeValue(ApplicationType t) {
  for (const auto& d : kTypes)
    if (d.type == t) return d.value;
  return "";
}
std::string_view ApplicationTypeLabelZh(ApplicationType t) {
  for (const auto& d : kTypes)
    if (d.type == t) return d.zh;
  return "";
}
std::optional<ApplicationType> ParseApplicationType(std::string_view v) {
  for (const auto& d : kTypes)
    if (d.value == v) return d.type;
  return std::nullopt;
}

std::string_view ApplicationStatusValue(ApplicationStatus s) {
  for (const auto& d : kAppStatuses)
    if (d.status == s) return d.value;
  return "";
}
std::optional<ApplicationStatus> ParseApplicationStatus(std::string_view v) {
  for (const auto& d : kAppStatuses)
    if (d.value == v) return d.status;
  return std::nullopt;
}

std::vector<FieldError> ValidateLicenceConfig(const LicenceConfig& c) {
  std::vector<FieldError> errors;
  auto range = [&](const std::string& field, std::int64_t v, std::int64_t lo, std::int64_t hi) {
    if (v < lo || v > hi) errors.push_back(core::CoreErr("range").At(field, lo, hi));
  };
  range("validity_years", c.validity_years, 1, 10);
  range("renewal_window_months", c.renewal_window_months, 1, 24);
  range("decision_days", c.decision_days, 1, 365);
  if (c.reminder_days.size() > 10)
    errors.push_back(core::CoreErr("range").At("reminder_days", 0, 10));
  for (size_t i = 0; i < c.reminder_days.size(); ++i)
    range("reminder_days[" + std::to_string(i) + "]", c.reminder_days[i], 1, 730);
  for (size_t i = 0; i < c.other_kinds.size(); ++i) {
    const auto& k = c.other_kinds[i];
    const std::string p = "other_kinds[" + std::to_string(i) + "].";
    const bool builtin = std::any_of(BuiltInKinds().begin(), BuiltInKinds().end(),
                                     [&](const auto& b) { return b.code == k.code; });
    bool twice = false;
    for (size_t j = 0; j < i; ++j) twice = twice || c.other_kinds[j].code == k.code;
    if (!IsCode(k.code) || builtin || twice)
      errors.push_back(core::CoreErr("kind_invalid")
                           .At(p + "code", "a new lower-case code (a-z, 0-9, _)",
                               "新的小写编码（a-z、0-9、_），不得与已有类别重复"));
    if (k.label_zh.empty()) errors.push_back(core::CoreErr("required").At(p + "label_zh"));
    if (k.label_en.empty()) errors.push_back(core::CoreErr("required").At(p + "label_en"));
    if (k.label_zh.size() > 100) errors.push_back(core::CoreErr("max_length").At(p + "label_zh", 100));
    if (k.label_en.size() > 100) errors.push_back(core::CoreErr("max_length").At(p + "label_en", 100));
  }
  return errors;
}

std::string LicenceConfigToJson(const LicenceConfig& c) {
  boost::json::object o;
  o["validity_years"] = c.validity_years;
  o["renewal_window_months"] = c.renewal_window_months;
  o["decision_days"] = c.decision_days;
  boost::json::array r;
  for (auto d : c.reminder_days) r.push_back(d);
  o["reminder_days"] = std::move(r);
  boost::json::array k;
  for (const auto& x : c.other_kinds)
    k.push_back(boost::json::object{{"code", x.code}, {"label_zh", x.label_zh}, {"label_en", x.label_en}});
  o["other_kinds"] = std::move(k);
  return boost::json::serialize(o);
}

std::variant<LicenceConfig, std::vector<FieldError>> ParseLicenceConfig(std::string_view text) {
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec || !v.is_object()) return std::vector<FieldError>{core::CoreErr("config_json_invalid").At("")};
  LicenceConfig c;
  std::vector<FieldError> errors;
  const auto& o = v.as_object();
  auto whole = [&](const boost::json::value& x, const std::string& name, std::int64_t& out) {
    if (x.is_int64()) {
      out = x.as_int64();
    } else if (x.is_double() && std::trunc(x.as_double()) == x.as_double() &&
               std::fabs(x.as_double()) < 1e9) {
      out = static_cast<std::int64_t>(x.as_double());
    } else {
      errors.push_back(core::CoreErr("config_field_type")
                           .At(name, name, core::kConfigWholeNumber.en, core::kConfigWholeNumber.zh));
    }
  };
  for (const auto& [key, val] : o) {
    const std::string k(key);
    if (k == "validity_years") {
      whole(val, k, c.validity_years);
    } else if (k == "renewal_window_months") {
      whole(val, k, c.renewal_window_months);
    } else if (k == "decision_days") {
      whole(val, k, c.decision_days);
    } else if (k == "reminder_days") {
      c.reminder_days.clear();
      if (!val.is_array()) {
        errors.push_back(core::CoreErr("type").At(k));
        continue;
      }
      for (size_t i = 0; i < val.as_array().size(); ++i) {
        std::int64_t d = 0;
        whole(val.as_array()[i], k + "[" + std::to_string(i) + "]", d);
        c.reminder_days.push_back(d);
      }
    } else if (k == "other_kinds") {
      c.other_kinds.clear();
      if (!val.is_array()) {
        errors.push_back(core::CoreErr("type").At(k));
        continue;
      }
      for (size_t i = 0; i < val.as_array().size(); ++i) {
        const auto& e = val.as_array()[i];
        const std::string p = k + "[" + std::to_string(i) + "]";
        if (!e.is_object()) {
          errors.push_back(core::CoreErr("type").At(p));
          continue;
        }
        LicenceKind kind;
        auto text_of = [&](const char* f, std::string& out) {
          const auto* x = e.as_object().if_contains(f);
          if (x == nullptr) return;
          if (!x->is_string()) {
            errors.push_back(core::CoreErr("type").At(p + "." + f));
            return;
          }
          out = std::string(x->as_string());
        };
        text_of("code", kind.code);
        text_of("label_zh", kind.label_zh);
        text_of("label_en", kind.label_en);
        c.other_kinds.push_back(std::move(kind));
      }
    } else {
      errors.push_back(core::CoreErr("config_field_unknown").At(k, k));
    }
  }
  if (errors.empty()) errors = ValidateLicenceConfig(c);
  if (!errors.empty()) return errors;
  std::sort(c.reminder_days.begin(), c.reminder_days.end(), std::greater<>());
  c.reminder_days.erase(std::unique(c.reminder_days.begin(), c.reminder_days.end()),
                        c.reminder_days.end());
  return c;
}

std::vector<LicenceKind> AllKinds(const LicenceConfig& c) {
  auto all = BuiltInKinds();
  all.insert(all.end(), c.other_kinds.begin(), c.other_kinds.end());
  return all;
}

const LicenceKind* FindKind(const std::vector<LicenceKind>& kinds, std::string_view code) {
  for (const auto& k : kinds)
    if (k.code == code) return &k;
  return nullptr;
}

std::pair<std::string, std::string> KindLists(const std::vector<LicenceKind>& kinds) {
  std::string en, zh;
  for (const auto& k : kinds) {
    en += (en.empty() ? "" : ", ") + k.code;
    zh += (zh.empty() ? "" : "、") + k.code + "（" + k.label_zh + "）";
  }
  return {en, zh};
}

core::Date AddYears(const core::Date& d, std::int64_t years) {
  core::Date r{static_cast<int>(d.year + years), d.month, d.day};
  if (!core::IsValidDate(r)) r.day = core::DaysInMonth(r.year, r.month);
  return r;
}

core::Date AddMonths(const core::Date& d, std::int64_t months) {
  std::int64_t m = static_cast<std::int64_t>(d.year) * 12 + (d.month - 1) + months;
  core::Date r{static_cast<int>(m / 12), static_cast<int>(m % 12) + 1, d.day};
  r.day = std::min(r.day, core::DaysInMonth(r.year, r.month));
  return r;
}

core::Date ValidTo(const core::Date& from, const LicenceConfig& c) {
  return core::AddDays(AddYears(from, c.validity_years), -1);
}

RenewalWindow RenewalWindowOf(const core::Date& valid_to, const core::Date& today,
                              const LicenceConfig& c) {
  RenewalWindow w;
  w.opens = AddMonths(valid_to, -c.renewal_window_months);
  w.closes = valid_to;
  w.early = today < w.opens;
  w.late = valid_to < today;
  w.open = !w.early && !w.late;
  const std::string n = std::to_string(c.renewal_window_months);
  w.source_zh = "《安全生产许可证条例》第九条：有效期届满需要延期的，应当于期满前" + n +
                "个月办理延期手续（业务参数“许可证”）";
  w.source_en = "Safety Production Licence Regulations art. 9: apply for extension " + n +
                " months before expiry (business setting \"Licences\")";
  return w;
}

DecisionDeadline DecisionDeadlineOf(const core::Date& submitted_on,
                                    const std::optional<core::Date>& decided_on,
                                    const core::Date& today, const LicenceConfig& c,
                                    const calendar::WorkingCalendar& cal) {
  DecisionDeadline d;
  const auto p = calendar::CountDays(submitted_on, c.decision_days, cal);
  d.due = p.last_day;
  d.moved = p.moved;
  d.days_left = core::DaysBetween(today, d.due);
  d.overdue = !decided_on && d.due < today;
  const std::string n = std::to_string(c.decision_days);
  d.source_zh = "《安全生产许可证条例》第七条：自收到申请之日起" + n +
                "日内审查完毕，不予颁发的书面通知并说明理由（业务参数“许可证”；期间按民法典第二百零一条、第二百零三条计算）";
  d.source_en = "Safety Production Licence Regulations art. 7: decide within " + n +
                " days of receiving the application; a refusal is written with reasons (business "
                "setting \"Licences\"; days counted per Civil Code art. 201 and 203)";
  return d;
}

WithoutReview WithoutReviewOf(std::int64_t fatal_accidents_in_validity) {
  WithoutReview w;
  w.fatal_accidents = fatal_accidents_in_validity;
  w.eligible = fatal_accidents_in_validity == 0;
  w.source_zh = "《安全生产许可证条例》第九条：有效期内严格遵守有关安全生产的法律法规，未发生死亡事故的，期满时经原发证机关同意，不再审查，有效期延期3年";
  w.source_en = "Safety Production Licence Regulations art. 9: with no fatal accident in the "
                "validity, the issuer may extend the licence by 3 years without re-review";
  return w;
}

std::vector<std::int64_t> RemindersDue(const core::Date& valid_to, const core::Date& today,
                                       const LicenceConfig& c) {
  std::vector<std::int64_t> due;
  const auto left = core::DaysBetween(today, valid_to);
  if (left < 0) return due;
  for (auto t : c.reminder_days)
    if (left <= t) due.push_back(t);
  return due;
}

std::vector<FieldError> CheckWorkingHours(const WorkingHours& h, std::string_view prefix) {
  std::vector<FieldError> errors;
  const std::string p(prefix);
  bool seen[8] = {};
  bool bad_days = h.days.size() > 7;
  for (char ch : h.days) {
    if (ch < '1' || ch > '7' || seen[ch - '0']) {
      bad_days = true;
      break;
    }
    seen[ch - '0'] = true;
  }
  if (bad_days) errors.push_back(Err("weekdays_invalid").At(p + "work_days"));
  if (!h.from.empty() && !MinuteOf(h.from)) errors.push_back(Err("time_of_day_invalid").At(p + "work_from"));
  if (!h.to.empty() && !MinuteOf(h.to)) errors.push_back(Err("time_of_day_invalid").At(p + "work_to"));
  if (h.from.empty() != h.to.empty())
    errors.push_back(Err("time_window_incomplete").At(p + (h.from.empty() ? "work_from" : "work_to")));
  return errors;
}

bool WithinWorkingHours(const WorkingHours& h, const core::Date& day, int minute) {
  auto day_allowed = [&](const core::Date& d) {
    return h.days.empty() ||
           h.days.find(static_cast<char>('0' + core::IsoWeekday(d))) != std::string::npos;
  };
  const auto from = MinuteOf(h.from), to = MinuteOf(h.to);
  if (!from || !to) return day_allowed(day);
  if (*from <= *to) return day_allowed(day) && minute >= *from && minute < *to;
  // Over midnight: the evening part belongs to `day`, the early-morning part to the day before.
  if (minute >= *from) return day_allowed(day);
  if (minute < *to) return day_allowed(core::AddDays(day, -1));
  return false;
}

}  // namespace anjian::licences
