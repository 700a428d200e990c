// The routes of people's qualifications (人员资格, issue 15 §2), each with its permission.
#include "platform/api/router.hpp"
#include "qualifications/people/people_handlers.hpp"

namespace anjian::qualifications {

void RegisterQualificationRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/qualification-people", "qualification:read", ListPeopleHandler);
  r.Add("GET", "/api/v1/qualification-people/export", "qualification:read", ExportPeopleHandler);
  r.Add("POST", "/api/v1/qualification-people", "qualification:write", CreatePersonHandler);
  r.Add("GET", "/api/v1/qualification-people/{id}", "qualification:read", GetPersonHandler);
  r.Add("PUT", "/api/v1/qualification-people/{id}", "qualification:write", UpdatePersonHandler);
  r.Add("POST", "/api/v1/qualification-people/{id}/leave", "qualification:write",
        LeavePostHandler);
  r.Add("POST", "/api/v1/qualification-people/{id}/certificates", "qualification:write",
        AddCertificateHandler);
  r.Add("POST", "/api/v1/qualification-people/{id}/examinations", "qualification:write",
        AddExaminationHandler);
  r.Add("POST", "/api/v1/qualification-people/{id}/training", "qualification:write",
        AddTrainingHandler);
  r.Add("GET", "/api/v1/qualification-certificates", "qualification:read",
        ListCertificatesHandler);
  r.Add("GET", "/api/v1/qualification-certificates/export", "qualification:read",
        ExportCertificatesHandler);
  r.Add("POST", "/api/v1/qualification-certificates/{id}/revoke", "qualification:write",
        RevokeCertificateHandler);
  r.Add("GET", "/api/v1/training-records", "qualification:read", ListTrainingHandler);
  r.Add("GET", "/api/v1/training-records/export", "qualification:read", ExportTrainingHandler);
  r.Add("GET", "/api/v1/qualification-summary", "qualification:read", QualificationSummaryHandler);
  r.Add("PUT", "/api/v1/safety-department", "qualification:write", PutSafetyDepartmentHandler);
  r.Add("GET", "/api/v1/enforcement-staff", "qualification:read", ListStaffHandler);
  r.Add("POST", "/api/v1/enforcement-staff", "staff_training:manage", CreateStaffHandler);
  r.Add("POST", "/api/v1/enforcement-staff/{id}/training", "staff_training:manage",
        AddStaffTrainingHandler);
  // Editing an enforcement staff member (name, post, phone, appointment) by its agency.
  r.Add("PUT", "/api/v1/enforcement-staff/{id}", "staff_training:manage", UpdateStaffHandler);
}

}  // namespace anjian::qualifications
