// The JSON of the register's rows: one shape for the API's answers and the audit log's
// before/after entries (so the two cannot drift apart).
#pragma once

#include <boost/json.hpp>

#include "dual_prevention/risk/risk_repository.hpp"

namespace anjian::risk {

namespace json = boost::json;

json::object ObjectJson(const RiskObject& o);
json::object UnitJson(const RiskUnit& u);
// An event with its measures ("measures" is [] where they were not read).
json::object EventJson(const RiskEvent& e);
json::object MeasureJson(const ControlMeasure& m);
json::object AssessmentJson(const AssessmentRow& a);
json::object RecordedAssessmentJson(const RecordedAssessment& a);
// The unit with "events" and "assessments".
json::object UnitDetailJson(const UnitDetail& d);
json::object MajorHazardJson(const MajorHazard& h);
// The stored polygon text as JSON ([] when it is not an array).
json::value PolygonJson(const std::string& text);

}  // namespace anjian::risk
