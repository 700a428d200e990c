#include "explosives/workshops/workshop_repository.hpp"

#include "platform/api/scoped_where.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::workshops {

using storage::Value;

namespace {

Value OptId(const std::optional<int64_t>& v) { return v ? Value(*v) : Value(nullptr); }

constexpr const char* kSelect =
    "SELECT w.id, w.enterprise_id, e.name AS enterprise_name, w.region_path, w.name, "
    "w.building_number, w.hazard_class, w.production_line, w.operating_staff, "
    "w.max_allowed_people, w.quantity_limit, w.quantity_unit, w.standard_annex, "
    "w.design_document, w.design_file_id, w.status, w.version, w.created_at, w.updated_at, "
    "h.id AS h_id, h.people AS h_people, h.source AS h_source, h.counted_at AS h_counted_at, "
    "h.by_user_id AS h_by FROM workshops w JOIN enterprises e ON e.id = w.enterprise_id "
    "LEFT JOIN workshop_headcounts h ON h.id = (SELECT MAX(h2.id) FROM workshop_headcounts h2 "
    "WHERE h2.workshop_id = w.id) ";

WorkshopRow RowAt(const storage::ResultSet& rs, size_t i) {
  WorkshopRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.region_path = rs.Text(i, "region_path");
  auto& f = r.facts;
  f.name = rs.Text(i, "name");
  f.building_number = rs.Text(i, "building_number");
  f.hazard_class = rs.Text(i, "hazard_class");
  f.production_line = rs.Text(i, "production_line");
  f.operating_staff = rs.Int(i, "operating_staff");
  f.max_allowed_people = rs.Int(i, "max_allowed_people");
  f.quantity_limit = rs.Int(i, "quantity_limit");
  f.quantity_unit = rs.Text(i, "quantity_unit");
  f.standard_annex = rs.Text(i, "standard_annex");
  f.design_document = rs.Text(i, "design_document");
  f.design_file_id = rs.OptInt(i, "design_file_id");
  r.status = rs.Text(i, "status");
  r.version = rs.Int(i, "version");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  if (auto hid = rs.OptInt(i, "h_id")) {
    Headcount h;
    h.id = *hid;
    h.workshop_id = r.id;
    h.people = rs.Int(i, "h_people");
    h.source = rs.Text(i, "h_source");
    h.counted_at = rs.Text(i, "h_counted_at");
    h.by_user_id = rs.Int(i, "h_by");
    r.latest = h;
  }
  return r;
}

void AddSubtree(api::SqlFilter& w, const std::string& alias, const std::string& path) {
  if (path.empty()) return;
  w.sql += " AND " + alias + ".region_path >= ? AND " + alias + ".region_path < ?";
  w.params.push_back(path);
  w.params.push_back(api::PathUpperBound(path));
}

api::SqlFilter WhereOf(const api::Scope& scope, const WorkshopFilter& f) {
  auto w = api::ScopedWhere(scope, "w");
  if (f.enterprise_id) api::And(w, "w.enterprise_id = ?", *f.enterprise_id);
  if (!f.status.empty()) api::And(w, "w.status = ?", f.status);
  AddSubtree(w, "w", f.region_path);
  return w;
}

}  // namespace

int64_t InsertWorkshop(storage::Connection& conn, int64_t enterprise_id,
                       const std::string& region_path, const WorkshopFacts& f,
                       const std::string& at) {
  return conn
      .Query(
          "INSERT INTO workshops (enterprise_id, region_path, name, building_number, "
          "hazard_class, production_line, operating_staff, max_allowed_people, quantity_limit, "
          "quantity_unit, standard_annex, design_document, design_file_id, status, version, "
          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 1, "
          "?, ?) RETURNING id",
          {enterprise_id, region_path, f.name, f.building_number, f.hazard_class,
           f.production_line, f.operating_staff, f.max_allowed_people, f.quantity_limit,
           f.quantity_unit, f.standard_annex, f.design_document, OptId(f.design_file_id), at,
           at})
      .Int(0, "id");
}

void UpdateWorkshop(storage::Connection& conn, int64_t id, const WorkshopFacts& f,
                    int64_t version, const std::string& at) {
  conn.Exec(
      "UPDATE workshops SET name = ?, building_number = ?, hazard_class = ?, production_line = "
      "?, operating_staff = ?, max_allowed_people = ?, quantity_limit = ?, quantity_unit = ?, "
      "standard_annex = ?, design_document = ?, design_file_id = ?, version = ?, updated_at = ? "
      "WHERE id = ?",
      {f.name, f.building_number, f.hazard_class, f.production_line, f.operating_staff,
       f.max_allowed_people, f.quantity_limit, f.quantity_unit, f.standard_annex,
       f.design_document, OptId(f.design_file_id), version, at, id});
}

void SetWorkshopStatus(storage::Connection& conn, int64_t id, const std::string& status,
                       const std::string& at) {
  conn.Exec("UPDATE workshops SET status = ?, updated_at = ? WHERE id = ?", {status, at, id});
}

void InsertWorkshopVersion(storage::Connection& conn, int64_t workshop_id,
                           const WorkshopVersion& v) {
  conn.Exec(
      "INSERT INTO workshop_versions (workshop_id, version, facts_json, file_id, by_user_id, at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {workshop_id, v.version, v.facts_json, OptId(v.file_id), v.by_user_id, v.at});
}

std::vector<WorkshopVersion> WorkshopVersions(storage::Connection& conn, int64_t workshop_id) {
  auto rs = conn.Query(
      "SELECT v.version, v.facts_json, v.file_id, v.by_user_id, v.at, u.display_name AS by_name "
      "FROM workshop_versions v JOIN users u ON u.id = v.by_user_id WHERE v.workshop_id = ? "
      "ORDER BY v.version",
      {workshop_id});
  std::vector<WorkshopVersion> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "version"), rs.Int(i, "by_user_id"), rs.Text(i, "facts_json"),
                   rs.Text(i, "at"), rs.Text(i, "by_name"), rs.OptInt(i, "file_id")});
  return out;
}

bool BuildingTaken(storage::Connection& conn, int64_t enterprise_id, const std::string& building,
                   int64_t except_id) {
  return !conn
              .Query(
                  "SELECT 1 AS x FROM workshops WHERE enterprise_id = ? AND building_number = ? "
                  "AND id <> ?",
                  {enterprise_id, building, except_id})
              .empty();
}

std::optional<WorkshopRow> FindWorkshop(storage::Connection& conn, const api::Scope& scope,
                                        int64_t id, bool lock) {
  auto w = api::ScopedIdWhere(scope, "w", id);
  auto rs = conn.Query(std::string(kSelect) + w.sql +
                           (lock ? storage::ForUpdate(conn, "w") : std::string()),
                       w.params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

int64_t CountWorkshops(storage::Connection& conn, const api::Scope& scope,
                       const WorkshopFilter& f) {
  auto w = WhereOf(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM workshops w" + w.sql, w.params).Int(0, "n");
}

std::vector<WorkshopRow> ListWorkshops(storage::Connection& conn, const api::Scope& scope,
                                       const WorkshopFilter& f, int64_t limit, int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql +
                           " ORDER BY w.region_path, w.enterprise_id, w.building_number, w.id "
                           "LIMIT ? OFFSET ?",
                       w.params);
  std::vector<WorkshopRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::vector<LinkedStore> WorkshopStores(storage::Connection& conn, int64_t workshop_id) {
  auto rs = conn.Query(
      "SELECT ws.store_id, s.name FROM workshop_stores ws JOIN stores s ON s.id = ws.store_id "
      "WHERE ws.workshop_id = ? ORDER BY ws.store_id",
      {workshop_id});
  std::vector<LinkedStore> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "store_id"), rs.Text(i, "name")});
  return out;
}

std::optional<std::pair<int64_t, std::string>> WorkshopOfStore(storage::Connection& conn,
                                                               int64_t store_id) {
  auto rs = conn.Query(
      "SELECT w.id, w.name FROM workshop_stores ws JOIN workshops w ON w.id = ws.workshop_id "
      "WHERE ws.store_id = ?",
      {store_id});
  if (rs.empty()) return std::nullopt;
  return std::make_pair(rs.Int(0, "id"), rs.Text(0, "name"));
}

void LinkStore(storage::Connection& conn, int64_t workshop_id, int64_t store_id, int64_t by,
               const std::string& at) {
  conn.Exec(
      "INSERT INTO workshop_stores (store_id, workshop_id, linked_at, by_user_id) VALUES (?, ?, "
      "?, ?)",
      {store_id, workshop_id, at, by});
}

void UnlinkStores(storage::Connection& conn, int64_t workshop_id) {
  conn.Exec("DELETE FROM workshop_stores WHERE workshop_id = ?", {workshop_id});
}

void InsertHeadcount(storage::Connection& conn, const Headcount& h) {
  conn.Exec(
      "INSERT INTO workshop_headcounts (workshop_id, people, source, counted_at, by_user_id) "
      "VALUES (?, ?, ?, ?, ?)",
      {h.workshop_id, h.people, h.source, h.counted_at, h.by_user_id});
}

std::vector<Headcount> Headcounts(storage::Connection& conn, int64_t workshop_id, int64_t limit) {
  auto rs = conn.Query(
      "SELECT h.id, h.people, h.source, h.counted_at, h.by_user_id, u.display_name AS by_name "
      "FROM workshop_headcounts h JOIN users u ON u.id = h.by_user_id WHERE h.workshop_id = ? "
      "ORDER BY h.id DESC LIMIT ?",
      {workshop_id, limit});
  std::vector<Headcount> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    Headcount h;
    h.id = rs.Int(i, "id");
    h.workshop_id = workshop_id;
    h.people = rs.Int(i, "people");
    h.source = rs.Text(i, "source");
    h.counted_at = rs.Text(i, "counted_at");
    h.by_user_id = rs.Int(i, "by_user_id");
    h.by_name = rs.Text(i, "by_name");
    out.push_back(std::move(h));
  }
  return out;
}

std::optional<DesignFile> DesignFileOf(storage::Connection& conn, int64_t file_id) {
  auto rs = conn.Query("SELECT id, name, mime, size FROM files WHERE id = ?", {file_id});
  if (rs.empty()) return std::nullopt;
  return DesignFile{rs.Int(0, "id"), rs.Text(0, "name"), rs.Text(0, "mime"), rs.Int(0, "size")};
}

// ---- 四超 cases --------------------------------------------------------------------------------

namespace {

constexpr const char* kCaseSelect =
    "SELECT c.id, c.enterprise_id, e.name AS enterprise_name, c.region_path, c.criterion, "
    "c.subject, c.subject_name, c.measured, c.limit_text, c.detail_zh, c.detail_en, c.is_open, "
    "c.detected_at, c.cleared_at, c.hidden_danger_id FROM four_over_cases c JOIN enterprises e "
    "ON e.id = c.enterprise_id ";

CaseRow CaseAt(const storage::ResultSet& rs, size_t i) {
  CaseRow c;
  c.id = rs.Int(i, "id");
  c.enterprise_id = rs.Int(i, "enterprise_id");
  c.enterprise_name = rs.Text(i, "enterprise_name");
  c.region_path = rs.Text(i, "region_path");
  c.criterion = rs.Text(i, "criterion");
  c.subject = rs.Text(i, "subject");
  c.subject_name = rs.Text(i, "subject_name");
  c.measured = rs.Text(i, "measured");
  c.limit_text = rs.Text(i, "limit_text");
  c.detail_zh = rs.Text(i, "detail_zh");
  c.detail_en = rs.Text(i, "detail_en");
  c.is_open = rs.Int(i, "is_open") != 0;
  c.detected_at = rs.Text(i, "detected_at");
  c.cleared_at = rs.OptText(i, "cleared_at");
  c.hidden_danger_id = rs.OptInt(i, "hidden_danger_id");
  return c;
}

api::SqlFilter CaseWhere(const api::Scope& scope, const CaseFilter& f) {
  auto w = api::ScopedWhere(scope, "c");
  if (f.enterprise_id) api::And(w, "c.enterprise_id = ?", *f.enterprise_id);
  if (!f.criterion.empty()) api::And(w, "c.criterion = ?", f.criterion);
  if (f.open) api::And(w, "c.is_open = ?", static_cast<int64_t>(*f.open ? 1 : 0));
  AddSubtree(w, "c", f.region_path);
  return w;
}

}  // namespace

std::vector<CaseRow> OpenCases(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query(std::string(kCaseSelect) +
                           "WHERE c.enterprise_id = ? AND c.is_open = 1 ORDER BY c.id" +
                           storage::ForUpdate(conn, "c"),
                       {enterprise_id});
  std::vector<CaseRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(CaseAt(rs, i));
  return out;
}

int64_t InsertCase(storage::Connection& conn, const CaseRow& c) {
  return conn
      .Query(
          "INSERT INTO four_over_cases (enterprise_id, region_path, criterion, subject, "
          "subject_name, measured, limit_text, detail_zh, detail_en, is_open, detected_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id",
          {c.enterprise_id, c.region_path, c.criterion, c.subject, c.subject_name, c.measured,
           c.limit_text, c.detail_zh, c.detail_en, c.detected_at})
      .Int(0, "id");
}

void UpdateCaseFigures(storage::Connection& conn, int64_t id, const CaseRow& c) {
  conn.Exec(
      "UPDATE four_over_cases SET subject_name = ?, measured = ?, limit_text = ?, detail_zh = ?, "
      "detail_en = ? WHERE id = ?",
      {c.subject_name, c.measured, c.limit_text, c.detail_zh, c.detail_en, id});
}

void SetCaseHiddenDanger(storage::Connection& conn, int64_t id, int64_t hidden_danger_id) {
  conn.Exec("UPDATE four_over_cases SET hidden_danger_id = ? WHERE id = ?",
            {hidden_danger_id, id});
}

void ClearCase(storage::Connection& conn, int64_t id, const std::string& at) {
  conn.Exec("UPDATE four_over_cases SET is_open = 0, cleared_at = ? WHERE id = ?", {at, id});
}

int64_t CountCases(storage::Connection& conn, const api::Scope& scope, const CaseFilter& f) {
  auto w = CaseWhere(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM four_over_cases c" + w.sql, w.params).Int(0, "n");
}

std::vector<CaseRow> ListCases(storage::Connection& conn, const api::Scope& scope,
                               const CaseFilter& f, int64_t limit, int64_t offset) {
  auto w = CaseWhere(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kCaseSelect) + w.sql + " ORDER BY c.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<CaseRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(CaseAt(rs, i));
  return out;
}

std::vector<std::pair<std::string, int64_t>> ProducedSince(storage::Connection& conn,
                                                           int64_t enterprise_id,
                                                           const std::string& from) {
  auto rs = conn.Query(
      "SELECT l.product_id, SUM(CASE WHEN v.direction = 'in' THEN l.quantity_milli ELSE "
      "-l.quantity_milli END) AS q FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id "
      "WHERE v.enterprise_id = ? AND v.reason = 'production' AND v.posted_at >= ? GROUP BY "
      "l.product_id ORDER BY l.product_id",
      {enterprise_id, from});
  std::vector<std::pair<std::string, int64_t>> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.emplace_back(rs.Text(i, "product_id"), rs.Int(i, "q"));
  return out;
}

std::vector<WorkMoment> WorkSince(storage::Connection& conn, int64_t enterprise_id,
                                  const std::string& from) {
  std::vector<WorkMoment> out;
  auto v = conn.Query(
      "SELECT number, posted_at FROM vouchers WHERE enterprise_id = ? AND reason = 'production' "
      "AND direction = 'in' AND is_reversal = 0 AND posted_at >= ? ORDER BY id",
      {enterprise_id, from});
  for (size_t i = 0; i < v.size(); ++i)
    out.push_back({"生产入库单 " + v.Text(i, "number"), v.Text(i, "posted_at")});
  auto h = conn.Query(
      "SELECT w.name, h.people, h.counted_at FROM workshop_headcounts h JOIN workshops w ON w.id "
      "= h.workshop_id WHERE w.enterprise_id = ? AND h.people > 0 AND h.counted_at >= ? ORDER "
      "BY h.id",
      {enterprise_id, from});
  for (size_t i = 0; i < h.size(); ++i)
    out.push_back({"危险工房“" + h.Text(i, "name") + "”" + std::to_string(h.Int(i, "people")) +
                       " 人",
                   h.Text(i, "counted_at")});
  return out;
}

std::vector<int64_t> ProducerIds(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT id FROM enterprises WHERE industry = 'civil_explosives_production' AND status = "
      "'active' ORDER BY id");
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::optional<EnterpriseFacts> EnterpriseOf(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT name, industry, region_path FROM enterprises WHERE id = ? AND status = 'active'",
      {enterprise_id});
  if (rs.empty()) return std::nullopt;
  return EnterpriseFacts{rs.Text(0, "name"), rs.Text(0, "industry"), rs.Text(0, "region_path")};
}

}  // namespace anjian::workshops
